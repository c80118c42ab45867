package vn.congdoan.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.contracts.EventType;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.Notifications;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.OfficerFixtures;
import vn.congdoan.notification.officer.Officers;
import vn.congdoan.testsupport.TestProducer;
import vn.congdoan.testsupport.WebhookReceiver;

/** Signed webhooks to a real HTTP server on loopback, which the test configuration allow-lists. */
@NotificationServiceTest
class WebhookIT {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Autowired
    Officers officers;
    @Autowired
    Notifications notifications;

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
        receiver.redirect("/moved", receiver.url("/hook"));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aReminderIsPostedWithStandardWebhooksHeadersAndAValidSignature() {
        String unit = "cdcs-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.withWebhook("Hệ thống CĐ", unit, receiver.url("/hook")));
        send("hook-" + unit, unit);

        WebhookReceiver.Request hook = receiver.awaitFirst(Duration.ofSeconds(30));
        String id = Notification.idOf("hook-" + unit, officer.id(), ChannelType.WEBHOOK);
        assertThat(hook.header("webhook-id")).isEqualTo(id);
        assertThat(hook.header("webhook-signature")).isEqualTo(
                new WebhookSigner(SECRET).sign(id, Long.parseLong(hook.header("webhook-timestamp")), hook.body()));
        assertThat(hook.body()).contains("\"title\":\"Sắp đến hạn: Báo cáo năm\"", "\"type\":\"notification.task-due-soon\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.findById(id).orElseThrow().status()
                == Notification.Status.SENT);
    }

    @Test
    void aRedirectIsNotFollowedAndTheAttemptFails() {
        String unit = "cdcs-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.withWebhook("Hệ thống CĐ", unit, receiver.url("/moved")));
        send("moved-" + unit, unit);

        String id = Notification.idOf("moved-" + unit, officer.id(), ChannelType.WEBHOOK);
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications.findById(id).map(Notification::failureReason)
                .orElse(""), reason -> reason != null && reason.contains("redirects are not followed"));
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void anInternalAddressThatIsNotAllowListedIsRefused() {
        String unit = "cdcs-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.withWebhook("Hệ thống CĐ", unit, "http://169.254.169.254/latest/meta-data"));
        send("metadata-" + unit, unit);

        String id = Notification.idOf("metadata-" + unit, officer.id(), ChannelType.WEBHOOK);
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications.findById(id).map(Notification::failureReason)
                .orElse(""), reason -> reason != null && reason.startsWith("refused: 169.254.169.254"));
    }

    private static void send(String eventId, String unit) {
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.TASK_DUE_SOON, eventId, "a-" + unit, """
                    {"assignmentId":"a-%s","planId":"p-45","planNumber":"45/KH-LĐLĐ","taskTitle":"Báo cáo năm",
                     "unitId":"%s","dueDate":"2026-11-30","daysLeft":3}""".formatted(unit, unit));
        }
    }
}
