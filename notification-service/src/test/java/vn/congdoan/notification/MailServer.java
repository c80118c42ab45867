package vn.congdoan.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once on a free port, and the
 * initializer that points the service's mail sender at it. Started by hand rather than by
 * GreenMail's JUnit extension because the Spring context, cached across test classes, must know
 * the port before it starts and keep it for the whole run.
 */
public final class MailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final GreenMail SMTP = start();

    private static GreenMail start() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop, "greenmail-stop"));
        return smtp;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail-server", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(SMTP.getSmtp().getPort()))));
    }

    /** Every message received so far that is addressed to {@code address}. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** How many messages received so far are addressed to any of {@code addresses}; one pass over the mailbox. */
    public static long countTo(java.util.Set<String> addresses) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> addresses.stream().anyMatch(a -> addressedTo(m, a))).count();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
