package vn.congdoan.outreach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.contracts.EventType;
import vn.congdoan.contracts.Topic;
import vn.congdoan.outreach.Fixtures;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.testsupport.TestProducer;
import vn.congdoan.units.UnitReplica;

/** outreach-service learns plans from plan.plans: the newest revision, the closing date; poison is dead-lettered. */
@ServiceIntegrationTest
class PlanEventsIT {
    @Autowired
    RestTestClient http;
    @Autowired
    UnitReplica units;
    @Autowired
    KnownPlans plans;
    @Autowired
    JsonMapper json;

    Fixtures f;

    @Test
    void anIssuedPlanFromKafkaIsKnownAtItsNewestRevisionAndItsClosingEndsItsPeriod() {
        f = new Fixtures(units, plans);
        String unit = f.upper("Công đoàn ngành Giáo dục");
        String planId = "plan-kafka-" + f.tag;
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.PLAN_ISSUED, "issued-" + planId + "-2", planId,
                    json.writeValueAsString(f.planIssued(planId, 2, LocalDate.of(2026, 2, 1), "YEARLY")));
            producer.sendEvent(EventType.PLAN_ISSUED, "issued-" + planId + "-1", planId,
                    json.writeValueAsString(f.planIssued(planId, 1, LocalDate.of(2026, 1, 5), "YEARLY")));
            await().atMost(Duration.ofSeconds(30)).until(() -> plans.find(planId).isPresent());
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                    .until(() -> plans.find(planId).orElseThrow().revision() == 2);
            assertThat(plans.find(planId).orElseThrow().issueDate()).isEqualTo(LocalDate.of(2026, 2, 1));

            post(unit, planId, "2026-01-20").expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo("startDate");
            post(unit, planId, "2026-09-20").expectStatus().isCreated();

            producer.sendEvent(EventType.PLAN_CLOSED, "closed-" + planId, planId,
                    "{\"planId\":\"%s\",\"revision\":2,\"closedOn\":\"2026-10-31\"}".formatted(planId));
            await().atMost(Duration.ofSeconds(30)).until(() -> plans.find(planId).orElseThrow().closedOn() != null);
        }
        post(unit, planId, "2026-11-02").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("endDate");
    }

    @Test
    void aPoisonPlanRecordIsDeadLetteredWithTheReason() {
        String key = "poison-" + System.nanoTime();
        try (KafkaProbe dlq = KafkaProbe.open(Topic.PLAN_PLANS.deadLetterTopic("outreach-service"));
             TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.PLAN_ISSUED, key, key, "{\"planId\":\"" + key + "\"}");
            var dead = dlq.awaitRecord(r -> key.equals(r.key()));
            assertThat(new String(dead.headers().lastHeader("x-exception-message").value(), StandardCharsets.UTF_8))
                    .contains("breaks its schema");
        }
    }

    private RestTestClient.ResponseSpec post(String unit, String planId, String day) {
        return f.officerOf(http, unit).post().uri("/api/activities").contentType(MediaType.APPLICATION_JSON).body("""
                {"unitId":"%s","planId":"%s","taskId":"t-fanpage","form":"WEBSITE_POST","title":"Tin bài trên website",
                 "startDate":"%s"}""".formatted(unit, planId, day)).exchange();
    }
}
