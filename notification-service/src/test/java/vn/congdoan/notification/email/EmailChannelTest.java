package vn.congdoan.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.DeliveryException;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.NotificationKind;
import vn.congdoan.notification.template.MessageTemplates;
import vn.congdoan.notification.template.TemplateFixtures;

/** Against a real SMTP server in this JVM; GreenMail's JUnit 5 extension runs under Jupiter 6. */
class EmailChannelTest {
    private static final java.time.Clock SENDING_CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-20T01:00:00Z"),
            java.time.ZoneOffset.UTC);
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final MessageTemplates templates = TemplateFixtures.templates();

    @Test
    void sendsAVietnameseReminderWhoseDiacriticsSurviveSmtp() throws Exception {
        channel().send(reminderTo("chu.tich@cdcs-may10.vn"));

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Sắp đến hạn: Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("LĐLĐ tỉnh");
        assertThat(received.getHeader("X-Notification-Id")).containsExactly("e1|o1|EMAIL");
        assertThat(MailParts.text(received, "text/plain")).contains(
                "Nhiệm vụ “Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh” đến hạn ngày 30/11/2026, còn 7 ngày.",
                "Kế hoạch: 45/KH-LĐLĐ", "https://kehoach.congdoan.vn/plans/p-45/assignments/a1");
        assertThat(MailParts.text(received, "text/html")).contains("<h2 style=\"color: #b71c1c;\">Sắp đến hạn:",
                "<td>30/11/2026</td>");
        assertThat(GreenMailUtil.getBody(received)).containsIgnoringWhitespaces("text/plain; charset=UTF-8", "text/html;charset=UTF-8");
    }

    @Test
    void anEmailSentAgainAfterACrashCarriesTheSameMessageIdAndAnotherNotificationADifferentOne() throws Exception {
        channel().send(reminderTo("chu.tich@cdcs-may10.vn"));
        channel().send(reminderTo("chu.tich@cdcs-may10.vn"));
        channel().send(withId(reminderTo("chu.tich@cdcs-may10.vn"), "e2|o1|EMAIL"));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(received[0].getMessageID()).matches("<[0-9a-f]{32}@congdoan\\.local>")
                .isEqualTo(received[1].getMessageID()).isNotEqualTo(received[2].getMessageID());
    }

    @Test
    void refusesANotificationWithoutAnAddressSoTheDispatcherRecordsWhy() {
        Notification noAddress = reminderTo(null);

        assertThatThrownBy(() -> channel().send(noAddress)).isInstanceOf(DeliveryException.class)
                .hasMessageContaining("no email address");
    }

    @Test
    void aBatchGoesOutTogetherAndOnlyTheNotificationWithoutAnAddressFails() {
        Notification first = reminderTo("chu.tich@cdcs-may10.vn");
        Notification unaddressed = withId(reminderTo(null), "e1|o2|EMAIL");
        Notification second = withId(reminderTo("pho.chu.tich@cdcs-may10.vn"), "e1|o3|EMAIL");

        Map<String, String> failures = channel().sendAll(List.of(first, unaddressed, second));

        assertThat(failures).containsOnlyKeys("e1|o2|EMAIL");
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void anUnreachableSmtpServerFailsEveryNotificationOfTheBatchWithTheReason() {
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1);
        EmailChannel channel = new EmailChannel(nowhere,
                new EmailComposer(nowhere, templates, new EmailProperties("thongbao@congdoan.local")), SENDING_CLOCK);

        Map<String, String> failures = channel.sendAll(List.of(reminderTo("a@congdoan.vn"), withId(reminderTo("b@congdoan.vn"), "x")));

        assertThat(failures).containsOnlyKeys("e1|o1|EMAIL", "x").allSatisfy((id, reason) -> assertThat(reason).startsWith("SMTP:"));
    }

    @Test
    void aDaysNotificationsForAnOfficerWhoChoseADigestGoOutAsOneEmail() throws Exception {
        Notification first = asDigest(reminderTo("digest@cdcs-may10.vn"), "e1|o9|EMAIL");
        Notification second = asDigest(reminderTo("digest@cdcs-may10.vn"), "e2|o9|EMAIL");

        assertThat(channel().sendAll(List.of(first, second))).isEmpty();

        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(digest -> {
            assertThat(digest.getSubject()).isEqualTo("Tóm tắt thông báo trong ngày: 2 việc cần chú ý");
            assertThat(MailParts.text(digest, "text/plain")).contains("* Sắp đến hạn: Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh",
                    "Xem: https://kehoach.congdoan.vn/plans/p-45/assignments/a1");
            assertThat(digest.getHeader("X-Notification-Id")).containsExactly("e1|o9|EMAIL,e2|o9|EMAIL");
        });
    }

    @Test
    void anIdOrATitleCarryingLineBreaksCannotAddAHeaderOrARecipient() throws Exception {
        Notification forged = withId(reminderTo("chu.tich@cdcs-may10.vn"), "t1\r\nBcc: spy@evil.example\r\nX-A: b|o1|EMAIL");
        Notification titled = new Notification(forged.id(), forged.eventId(), forged.kind(), forged.unitId(), forged.recipient(),
                forged.channel(), forged.address(), forged.language(), "Hạn nộp\r\nBcc: spy2@evil.example", forged.body(),
                forged.data(), forged.status(), forged.attempts(), forged.nextAttemptAt(), null, forged.createdAt(), null, null,
                false);

        channel().send(titled);

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(received.getHeader("X-A")).isNull();
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("chu.tich@cdcs-may10.vn");
        assertThat(received.getHeader("X-Notification-Id"))
                .containsExactly("t1%0D%0ABcc:%20spy%40evil.example%0D%0AX-A:%20b|o1|EMAIL");
        assertThat(received.getSubject()).isEqualTo("Hạn nộp  Bcc: spy2@evil.example");
    }

    private static Notification asDigest(Notification n, String id) {
        return new Notification(id, n.eventId(), n.kind(), n.unitId(), n.recipient(), n.channel(), n.address(), n.language(),
                n.title(), n.body(), n.data(), n.status(), n.attempts(), n.nextAttemptAt(), null, n.createdAt(), null, null, true);
    }

    private static Notification withId(Notification n, String id) {
        return new Notification(id, n.eventId(), n.kind(), n.unitId(), n.recipient(), n.channel(), n.address(), n.language(),
                n.title(), n.body(), n.data(), n.status(), n.attempts(), n.nextAttemptAt(), null, n.createdAt(), null, null, n.digest());
    }

    private EmailChannel channel() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return new EmailChannel(sender, new EmailComposer(sender, templates, new EmailProperties("LĐLĐ tỉnh <thongbao@congdoan.local>")), SENDING_CLOCK);
    }

    private static final Instant SENT_AT = Instant.parse("2026-11-23T01:00:00Z");

    private Notification reminderTo(String address) {
        var data = TemplateFixtures.annualReportSevenDaysAhead();
        var message = templates.message(NotificationKind.TASK_DUE_SOON, "vi", data);
        return new Notification("e1|o1|EMAIL", "e1", NotificationKind.TASK_DUE_SOON, "cdcs-may-10", "o1",
                ChannelType.EMAIL, address, "vi", message.title(), message.body(), data, Notification.Status.PENDING, 1,
                SENT_AT, null, SENT_AT, null, null, false);
    }
}
