package vn.congdoan.notification.email;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import vn.congdoan.notification.delivery.Channel;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.DeliveryException;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.template.MessageTemplates;

/**
 * Email over SMTP: one UTF-8 multipart/alternative message (plain text and HTML) per
 * notification, worded in the officer's language. The notification id travels in the
 * {@code X-Notification-Id} header so a repeat after a crash can be recognised.
 */
@Component
class EmailChannel implements Channel {
    private final JavaMailSender mail;
    private final MessageTemplates templates;
    private final EmailProperties properties;

    EmailChannel(JavaMailSender mail, MessageTemplates templates, EmailProperties properties) {
        this.mail = mail;
        this.templates = templates;
        this.properties = properties;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public void send(Notification notification) throws DeliveryException {
        if (notification.address() == null || notification.address().isBlank()) {
            throw new DeliveryException("the officer has no email address", null);
        }
        try {
            mail.send(compose(notification));
        } catch (MailException | MessagingException e) {
            throw new DeliveryException("SMTP: " + e.getMessage(), e);
        }
    }

    MimeMessage compose(Notification notification) throws MessagingException {
        MessageTemplates.EmailBody body = templates.email(
                new MessageTemplates.Message(notification.title(), notification.body()), notification.language(),
                notification.data());
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(notification.address());
        helper.setSubject(notification.title());
        helper.setText(body.text(), body.html());
        message.setHeader("X-Notification-Id", notification.id());
        return message;
    }
}
