package vn.congdoan.plan.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.EventType;
import vn.congdoan.contracts.plan.TargetPeriod;
import vn.congdoan.events.CloudEventHeaders;
import vn.congdoan.plan.task.Assignment;
import vn.congdoan.testsupport.ContractAssertions;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class PlanIssuingIT {
    @Autowired
    RestTestClient http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    SampleProvince province;

    @BeforeEach
    void importProvince() {
        province = SampleProvince.imported(http);
        http = province.staff(http);
    }

    @Test
    void issuingExpandsScopesToTheUnitsOpenOnTheIssueDateAndPublishesThePlanWhole() {
        String id = draft(PlanFixtures.propagandaPlan2021(province.ids));
        long upper = province.openOn(PlanFixtures.ISSUED, "UPPER_GRASSROOTS");
        long grassroots = province.openOn(PlanFixtures.ISSUED, "GRASSROOTS");
        long expected = 5 + province.openOn(PlanFixtures.ISSUED, "DEPARTMENT") + 3 * (upper + grassroots);

        try (KafkaProbe plans = KafkaProbe.open("plan.plans"); KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            http.post().uri("/api/plans/{id}/issue", id).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("ISSUED").jsonPath("$.revision").isEqualTo(1)
                    .jsonPath("$.assignmentCount").isEqualTo(expected);
            http.get().uri("/api/plans?status=ISSUED&size=200").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.items[?(@.id == '" + id + "')].status").isEqualTo("ISSUED")
                    .jsonPath("$.page").isEqualTo(0).jsonPath("$.size").isEqualTo(200);

            ConsumerRecord<String, byte[]> issued = plans.awaitRecord(r -> id.equals(r.key()));
            assertThat(ContractAssertions.assertConformsToCatalogue(issued)).isEqualTo(EventType.PLAN_ISSUED);
            assertThat(KafkaProbe.header(issued, CloudEventHeaders.ID)).isEqualTo("plan-issued:" + id + ":r1");
            assertThat(KafkaProbe.value(issued)).contains("\"number\":\"45/KH-LĐLĐ\"", "\"name\":\"Nguyễn Mạnh Hùng\"",
                    "\"comparator\":\"GT\"", "\"rrules\":[\"FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1\"]",
                    "\"assignmentCount\":" + expected);

            List<ConsumerRecord<String, byte[]>> assigned = awaitAssignments(tasks, id, expected);
            assigned.forEach(ContractAssertions::assertConformsToCatalogue);
            assertThat(assigned).extracting(KafkaProbe::value).filteredOn(v -> v.contains("\"taskId\":\"2-e\""))
                    .hasSize((int) (upper + grassroots))
                    .allMatch(v -> v.contains("\"reportTask\":true"));
        }
    }

    @Test
    void aRevisionIsVersionedAndAClosedPlanStopsItsAssignments() {
        String id = draft(PlanFixtures.propagandaPlan2021(province.ids));
        long issuedCount = ((Number) http.post().uri("/api/plans/{id}/issue", id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("assignmentCount")).longValue();
        PlanContent revised = PlanFixtures.propagandaPlan2021(province.ids);
        revised = new PlanContent(revised.number(), revised.issuingUnitId(), revised.issueDate(),
                revised.title() + " (sửa đổi)", revised.legalBasis(), revised.purposes(), revised.requirements(),
                revised.targets(), revised.tasks().subList(0, 5), revised.recipients(), revised.signer(), null);

        try (KafkaProbe plans = KafkaProbe.open("plan.plans"); KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            http.post().uri("/api/plans/{id}/revisions", id).contentType(MediaType.APPLICATION_JSON).body(revised)
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.revision").isEqualTo(2).jsonPath("$.assignmentCount").isEqualTo(5);

            LocalDate today = LocalDate.now(clock);
            Predicate<ConsumerRecord<String, byte[]>> endingToday = r -> r.key().startsWith(id + ":")
                    && KafkaProbe.header(r, CloudEventHeaders.ID).endsWith(":r2")
                    && KafkaProbe.value(r).contains("\"activeUntil\":\"" + today + "\"");
            tasks.awaitRecord(endingToday);
            List<ConsumerRecord<String, byte[]>> retired = tasks.drain(Duration.ofSeconds(3)).stream().filter(endingToday).toList();
            long endingTodayStored = mongo.count(Query.query(Criteria.where("planId").is(id).and("planRevision").is(1)
                    .and("activeUntil").is(today)), Assignment.class);
            assertThat(endingTodayStored).as("dropped by the revision, not ended before").isBetween(1L, issuedCount - 5);
            assertThat(retired).as("each assignment the revision dropped, announced again as ending today")
                    .hasSize((int) endingTodayStored).allSatisfy(r -> {
                        assertThat(ContractAssertions.assertConformsToCatalogue(r)).isEqualTo(EventType.TASK_ASSIGNED);
                        assertThat(KafkaProbe.value(r)).contains("\"planRevision\":2");
                    });

            http.post().uri("/api/plans/{id}/close", id).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("closedOn", "2021-12-31")).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("CLOSED");
            plans.awaitRecord(KafkaProbe.withHeader(CloudEventHeaders.ID, "plan-issued:" + id + ":r2"));
            ConsumerRecord<String, byte[]> closed = plans.awaitRecord(KafkaProbe.withHeader(CloudEventHeaders.ID, "plan-closed:" + id));
            assertThat(ContractAssertions.assertConformsToCatalogue(closed)).isEqualTo(EventType.PLAN_CLOSED);
        }
        http.get().uri("/api/plans/{id}/revisions", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[1].content.title").isEqualTo(revised.title());
    }

    @Test
    void anIssuedPlanIsNotRedraftedButRevised() {
        String id = draft(PlanFixtures.propagandaPlan2021(province.ids));
        http.post().uri("/api/plans/{id}/issue", id).exchange().expectStatus().isOk();

        http.put().uri("/api/plans/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(PlanFixtures.propagandaPlan2021(province.ids)).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        http.post().uri("/api/plans/{id}/issue", id).exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void aPlanNamingUnknownUnitsOrRepeatingATaskIdIsRefusedNamingEveryField() {
        PlanContent plan = PlanFixtures.propagandaPlan2021(Map.of("LDLD-BINHDINH", "nope", "BD-BAN-TGNC", "nope-either"));
        PlanContent repeated = new PlanContent(plan.number(), plan.issuingUnitId(), plan.issueDate(), plan.title(),
                null, null, null, null, List.of(plan.tasks().get(0), plan.tasks().get(0)), null, null, null);

        http.post().uri("/api/plans").contentType(MediaType.APPLICATION_JSON).body(repeated).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'issuingUnitId')]").exists()
                .jsonPath("$.errors[?(@.field == 'tasks[1].id')]").exists()
                .jsonPath("$.errors[?(@.field == 'tasks[0].assignees[0].unitId')]").exists();
    }

    @Test
    void aTargetDueBeforeThePlanIsIssuedIsRefusedNamingItsField() {
        PlanContent plan = PlanFixtures.propagandaPlan2021(province.ids);
        TargetSpec first = plan.targets().get(0);
        TargetSpec early = new TargetSpec(first.id(), first.metric(), first.comparator(), first.threshold(), first.measure(),
                first.sector(), first.level(), TargetPeriod.PLAN, first.indicator(), first.source(),
                plan.issueDate().minusDays(1), "đến hết năm 2020", null);
        PlanContent dated = new PlanContent(plan.number(), plan.issuingUnitId(), plan.issueDate(), plan.title(),
                plan.legalBasis(), plan.purposes(), plan.requirements(), List.of(early), plan.tasks(), plan.recipients(),
                plan.signer(), null);

        http.post().uri("/api/plans").contentType(MediaType.APPLICATION_JSON).body(dated).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("targets[0].dueBy");
    }

    @Test
    void aPlanWithoutIssueDateIsRefusedNamingTheField() {
        http.post().uri("/api/plans").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("number", "45/KH-LĐLĐ", "issuingUnitId", province.ids.get("LDLD-BINHDINH"), "title", "Kế hoạch"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("issueDate");
    }

    private String draft(PlanContent content) {
        return http.post().uri("/api/plans").contentType(MediaType.APPLICATION_JSON).body(content).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private static List<ConsumerRecord<String, byte[]>> awaitAssignments(KafkaProbe tasks, String planId, long expected) {
        tasks.awaitRecord(r -> r.key().startsWith(planId + ":"));
        List<ConsumerRecord<String, byte[]>> assigned = tasks.drain(Duration.ofSeconds(3)).stream()
                .filter(r -> r.key().startsWith(planId + ":")).toList();
        assertThat(assigned).hasSize((int) expected);
        return assigned;
    }
}
