package vn.congdoan.notification.email;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import vn.congdoan.notification.delivery.Channel;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.DeliveryException;
import vn.congdoan.notification.delivery.Notification;

/**
 * Email over SMTP. A batch goes over one SMTP connection, far cheaper per message than a
 * connection each (figures in docs/benchmarks.md). Notifications held for a daily digest go out as one
 * message per address; they succeed or fail together.
 */
@Component
class EmailChannel implements Channel {
    private final JavaMailSender mail;
    private final EmailComposer composer;

    EmailChannel(JavaMailSender mail, EmailComposer composer) {
        this.mail = mail;
        this.composer = composer;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public void send(Notification notification) throws DeliveryException {
        String reason = sendAll(List.of(notification)).get(notification.id());
        if (reason != null) {
            throw new DeliveryException(reason, null);
        }
    }

    @Override
    public Map<String, String> sendAll(List<Notification> notifications) {
        Map<String, String> failures = new HashMap<>();
        Map<MimeMessage, List<Notification>> messages = new IdentityHashMap<>();
        Map<String, List<Notification>> digests = new LinkedHashMap<>();
        for (Notification notification : notifications) {
            if (notification.digest()) {
                digests.computeIfAbsent(String.valueOf(notification.address()), a -> new ArrayList<>()).add(notification);
            } else {
                compose(List.of(notification), messages, failures);
            }
        }
        digests.values().forEach(group -> compose(group, messages, failures));
        if (!messages.isEmpty()) {
            transmit(messages, failures);
        }
        return failures;
    }

    private void compose(List<Notification> group, Map<MimeMessage, List<Notification>> messages,
                         Map<String, String> failures) {
        try {
            messages.put(group.size() == 1 && !group.getFirst().digest()
                    ? composer.single(group.getFirst()) : composer.digest(group), group);
        } catch (DeliveryException | MessagingException e) {
            group.forEach(n -> failures.put(n.id(), e.getMessage()));
        }
    }

    private void transmit(Map<MimeMessage, List<Notification>> messages, Map<String, String> failures) {
        try {
            mail.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                failAll(messages.values(), "SMTP: " + e.getMessage(), failures);
            }
            e.getFailedMessages().forEach((message, cause) ->
                    failAll(List.of(messages.get(message)), "SMTP: " + cause.getMessage(), failures));
        } catch (MailException e) {
            failAll(messages.values(), "SMTP: " + e.getMessage(), failures);
        }
    }

    private static void failAll(Iterable<List<Notification>> groups, String reason, Map<String, String> failures) {
        groups.forEach(group -> group.forEach(n -> failures.put(n.id(), reason)));
    }
}
