package vn.congdoan.plan.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.events.CloudEventHeaders;
import vn.congdoan.testsupport.ContractAssertions;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.ServiceIntegrationTest;

/** Re-parenting (2025's reorganisation moved whole branches) and the repair of interrupted writes. */
@ServiceIntegrationTest
class UnitMoveIT {
    @Autowired
    RestTestClient http;
    @Autowired
    Units units;
    @Autowired
    UnitEvents events;
    @Autowired
    UnitBranches branches;

    UnitApi api;
    Map<String, Object> binhDinh;
    Map<String, Object> giaLai;
    Map<String, Object> anNhon;
    Map<String, Object> school;
    Map<String, Object> company;

    @BeforeEach
    void twoProvincesAndABranch() {
        api = new UnitApi(http);
        Map<String, Object> tld = api.national();
        binhDinh = api.create("LDLD-BINHDINH", "Liên đoàn Lao động tỉnh Bình Định", "PROVINCIAL", tld);
        giaLai = api.create("LDLD-GIALAI", "Liên đoàn Lao động tỉnh Gia Lai", "PROVINCIAL", tld);
        anNhon = api.create("LDLD-ANNHON", "Liên đoàn Lao động thị xã An Nhơn", "UPPER_GRASSROOTS", binhDinh);
        school = api.create("CDCS-0032", "Công đoàn cơ sở Trường THCS Nhơn Hưng, thị xã An Nhơn", "GRASSROOTS", anNhon);
        company = api.create("CDCS-0034", "Công đoàn cơ sở Công ty TNHH May Nhơn Hòa", "GRASSROOTS", anNhon);
    }

