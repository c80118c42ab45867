package vn.congdoan.notification.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.NotificationKind;
import vn.congdoan.testsupport.TestInfrastructure;

/** The officers-by-unit index rebuilt in bulk from officers stored without it, in a database of its own. */
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
}
