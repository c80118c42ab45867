package vn.congdoan.notification.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import vn.congdoan.contracts.EventType;
import vn.congdoan.notification.MailServer;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.SignedIn;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.Notifications;
import vn.congdoan.notification.email.MailParts;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.OfficerFixtures;
import vn.congdoan.notification.officer.Officers;
import vn.congdoan.notification.plans.PlanTitles;
import vn.congdoan.testsupport.TestProducer;
import vn.congdoan.units.UnitReplica;

/** From a plan.tasks record to the officers' inboxes and to an SMTP server's mailbox. */
@NotificationServiceTest
class TaskNotificationsIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    RestTestClient http;
    @Autowired
    Officers officers;
    @Autowired
    Notifications notifications;
    @Autowired
    UnitReplica replica;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PlanTitles planTitles;

    @Test
    void aReminderReachesEveryOfficerOfTheUnitInTheInboxAndByEmailWithDiacriticsIntact() throws Exception {
        String unit = "cdcs-" + UUID.randomUUID();
        Officer chair = officers.save(OfficerFixtures.officer("Nguyễn Thị Hồng", unit, "vi", ChannelType.IN_APP, ChannelType.EMAIL));
        Officer staff = officers.save(OfficerFixtures.officer("Trần Văn Đức", unit, "vi", ChannelType.IN_APP, ChannelType.EMAIL));

        send(EventType.TASK_DUE_SOON, "reminder-" + unit, "a-" + unit, TaskEvents.dueSoon("a-" + unit, unit, 7));

        MimeMessage email = awaitOneEmail(chair.email());
        assertThat(email.getSubject()).isEqualTo("Sắp đến hạn: " + TaskEvents.ANNUAL_REPORT);
        assertThat(MailParts.text(email, "text/plain")).contains(
                "Nhiệm vụ “" + TaskEvents.ANNUAL_REPORT + "” đến hạn ngày 30/11/2026, còn 7 ngày.",
                "Kế hoạch: 45/KH-LĐLĐ", "Hạn hoàn thành: 30/11/2026", "/plans/p-45/assignments/a-" + unit);
        assertThat(MailParts.text(email, "text/html")).contains("<td>" + TaskEvents.ANNUAL_REPORT + "</td>");
        awaitOneEmail(staff.email());
        SignedIn.as(http, staff).get().uri("/api/officers/{id}/notifications", staff.id()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.unread").isEqualTo(1)
                .jsonPath("$.items[0].title").isEqualTo("Sắp đến hạn: " + TaskEvents.ANNUAL_REPORT)
                .jsonPath("$.items[0].kind").isEqualTo("TASK_DUE_SOON");
    }

    @Test
    void aReminderNamesItsPlanByNumberAndTitleOnceThePlanHasBeenIssued() {
        String unit = "cdcs-" + UUID.randomUUID();
        String planId = "p-" + UUID.randomUUID();
        String title = "Kế hoạch tuyên truyền, phổ biến, quán triệt Nghị quyết Đại hội XIII Công đoàn Việt Nam";
        Officer officer = officers.save(OfficerFixtures.officer("Mai Thị Thu", unit, "vi", ChannelType.EMAIL));
        send(EventType.PLAN_ISSUED, "issued-" + planId, planId, """
                {"planId":"%s","revision":1,"number":"45/KH-LĐLĐ","issuingUnitId":"ldld-tinh","issueDate":"2026-01-15",
                 "title":"%s","targets":[],"tasks":[],"assignmentCount":1}""".formatted(planId, title));
        await().atMost(PATIENCE).until(() -> planTitles.titleOf(planId).isPresent());

        send(EventType.TASK_DUE_SOON, "named-" + unit, "a-" + unit,
                TaskEvents.dueSoon("a-" + unit, unit, 3).replace("\"p-45\"", "\"" + planId + "\""));

        assertThat(MailParts.text(awaitOneEmail(officer.email()), "text/plain"))
                .contains("Kế hoạch: 45/KH-LĐLĐ – " + title);
    }

    @Test
    void anEscalatedOverdueTaskAlsoReachesTheParentUnitsOfficersEachInTheirLanguage() {
        String unit = "cdcs-" + UUID.randomUUID();
        String parent = "ldld-huyen-" + UUID.randomUUID();
        Officer local = officers.save(OfficerFixtures.officer("Lý Thị Mai", unit, "vi", ChannelType.EMAIL));
        Officer parentVi = officers.save(OfficerFixtures.officer("Phan Văn Khải", parent, "vi", ChannelType.EMAIL));
        Officer parentEn = officers.save(OfficerFixtures.officer("Đặng Thu Hà", parent, "en", ChannelType.EMAIL));

        send(EventType.TASK_OVERDUE, "escalation-" + unit, "a-" + unit, TaskEvents.escalatedOverdue("a-" + unit, unit, parent, 9));

        assertThat(subjectOf(awaitOneEmail(local.email()))).isEqualTo("Quá hạn, đã báo cấp trên: " + TaskEvents.ANNUAL_REPORT);
        assertThat(subjectOf(awaitOneEmail(parentVi.email()))).isEqualTo("Quá hạn, đã báo cấp trên: " + TaskEvents.ANNUAL_REPORT);
        assertThat(subjectOf(awaitOneEmail(parentEn.email()))).isEqualTo("Overdue, escalated: " + TaskEvents.ANNUAL_REPORT);
        assertThat(notifications.countByRecipientAndReadAtIsNull(Notification.unitInbox(parent))).isEqualTo(1);
    }

    @Test
    void aUnitWithNoOfficerIsCountedOnceHoweverOftenTheEventArrives() {
        String unit = "cdcs-" + UUID.randomUUID();
        String marker = "cdcs-" + UUID.randomUUID();
        double before = unrouted("TASK_DUE");

        send(EventType.TASK_DUE, "due-" + unit, "a-" + unit, TaskEvents.due("a-" + unit, unit));
        send(EventType.TASK_DUE, "due-" + unit, "a-" + unit, TaskEvents.due("a-" + unit, unit));
        send(EventType.TASK_DUE_SOON, "marker-" + marker, "a-" + unit, TaskEvents.dueSoon("a-" + unit, marker, 3));

        await().atMost(PATIENCE).until(() -> notifications.countByRecipientAndReadAtIsNull(Notification.unitInbox(marker)) == 1);
        assertThat(unrouted("TASK_DUE") - before).isEqualTo(1.0);
        assertThat(notifications.countByRecipientAndReadAtIsNull(Notification.unitInbox(unit))).isEqualTo(1);
    }

    @Test
    void anOfficerReadsOneNotificationThenAllOfThem() {
        String unit = "cdcs-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.officer("Võ Thị Sáu", unit, "vi", ChannelType.IN_APP));
        send(EventType.TASK_DUE_SOON, "r7-" + unit, "a-" + unit, TaskEvents.dueSoon("a-" + unit, unit, 7));
        send(EventType.TASK_DUE_SOON, "r3-" + unit, "a-" + unit, TaskEvents.dueSoon("a-" + unit, unit, 3));
        send(EventType.TASK_DUE_SOON, "r1-" + unit, "a-" + unit, TaskEvents.dueSoon("a-" + unit, unit, 1));
        await().atMost(PATIENCE).until(() -> unread(officer) == 3);

        RestTestClient me = SignedIn.as(http, officer);
        me.post().uri("/api/notifications/{id}/read", Notification.idOf("r7-" + unit, officer.id(), ChannelType.IN_APP))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("READ");
        me.get().uri("/api/officers/{id}/notifications?page=0&size=2", officer.id()).exchange().expectBody()
                .jsonPath("$.unread").isEqualTo(2).jsonPath("$.total").isEqualTo(3).jsonPath("$.items.length()").isEqualTo(2);
        me.post().uri("/api/officers/{id}/notifications/read", officer.id()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.marked").isEqualTo(2);
        assertThat(unread(officer)).isZero();
    }

    @Test
    void anOfficerWhoMovesToAnotherUnitOrLeavesHearsOnlyWhatConcernsTheirUnitNow() {
        String province = "ldld-" + UUID.randomUUID();
        String before = "cdcs-" + UUID.randomUUID();
        String after = "cdcs-" + UUID.randomUUID();
        SignedIn.branch(replica, province, before);
        Officer moving = officers.save(OfficerFixtures.officer("Hồ Thị Thu", before, "vi", ChannelType.IN_APP));
        Officer leaving = officers.save(OfficerFixtures.officer("Đỗ Văn Nam", before, "vi", ChannelType.IN_APP));
        officers.save(new Officer(moving.id(), moving.name(), after, moving.role(), moving.email(), moving.phone(),
                moving.zaloId(), moving.language(), moving.preferences(), null, null));
        SignedIn.staffOf(http, province).delete().uri("/api/officers/{id}", leaving.id()).exchange().expectStatus().isNoContent();

        send(EventType.TASK_DUE_SOON, "old-" + before, "a-" + before, TaskEvents.dueSoon("a-" + before, before, 3));
        send(EventType.TASK_DUE_SOON, "new-" + after, "a-" + after, TaskEvents.dueSoon("a-" + after, after, 3));

        await().atMost(PATIENCE).until(() -> unread(moving) == 1);
        await().atMost(PATIENCE).until(() -> notifications.countByRecipientAndReadAtIsNull(Notification.unitInbox(before)) == 1);
        assertThat(notifications.findById(Notification.idOf("new-" + after, moving.id(), ChannelType.IN_APP))).isPresent();
        assertThat(notifications.findById(Notification.idOf("old-" + before, moving.id(), ChannelType.IN_APP))).isEmpty();
        assertThat(notifications.countByRecipientAndReadAtIsNull(leaving.id())).isZero();
    }

    @Test
    void readingANotificationThatDoesNotExistIsNotFound() {
        SignedIn.officerOf(http, "cdcs-" + UUID.randomUUID()).post().uri("/api/notifications/{id}/read", "no-such-notification").exchange().expectStatus().isNotFound();
    }

    private long unread(Officer officer) {
        return notifications.countByRecipientAndChannelAndReadAtIsNull(officer.id(), ChannelType.IN_APP);
    }

    private double unrouted(String kind) {
        Counter counter = meters.find("notifications.unrouted").tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private static MimeMessage awaitOneEmail(String address) {
        List<MimeMessage> received = await().atMost(PATIENCE).until(() -> MailServer.messagesTo(address), m -> !m.isEmpty());
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> MailServer.messagesTo(address).size() == 1);
        return received.getFirst();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key is the assignment id, as plan-service sends it: one assignment's events stay in order. */
    private static void send(EventType type, String id, String assignmentId, String json) {
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(type, id, assignmentId, json);
        }
    }
}
