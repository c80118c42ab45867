package vn.congdoan.outreach.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.contracts.EventType;
import vn.congdoan.contracts.Topic;
import vn.congdoan.contracts.outreach.ActivityCorrected;
import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.contracts.outreach.ActivityRecorded;
import vn.congdoan.contracts.outreach.OutreachFactsUpdated;
import vn.congdoan.contracts.outreach.OutreachFactsUpdated.FormFact;
import vn.congdoan.contracts.outreach.RosterUpdated;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.events.CloudEventHeaders;
import vn.congdoan.outreach.Fixtures;
import vn.congdoan.outreach.plan.KnownPlans;
import vn.congdoan.testsupport.ContractAssertions;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.units.UnitReplica;

/** What outreach-service publishes: activities, rosters and the facts reporting-service evaluates targets from. */
@ServiceIntegrationTest
class OutreachEventsIT {
    @Autowired
    RestTestClient http;
    @Autowired
    UnitReplica units;
    @Autowired
    KnownPlans plans;
    @Autowired
    JsonMapper json;

    Fixtures f;
    String tuyPhuoc;
    String plan;

    @BeforeEach
    void province() {
        f = new Fixtures(units, plans);
        tuyPhuoc = f.upper("LĐLĐ huyện Tuy Phước");
        plan = f.plan000();
    }

    @Test
    void aFanpagePostByAnUpperLevelUnionBecomesFactsForItsYearListingTheFormAndPlan() {
        try (KafkaProbe activities = KafkaProbe.open(Topic.OUTREACH_ACTIVITIES.topicName());
             KafkaProbe facts = KafkaProbe.open(Topic.OUTREACH_FACTS.topicName())) {
            String id = record(post(tuyPhuoc, "2026-05-19"));
            record(post(tuyPhuoc, "2026-03-02"));

            ConsumerRecord<String, byte[]> recorded = activities.awaitRecord(r -> id.equals(r.key()));
            assertThat(ContractAssertions.assertConformsToCatalogue(recorded)).isEqualTo(EventType.ACTIVITY_RECORDED);
            assertThat(KafkaProbe.header(recorded, CloudEventHeaders.ID)).isEqualTo("activity:" + id + ":1");
            ActivityRecorded payload = json.readValue(recorded.value(), ActivityRecorded.class);
            assertThat(payload.activity().title()).isEqualTo("Đưa tin Nghị quyết số 02-NQ/TW lên trang fanpage");
            assertThat(payload.activity().reach().views()).isEqualTo(1500);

            OutreachFactsUpdated latest = awaitFacts(facts, tuyPhuoc + ":2026", 2);
            assertThat(latest.forms()).containsExactly(
                    new FormFact(ActivityForm.FANPAGE_POST, plan, 2, LocalDate.of(2026, 3, 2)));
            assertThat(latest.unitId()).isEqualTo(tuyPhuoc);
            assertThat(latest.year()).isEqualTo(2026);
        }
    }

    @Test
    void aCorrectionToAnotherYearUpdatesTheFactsOfBothYears() {
        try (KafkaProbe activities = KafkaProbe.open(Topic.OUTREACH_ACTIVITIES.topicName());
             KafkaProbe facts = KafkaProbe.open(Topic.OUTREACH_FACTS.topicName())) {
            String id = record(post(tuyPhuoc, "2026-01-03"));
            awaitFacts(facts, tuyPhuoc + ":2026", 1);

            f.officerOf(http, tuyPhuoc).post().uri("/api/activities/{id}/corrections", id).contentType(MediaType.APPLICATION_JSON)
                    .body(post(tuyPhuoc, "2025-12-30").replace("}", ",\"reason\":\"Đăng ngày 30/12/2025, nhập nhầm năm\"}"))
                    .exchange().expectStatus().isOk();

            ConsumerRecord<String, byte[]> corrected = activities.awaitRecord(KafkaProbe.withHeader(CloudEventHeaders.ID,
                    "activity:" + id + ":2"));
            assertThat(ContractAssertions.assertConformsToCatalogue(corrected)).isEqualTo(EventType.ACTIVITY_CORRECTED);
            assertThat(json.readValue(corrected.value(), ActivityCorrected.class).reason())
                    .isEqualTo("Đăng ngày 30/12/2025, nhập nhầm năm");
            assertThat(awaitFacts(facts, tuyPhuoc + ":2026", 2).forms()).isEmpty();
            assertThat(awaitFacts(facts, tuyPhuoc + ":2025", 1).forms()).extracting(FormFact::form)
                    .containsExactly(ActivityForm.FANPAGE_POST);
        }
    }

