package vn.congdoan.notification.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

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
import vn.congdoan.testsupport.TestProducer;

/** From reporting.reports and reporting.targets records to the right officers' inboxes and mailboxes. */
@NotificationServiceTest
class ReportAndTargetNotificationsIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String METRIC = "ĐVNLĐ trong các doanh nghiệp được học tập, quán triệt Nghị quyết";

    @Autowired
    RestTestClient http;
    @Autowired
    Officers officers;
    @Autowired
    Notifications notifications;

    @Test
    void aReturnedReportReachesTheReportingUnitAtOnceWithTheReasonInVietnamese() throws Exception {
        String unit = "cdcs-" + UUID.randomUUID();
        String parent = "huyen-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.officer("Nguyễn Thị Hồng", unit, "vi", ChannelType.IN_APP, ChannelType.EMAIL));
        Officer parentOfficer = officers.save(OfficerFixtures.officer("Phan Văn Khải", parent, "vi", ChannelType.IN_APP));

        send(EventType.REPORT_RETURNED, "returned-" + unit, "r-" + unit, """
                {"reportId":"r-%s","version":2,"planId":"p-45","unitId":"%s","parentUnitId":"%s","period":"2026",
                 "decidedBy":"Phan Văn Khải","comment":"Thiếu số liệu đoàn viên khu vực doanh nghiệp",
                 "decidedAt":"2026-12-05T03:00:00Z"}""".formatted(unit, unit, parent));

        MimeMessage email = await().atMost(PATIENCE).until(() -> MailServer.messagesTo(officer.email()), m -> !m.isEmpty()).getFirst();
        assertThat(email.getSubject()).isEqualTo("Báo cáo bị trả lại: kỳ 2026");
        assertThat(MailParts.text(email, "text/plain")).contains(
                "Lý do: “Thiếu số liệu đoàn viên khu vực doanh nghiệp”", "/reports/r-" + unit);
        assertThat(notifications.countByRecipientAndReadAtIsNull(parentOfficer.id())).isZero();
    }

    @Test
    void aSubmittedReportGoesToTheParentsOfficersInboxAtOnceAndItsEmailWaitsForTheDigest() {
        String unit = "cdcs-" + UUID.randomUUID();
        String parent = "huyen-" + UUID.randomUUID();
        Officer parentOfficer = officers.save(OfficerFixtures.officer("Đặng Thu Hà", parent, "vi", ChannelType.IN_APP, ChannelType.EMAIL));

        send(EventType.REPORT_SUBMITTED, "submitted-" + unit, "r-" + unit, """
                {"reportId":"r-%s","version":1,"planId":"p-45","unitId":"%s","parentUnitId":"%s","period":"2026",
                 "dueDate":"2026-11-30","submittedAt":"2026-11-28T02:00:00Z","onTime":true}""".formatted(unit, unit, parent));

        await().atMost(PATIENCE).until(() -> notifications.countByRecipientAndChannelAndReadAtIsNull(parentOfficer.id(), ChannelType.IN_APP) == 1);
        Notification email = notifications.findById(Notification.idOf("submitted-" + unit, parentOfficer.id(), ChannelType.EMAIL)).orElseThrow();
        assertThat(email.digest()).isTrue();
        assertThat(email.status()).isEqualTo(Notification.Status.PENDING);
        assertThat(email.body()).startsWith(unit + " đã nộp báo cáo kỳ 2026, đúng hạn (hạn 30/11/2026).");
    }

    @Test
    void aMissedTargetReachesTheScopeAndThePlanOwnerOnceEachInTheirLanguage() throws Exception {
        String scope = "huyen-" + UUID.randomUUID();
        String owner = "tinh-" + UUID.randomUUID();
        Officer local = officers.save(OfficerFixtures.officer("Lý Thị Mai", scope, "vi", ChannelType.EMAIL));
        Officer ownerEn = officers.save(OfficerFixtures.officer("Trần Văn Đức", owner, "en", ChannelType.EMAIL));

        String missed = targetMissed(scope, owner);
        send(EventType.TARGET_MISSED, "missed-" + scope, "p-45:t-study:" + scope + ":2026", missed);
        send(EventType.TARGET_MISSED, "missed-" + scope, "p-45:t-study:" + scope + ":2026", missed);

        MimeMessage email = awaitOnly(local.email());
        assertThat(email.getSubject()).isEqualTo("Chỉ tiêu chưa đạt năm 2026: " + scope);
        assertThat(MailParts.text(email, "text/plain")).contains("Chỉ tiêu chưa đạt: " + METRIC
                + " đạt 64% (32.000/50.000), yêu cầu từ 65% trở lên, năm 2026");
        assertThat(MailParts.text(awaitOnly(ownerEn.email()), "text/plain"))
                .contains("Target missed: " + METRIC + " reached 64% (32,000/50,000), required 65% or more, 2026");
    }

    @Test
    void aTargetOfThePlanOwnersOwnScopeReachesItsOfficersOnce() {
        String owner = "tinh-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.officer("Võ Thị Sáu", owner, "vi", ChannelType.IN_APP));

        send(EventType.TARGET_AT_RISK, "risk-" + owner, "p-45:t-study:" + owner + ":2026", targetMissed(owner, owner)
                .replace("\"evaluatedAt\"", "\"progressPercent\":40.5,\"elapsedPercent\":75.0,\"evaluatedAt\""));

        await().atMost(PATIENCE).until(() -> notifications.countByRecipientAndReadAtIsNull(officer.id()) == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                .until(() -> notifications.countByRecipientAndReadAtIsNull(officer.id()) == 1);
        SignedIn.as(http, officer).get().uri("/api/officers/{id}/notifications", officer.id()).exchange().expectBody()
                .jsonPath("$.items[0].kind").isEqualTo("TARGET_AT_RISK")
                .jsonPath("$.items[0].body").value(body -> assertThat((String) body)
                        .contains("tiến độ 40,5% so với 75% thời gian đã qua"));
    }

    private static String targetMissed(String scope, String owner) {
        return """
                {"evaluationId":"p-45:t-study:%s:2026","planId":"p-45","planNumber":"45/KH-LĐLĐ","ownerUnitId":"%s",
                 "unitId":"%s","target":{"id":"t-study","metric":"%s","comparator":"GTE","threshold":65,
                 "measure":"PERCENT_OF_MEMBERS","sector":"ENTERPRISE","level":null,"period":"YEARLY"},
                 "period":"2026","periodEnd":"2026-12-31","numerator":32000,"denominator":50000,"value":64.0,
                 "evaluatedAt":"2027-01-01T01:00:00Z"}""".formatted(scope, owner, scope, METRIC);
    }

    private static MimeMessage awaitOnly(String address) {
        List<MimeMessage> received = await().atMost(PATIENCE).until(() -> MailServer.messagesTo(address), m -> !m.isEmpty());
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> MailServer.messagesTo(address).size() == 1);
        return received.getFirst();
    }

    private static void send(EventType type, String id, String key, String json) {
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(type, id, key, json);
        }
    }
}