    @Test
    void movingABranchGivesEveryDescendantItsNewAncestorsAndPublishesThem() {
        try (KafkaProbe topic = KafkaProbe.open("plan.units")) {
            api.post("/api/units/{id}/move", Map.of("parentId", giaLai.get("id"), "effectiveOn", "2025-07-01"), anNhon.get("id"))
                    .expectStatus().isOk().expectBody()
                    .jsonPath("$.parentId").isEqualTo(giaLai.get("id"))
                    .jsonPath("$.parentSince").isEqualTo("2025-07-01")
                    .jsonPath("$.version").isEqualTo(2);

            List<Object> expected = List.of(((List<?>) giaLai.get("ancestors")).get(0), giaLai.get("id"), anNhon.get("id"));
            assertThat(api.get(school.get("id"))).containsEntry("ancestors", expected).containsEntry("version", 2);
            assertThat(api.get(company.get("id"))).containsEntry("ancestors", expected);
            assertThat(UnitDirectoryIT.codes(api.page("/api/units/{id}/subtree", giaLai.get("id"))))
                    .contains(api.code("LDLD-ANNHON"), api.code("CDCS-0032"), api.code("CDCS-0034"));
            assertThat(api.page("/api/units/{id}/subtree", binhDinh.get("id"))).containsEntry("totalItems", 1);

            Set<String> moves = Set.of(anNhon.get("id") + ":2", school.get("id") + ":2", company.get("id") + ":2");
            Predicate<ConsumerRecord<String, byte[]>> aMove = r -> moves.contains(KafkaProbe.header(r, CloudEventHeaders.ID));
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.drain(Duration.ofMillis(300)).stream()
                    .filter(aMove).count() >= 3);
            List<ConsumerRecord<String, byte[]>> published = topic.drain(Duration.ZERO).stream().filter(aMove).toList();
            published.forEach(ContractAssertions::assertConformsToCatalogue);
            assertThat(published).extracting(r -> KafkaProbe.header(r, CloudEventHeaders.ID)).containsExactlyInAnyOrder(
                    anNhon.get("id") + ":2", school.get("id") + ":2", company.get("id") + ":2");
            assertThat(published).allSatisfy(r -> assertThat(KafkaProbe.value(r)).contains(giaLai.get("id").toString()));
        }
    }

    @Test
    void refusesMovingAUnitIntoItsOwnBranchNamingTheParent() {
        api.post("/api/units/{id}/move", Map.of("parentId", school.get("id"), "effectiveOn", "2025-07-01"), anNhon.get("id"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("parentId")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("cycle"));
        api.post("/api/units/{id}/move", Map.of("parentId", anNhon.get("id"), "effectiveOn", "2025-07-01"), anNhon.get("id"))
                .expectStatus().isEqualTo(409);
        assertThat(api.get(anNhon.get("id"))).containsEntry("parentId", binhDinh.get("id")).containsEntry("version", 1);
    }

    @Test
    void refusesAMoveUnderALowerLevelOrAnUnknownParent() {
        api.post("/api/units/{id}/move", Map.of("parentId", school.get("id"), "effectiveOn", "2025-07-01"), company.get("id"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("parentId");
        api.post("/api/units/{id}/move", Map.of("parentId", "khong-co", "effectiveOn", "2025-07-01"), company.get("id"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("parentId");
        api.post("/api/units/{id}/move", Map.of("parentId", giaLai.get("id")), company.get("id"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("effectiveOn");
    }

    @Test
    void aChangeStoredButNeverStagedIsPublishedByTheRepairStep() {
        Unit stored = units.get(school.get("id").toString());
        long read = stored.version();
        stored.revise("Công đoàn cơ sở Trường THCS Nhơn Hưng (sáp nhập)", stored.sector(), stored.openedOn(), null);
        assertThat(units.replace(stored, read)).isTrue(); // the process dies here, before staging

        try (KafkaProbe topic = KafkaProbe.open("plan.units")) {
            assertThat(events.restagePending()).isGreaterThanOrEqualTo(1);
            ConsumerRecord<String, byte[]> changed = topic.awaitRecord(
                    KafkaProbe.withHeader(CloudEventHeaders.ID, stored.id() + ":2"));
            ContractAssertions.assertConformsToCatalogue(changed);
            assertThat(KafkaProbe.value(changed)).contains("Công đoàn cơ sở Trường THCS Nhơn Hưng (sáp nhập)");
        }
        assertThat(units.get(stored.id()).eventPending()).isFalse();
        assertThat(events.restagePending()).isZero();
    }

    @Test
    void anEventStagedButNotMarkedIsNotPublishedTwice() {
        Unit stored = units.get(company.get("id").toString());
        try (KafkaProbe topic = KafkaProbe.open("plan.units")) {
            long read = stored.version();
            stored.close(LocalDate.of(2025, 6, 30));
            assertThat(units.replace(stored, read)).isTrue();
            events.publish(List.of(stored));
            units.replace(stored, stored.version()); // the pending mark is back: as if the process died before clearing it
            assertThat(units.get(stored.id()).eventPending()).isTrue();

            events.restagePending();
            topic.awaitRecord(KafkaProbe.withHeader(CloudEventHeaders.ID, stored.id() + ":2"));
            assertThat(topic.drain(Duration.ofSeconds(2)))
                    .filteredOn(KafkaProbe.withHeader(CloudEventHeaders.ID, stored.id() + ":2")).hasSize(1);
        }
        assertThat(units.get(stored.id()).eventPending()).isFalse();
    }

    @Test
    void aMoveInterruptedBeforeItsBranchFollowedIsRolledForward() {
        Unit moved = units.get(anNhon.get("id").toString());
        Unit newParent = units.get(giaLai.get("id").toString());
        long read = moved.version();
        moved.moveUnder(newParent.id(), newParent.lineage(), LocalDate.of(2025, 7, 1));
        assertThat(units.replace(moved, read)).isTrue(); // the process dies here: descendants still stale

        try (KafkaProbe topic = KafkaProbe.open("plan.units")) {
            branches.followPending();
            events.restagePending();
            topic.awaitRecord(KafkaProbe.withHeader(CloudEventHeaders.ID, school.get("id") + ":2"));
            topic.awaitRecord(KafkaProbe.withHeader(CloudEventHeaders.ID, company.get("id") + ":2"));
            topic.awaitRecord(KafkaProbe.withHeader(CloudEventHeaders.ID, moved.id() + ":2"));
        }
        assertThat(units.get(school.get("id").toString()).ancestors()).containsSubsequence(newParent.id(), moved.id());
        assertThat(units.get(moved.id()).branchPending()).isFalse();
    }
}