    @Test
    void aRosterChangeIsPublishedAndReachesTheFactsOfTheYearsItCovers() {
        String school = f.grassroots(tuyPhuoc, "Công đoàn cơ sở Trường THCS Phước Lộc", Sector.PUBLIC_SECTOR);
        try (KafkaProbe rosters = KafkaProbe.open(Topic.OUTREACH_ROSTERS.topicName());
             KafkaProbe facts = KafkaProbe.open(Topic.OUTREACH_FACTS.topicName())) {
            f.officerOf(http, school).post().uri("/api/activities").contentType(MediaType.APPLICATION_JSON).body("""
                    {"unitId":"%s","form":"UNION_MEETING","title":"Sinh hoạt công đoàn chuyên đề","startDate":"2025-04-01",
                     "attendance":{"members":30}}""".formatted(school)).exchange().expectStatus().isCreated();
            assertThat(awaitFacts(facts, school + ":2025", 1).rosterMembers()).isNull();

            roster(school, "2025-01-01", 40, 42).expectStatus().isOk();
            roster(school, "2025-01-01", 40, 42).expectStatus().isOk();

            ConsumerRecord<String, byte[]> updated = rosters.awaitRecord(r -> school.equals(r.key()));
            assertThat(ContractAssertions.assertConformsToCatalogue(updated)).isEqualTo(EventType.ROSTER_UPDATED);
            RosterUpdated roster = json.readValue(updated.value(), RosterUpdated.class);
            assertThat(roster.version()).isEqualTo(1);
            assertThat(roster.counts()).containsExactly(new RosterUpdated.SectorCount(Sector.PUBLIC_SECTOR, 40, 42));
            OutreachFactsUpdated withRoster = awaitFacts(facts, school + ":2025", 2);
            assertThat(withRoster.rosterMembers()).isEqualTo(40);
            assertThat(withRoster.attendance().members()).isEqualTo(30);
            // the same counts again changed nothing: one roster event, no third facts version
            assertThat(rosters.drain(Duration.ofSeconds(1)).stream().filter(r -> school.equals(r.key()))).hasSize(1);
            assertThat(facts.drain(Duration.ofMillis(200)).stream().filter(r -> r.key().equals(school + ":2025"))).hasSize(2);
        }
    }

    @Test
    void factsEventsConformToTheCatalogue() {
        try (KafkaProbe facts = KafkaProbe.open(Topic.OUTREACH_FACTS.topicName())) {
            record(post(tuyPhuoc, "2026-06-01"));
            ConsumerRecord<String, byte[]> record = facts.awaitRecord(r -> r.key().equals(tuyPhuoc + ":2026"));
            assertThat(ContractAssertions.assertConformsToCatalogue(record)).isEqualTo(EventType.OUTREACH_FACTS_UPDATED);
            assertThat(KafkaProbe.header(record, CloudEventHeaders.ID)).isEqualTo("facts:" + tuyPhuoc + ":2026:1");
        }
    }

    private OutreachFactsUpdated awaitFacts(KafkaProbe probe, String factsId, long version) {
        ConsumerRecord<String, byte[]> record = probe.awaitRecord(r -> factsId.equals(r.key())
                && json.readValue(r.value(), OutreachFactsUpdated.class).version() == version);
        ContractAssertions.assertConformsToCatalogue(record);
        return json.readValue(record.value(), OutreachFactsUpdated.class);
    }

    private RestTestClient.ResponseSpec roster(String unit, String from, long members, long workers) {
        return f.officerOf(http, unit).put().uri("/api/units/{u}/roster", unit).contentType(MediaType.APPLICATION_JSON).body("""
                {"effectiveFrom":"%s","counts":[{"sector":"PUBLIC_SECTOR","members":%d,"workers":%d}]}"""
                .formatted(from, members, workers)).exchange();
    }

    @SuppressWarnings("unchecked")
    private String record(String body) {
        Map<String, Object> answer = f.officerFor(http, body).post().uri("/api/activities").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return ((Map<String, Object>) answer.get("activity")).get("activityId").toString();
    }

    private String post(String unit, String day) {
        return """
                {"unitId":"%s","planId":"%s","taskId":"t-fanpage","form":"FANPAGE_POST",
                 "title":"Đưa tin Nghị quyết số 02-NQ/TW lên trang fanpage","startDate":"%s",
                 "reach":{"views":1500,"shares":12,"reactions":230},
                 "evidence":["https://www.facebook.com/ldldtuyphuoc/posts/1"]}""".formatted(unit, plan, day);
    }

    static List<String> keys(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).toList();
    }
}
