package vn.congdoan.notification.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import vn.congdoan.notification.delivery.DeliveryException;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.template.MessageTemplates;

/**
 * Builds UTF-8 multipart/alternative emails (plain text and HTML) in the officer's language: one
 * per notification, or one daily digest for several notifications to the same address. The ids
 * travel in the {@code X-Notification-Id} header, and the {@code Message-ID} derives from them (a
 * hash, at the sender's domain): an e-mail sent again after a crash, when SMTP had taken it but its
 * outcome was not yet recorded, carries the same Message-ID, so mail clients and servers that
 * deduplicate by it show it once. No header carries raw data ({@link MailHeaders}).
 */
@Component
class EmailComposer {
    private final JavaMailSender mail;
    private final MessageTemplates templates;
    private final EmailProperties properties;
    /** The sender's domain, the right-hand side of every Message-ID. */
    private final String domain;

    EmailComposer(JavaMailSender mail, MessageTemplates templates, EmailProperties properties) {
        this.mail = mail;
        this.templates = templates;
        this.properties = properties;
        String from = properties.from();
        String address = from.contains("<") ? from.substring(from.lastIndexOf('<') + 1, from.lastIndexOf('>')) : from;
        this.domain = address.substring(address.indexOf('@') + 1);
    }

    MimeMessage single(Notification notification) throws DeliveryException, MessagingException {
        MessageTemplates.EmailBody body = templates.email(
                new MessageTemplates.Message(notification.title(), notification.body()), notification.language(),
                notification.data());
        return message(notification.address(), notification.title(), body, notification.id());
    }

    /** One email for a day's notifications to one address, in the language of the first. */
    MimeMessage digest(List<Notification> notifications) throws DeliveryException, MessagingException {
        Notification first = notifications.getFirst();
        MessageTemplates.Digest digest = templates.digest(first.language(),
                notifications.stream().map(n -> new MessageTemplates.Message(n.title(), n.body())).toList(),
                notifications.stream().map(Notification::data).toList());
        return message(first.address(), digest.subject(), digest.body(),
                String.join(",", notifications.stream().map(Notification::id).toList()));
    }

    private MimeMessage message(String address, String subject, MessageTemplates.EmailBody body, String ids)
            throws DeliveryException, MessagingException {
        if (address == null || address.isBlank()) {
            throw new DeliveryException("the officer has no email address", null);
        }
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(address);
        helper.setSubject(MailHeaders.text(subject));
        helper.setText(body.text(), body.html());
        message.setHeader("X-Notification-Id", MailHeaders.token(ids));
        message.setHeader("Message-ID", messageId(ids));
        return message;
    }

    /** {@code <hash of the ids@sender's domain>}: the same notifications, the same Message-ID (Spring keeps one set explicitly). */
    private String messageId(String ids) {
        return "<" + HexFormat.of().formatHex(sha256(ids.getBytes(StandardCharsets.UTF_8)), 0, 16) + "@" + domain + ">";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
