package vn.congdoan.notification.email;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
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
    private final JavaMailSenderImpl mail;
    private final EmailComposer composer;
    private final Clock clock;

    EmailChannel(JavaMailSenderImpl mail, EmailComposer composer, Clock clock) {
        this.mail = mail;
        this.composer = composer;
        this.clock = clock;
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
    public Map<String, String> sendAll(List<Notification> notifications, Consumer<List<Notification>> delivered) {
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
            transmit(messages, failures, delivered);
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

    /**
     * Hands the messages to the SMTP server one by one over one connection (the cost of a batch,
     * ~3 ms a message) and reports each as delivered as soon as the server has taken it.
     */
    private void transmit(Map<MimeMessage, List<Notification>> messages, Map<String, String> failures,
                          Consumer<List<Notification>> delivered) {
        Transport transport;
        try {
            transport = mail.getSession().getTransport(mail.getProtocol() == null ? "smtp" : mail.getProtocol());
            transport.connect(mail.getHost(), mail.getPort(), mail.getUsername(), mail.getPassword());
        } catch (MessagingException e) {
            failAll(messages.values(), "SMTP: " + e.getMessage(), failures);
            return;
        }
        try (transport) {
            for (Map.Entry<MimeMessage, List<Notification>> message : messages.entrySet()) {
                try {
                    transport.sendMessage(prepared(message.getKey()), message.getKey().getAllRecipients());
                } catch (MessagingException e) {
                    failAll(List.of(message.getValue()), "SMTP: " + e.getMessage(), failures);
                    continue;
                }
                delivered.accept(message.getValue());
            }
        } catch (MessagingException closing) {
            // every message was handed over and reported before the connection closed
        }
    }

    /** As Spring's sender does: dated, the headers brought up to date, and the Message-ID kept. */
    private MimeMessage prepared(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(Date.from(clock.instant()));
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
        return message;
    }

    private static void failAll(Iterable<List<Notification>> groups, String reason, Map<String, String> failures) {
        groups.forEach(group -> group.forEach(n -> failures.put(n.id(), reason)));
    }
}
