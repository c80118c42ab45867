package vn.congdoan.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The e-mails the services sent to the system tests' SMTP server ({@link Platform#mail}). */
final class Mails {

    private Mails() {
    }

    /** The first e-mail to {@code address} that {@code matches}, waiting up to 90 s for it. */
    static MimeMessage awaitMessage(String address, Predicate<MimeMessage> matches) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> Arrays.stream(Platform.mail().getReceivedMessages())
                .filter(m -> addressedTo(m, address)).filter(matches).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The decoded text/plain part, wherever it sits in the multipart tree. */
    static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(plainText(multipart.getBodyPart(i)));
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("cannot read an e-mail: " + e, e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read an e-mail's subject: " + e, e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
