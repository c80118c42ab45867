package vn.congdoan.notification.benchmark;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Where GreenMail's SMTP server puts every message of the benchmark: counted, and the first few
 * kept so that their subjects can be printed. GreenMail's own store creates a mailbox per address
 * by a linear search over the existing ones, which at 260,000 addresses would measure GreenMail.
 */
final class CountingMailbox implements GreenMailUser, MessageDeliveryHandler {
    private static final int KEPT = 3;
    private final AtomicLong received = new AtomicLong();
    private final List<MimeMessage> first = new CopyOnWriteArrayList<>();

    long received() {
        return received.get();
    }

    List<String> firstSubjects() {
        return first.stream().map(message -> {
            try {
                return message.getSubject();
            } catch (MessagingException e) {
                return e.toString();
            }
        }).toList();
    }

    @Override
    public GreenMailUser handle(MovingMessage message, com.icegreen.greenmail.mail.MailAddress address) {
        return this;
    }

    @Override
    public void deliver(MovingMessage message) {
        deliver(message.getMessage());
    }

    @Override
    public void deliver(MimeMessage message) {
        if (received.incrementAndGet() <= KEPT) {
            first.add(message);
        }
    }

    @Override
    public String getEmail() {
        return "benchmark@localhost";
    }

    @Override
    public String getLogin() {
        return getEmail();
    }

    @Override
    public void create() {
    }

    @Override
    public void delete() {
    }

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public void setPassword(String password) {
    }

    @Override
    public void authenticate(String password) {
    }

    @Override
    public String getQualifiedMailboxName() {
        return getEmail();
    }
}
