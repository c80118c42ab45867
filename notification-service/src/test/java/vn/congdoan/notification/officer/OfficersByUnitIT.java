package vn.congdoan.notification.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.NotificationKind;
import vn.congdoan.testsupport.TestInfrastructure;

/**
 * The officers-by-unit index rebuilt in bulk from officers stored without it, and finished after a
 * crash between an officer's write and the index's, in a database of its own.
 */
class OfficersByUnitIT {
    private final String database = "officers-by-unit-" + UUID.randomUUID();
    private final MongoClient client = MongoClients.create(TestInfrastructure.get().mongoUri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);

    @AfterEach
    void close() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void officersStoredBeforeTheIndexAreFoundByTheirUnitOnceItIsRebuilt() {
        mongo.insertAll(List.of(OfficerFixtures.officer("Nguyễn Thị Hằng", "cdcs-may-10", "vi", ChannelType.EMAIL),
                OfficerFixtures.officer("Trần Văn Đức", "cdcs-may-10", "vi", ChannelType.IN_APP),
                OfficerFixtures.officer("Lê Minh Châu", "cdcs-dien-luc", "en", ChannelType.EMAIL)));
        OfficersByUnit index = new OfficersByUnit(mongo);
        assertThat(index.officersOf("cdcs-may-10")).isEmpty();

        index.rebuildIfEmpty();
        index.rebuildIfEmpty();

        assertThat(index.officersOf("cdcs-may-10")).extracting(Officer::name)
                .containsExactlyInAnyOrder("Nguyễn Thị Hằng", "Trần Văn Đức");
        assertThat(index.officersOf("cdcs-dien-luc")).singleElement().satisfies(officer -> {
            assertThat(officer.name()).isEqualTo("Lê Minh Châu");
            assertThat(officer.language()).isEqualTo("en");
            assertThat(officer.preferences().channelsFor(NotificationKind.TASK_DUE_SOON))
                    .containsExactly(ChannelType.EMAIL);
        });
        assertThat(index.officersOf("cdcs-khong-co")).isEmpty();
    }

    @Test
    void anOfficerSavedJustBeforeACrashIsIndexedOnceWhenTheServiceStartsAgain() {
        OfficersByUnit index = new OfficersByUnit(mongo);
        listenTo(index);
        Officer hang = OfficerFixtures.officer("Nguyễn Thị Hằng", "cdcs-may-10", "vi", ChannelType.EMAIL);
        mongo.save(hang);
        Officer moved = new Officer(hang.id(), hang.name(), "cdcs-det-3", hang.role(), hang.email(), hang.phone(),
                hang.zaloId(), hang.language(), hang.preferences(), hang.updatedAt(), hang.webhookUrl());
        // the crash: the officer's move is stored (marked unindexed, as every save is), the index never heard of it
        MongoTemplate crashed = new MongoTemplate(client, database);
        crashed.save(moved);
        crashed.updateFirst(Query.query(Criteria.where("_id").is(hang.id())), new Update().set("unitIndexed", false), Officer.class);
        assertThat(index.officersOf("cdcs-det-3")).isEmpty();

        index.repairInterrupted();
        index.repairInterrupted();

        assertThat(index.officersOf("cdcs-det-3")).extracting(Officer::id).containsExactly(hang.id());
        assertThat(index.officersOf("cdcs-may-10")).isEmpty();
    }

    @Test
    void aCrashAfterTheOfficerWasAddedToItsUnitButBeforeItWasMarkedLeavesOneEntry() {
        OfficersByUnit index = new OfficersByUnit(mongo);
        listenTo(index);
        Officer duc = OfficerFixtures.officer("Trần Văn Đức", "cdcs-may-10", "vi", ChannelType.IN_APP);
        mongo.save(duc);
        // the crash: the index was written, the mark was not
        mongo.updateFirst(Query.query(Criteria.where("_id").is(duc.id())), new Update().set("unitIndexed", false), Officer.class);

        index.repairInterrupted();

        assertThat(index.officersOf("cdcs-may-10")).extracting(Officer::id).containsExactly(duc.id());
        assertThat(mongo.count(Query.query(Criteria.where("unitIndexed").is(false)), Officer.class)).isZero();
    }

    /** The index hears this template's saves and deletes, as in the service. */
    private void listenTo(OfficersByUnit index) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.addApplicationListener(index);
        context.refresh();
        mongo.setApplicationContext(context);
    }
}
