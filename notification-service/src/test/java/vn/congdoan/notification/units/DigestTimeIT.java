package vn.congdoan.notification.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.EventType;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.SignedIn;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.Notifications;
import vn.congdoan.notification.followup.FollowUpJob;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.OfficerFixtures;
import vn.congdoan.notification.officer.Officers;
import vn.congdoan.testsupport.TestProducer;

/** A unit chooses when its daily digest goes out; its follow-up e-mail waits for that time. */
@NotificationServiceTest
class DigestTimeIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    RestTestClient http;
    @Autowired
    Officers officers;
    @Autowired
    Clock clock;
    @Autowired
    Notifications notifications;
    @Autowired
    UnitNames units;
    @Autowired
    FollowUpJob followUps;

    @Test
    void aUnitReadsChoosesAndClearsItsDigestTime() {
        String unit = unit("LĐLĐ huyện Phù Cát", null);

        SignedIn.officerOf(http, unit).get().uri("/api/units/{id}/digest-time", unit).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.digestAt").isEqualTo("07:00:00").jsonPath("$.isDefault").isEqualTo(true);
        choose(unit, "16:45").expectStatus().isOk().expectBody()
                .jsonPath("$.digestAt").isEqualTo("16:45:00").jsonPath("$.isDefault").isEqualTo(false);
        SignedIn.officerOf(http, unit).get().uri("/api/units/{id}/digest-time", unit).exchange().expectBody().jsonPath("$.digestAt").isEqualTo("16:45:00");
        SignedIn.officerOf(http, unit).delete().uri("/api/units/{id}/digest-time", unit).exchange().expectStatus().isNoContent();
        SignedIn.officerOf(http, unit).get().uri("/api/units/{id}/digest-time", unit).exchange().expectBody().jsonPath("$.isDefault").isEqualTo(true);
    }

    @Test
    void aWrongTimeIsA400NamingTheFieldAndAnUnknownUnitA404() {
        String unit = unit("LĐLĐ huyện Tây Sơn", null);

        choose(unit, "25:00").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("digestAt");
        SignedIn.officerOf(http, unit).put().uri("/api/units/{id}/digest-time", unit).contentType(MediaType.APPLICATION_JSON).body(Map.of())
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("digestAt");
        choose("khong-co-" + UUID.randomUUID(), "16:45").expectStatus().isNotFound();
        SignedIn.officerOf(http, unit).get().uri("/api/units/{id}/digest-time", unit).exchange().expectBody().jsonPath("$.isDefault").isEqualTo(true);
    }

    @Test
    void theFollowUpEmailOfAParentUnitWaitsForTheDigestTimeItChose() {
        String parent = unit("LĐLĐ huyện Hoài Nhơn", null);
        String child = unit("CĐCS Công ty Chế biến Lâm sản Hoài Nhơn", parent);
        Officer officer = officers.save(OfficerFixtures.officer("Đặng Thị Thu", parent, "vi", ChannelType.IN_APP, ChannelType.EMAIL));
        LocalDate day = LocalDate.now(clock).plusDays(1);
        LocalDate due = day.plusDays(3);
        send(EventType.TASK_ASSIGNED, "assigned-" + child, "a-" + child, """
                {"assignmentId":"a-%s","planId":"p-45","planRevision":1,"planNumber":"45/KH-LĐLĐ","taskId":"t-annual",
                 "taskTitle":"Báo cáo năm","reportTask":true,"unitId":"%s","parentUnitId":"%s",
                 "deadline":{"kind":"ONCE","phrase":"trước ngày %s","rrules":[],"occurrences":["%s"]},
                 "dueDate":"%s","activeFrom":"2026-01-15"}""".formatted(child, child, parent, due, due, due));
        choose(parent, "16:45").expectStatus().isOk();
        await().atMost(PATIENCE).until(() -> SignedIn.officerOf(http, parent).get()
                .uri("/api/units/{id}/follow-up?date={day}", parent, day).exchange()
                .returnResult(String.class).getResponseBody().contains("Hoài Nhơn"));

        followUps.run(day); // tomorrow, as the scheduler runs it then (the operators' endpoint refuses future days)

        Notification email = notifications.findById(Notification.idOf("follow-up:" + parent + ":" + day, officer.id(),
                ChannelType.EMAIL)).orElseThrow();
        assertThat(email.digest()).isTrue();
        assertThat(email.nextAttemptAt()).isEqualTo(day.atTime(LocalTime.of(16, 45)).atZone(HANOI).toInstant());
    }

    /** The unit's own officer chooses. */
    private RestTestClient.ResponseSpec choose(String unit, String time) {
        return SignedIn.officerOf(http, unit).put().uri("/api/units/{id}/digest-time", unit).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("digestAt", time)).exchange();
    }

    /** A unit in the directory, as plan.units tells it. */
    private String unit(String name, String parent) {
        String id = "dv-" + UUID.randomUUID();
        send(EventType.UNIT_CHANGED, "unit-" + id, id, """
                {"id":"%s","code":"%s","name":"%s","level":"%s","sector":"ENTERPRISE","parentId":%s,
                 "ancestors":%s,"openedOn":"2020-01-01","version":1}""".formatted(id, id, name,
                parent == null ? "UPPER_GRASSROOTS" : "GRASSROOTS", parent == null ? "null" : "\"" + parent + "\"",
                parent == null ? "[]" : "[\"" + parent + "\"]"));
        await().atMost(PATIENCE).until(() -> units.nameOf(id).isPresent());
        return id;
    }

    private static void send(EventType type, String id, String key, String json) {
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(type, id, key, json);
        }
    }
}
