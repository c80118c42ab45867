package vn.congdoan.plan.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Plans' reading queries over the real MongoDB driver and the in-process stand-in, without Spring. */
class PlansTest {
    private static final Instant NOV_20 = Instant.parse("2026-11-20T02:00:00Z");

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create("mongodb://" + address(server));
    private final MongoTemplate mongo = new MongoTemplate(client, "plans-test");
    private final Plans plans = new Plans(mongo);

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void listsThePlansOfTheIssuersShownMostRecentlyChangedFirst() {
        mongo.insert(Plan.draft("p1", content("45/KH-LĐLĐ", "ldld-binh-dinh"), NOV_20).issue(NOV_20));
        mongo.insert(Plan.draft("p2", content("12/KH-LĐLĐ", "ldld-hoai-nhon"), NOV_20.plusSeconds(60)));
        mongo.insert(Plan.draft("p3", content("07/KH-CĐN", "cdn-giao-duc"), NOV_20.plusSeconds(120)));

        Page<Plan> shown = plans.issuedBy(Set.of("ldld-binh-dinh", "ldld-hoai-nhon")::contains, null, 0, 20);
        Page<Plan> issued = plans.issuedBy(Set.of("ldld-binh-dinh", "ldld-hoai-nhon")::contains, PlanStatus.ISSUED, 0, 20);
        Page<Plan> firstOnly = plans.issuedBy(issuer -> true, null, 0, 1);

        assertThat(shown.getContent()).extracting(Plan::id).containsExactly("p2", "p1");
        assertThat(issued.getContent()).extracting(Plan::id).containsExactly("p1");
        assertThat(firstOnly.getContent()).extracting(Plan::id).containsExactly("p3");
        assertThat(firstOnly.getTotalElements()).isEqualTo(3);
    }

    @Test
    void aPlansRevisionsComeOldestFirstAndOnlyItsOwn() {
        PlanContent content = content("45/KH-LĐLĐ", "ldld-binh-dinh");
        mongo.insert(new PlanRevision("p1:r2", "p1", 2, content, NOV_20.plusSeconds(3_600)));
        mongo.insert(new PlanRevision("p1:r1", "p1", 1, content, NOV_20));
        mongo.insert(new PlanRevision("p9:r1", "p9", 1, content, NOV_20));

        assertThat(plans.revisions("p1")).extracting(PlanRevision::revision).containsExactly(1, 2);
    }

    private static PlanContent content(String number, String issuingUnitId) {
        return new PlanContent(number, issuingUnitId, LocalDate.of(2026, 11, 2),
                "Kế hoạch tuyên truyền kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null);
    }

    private static String address(MongoServer server) {
        InetSocketAddress address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }
}
