package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import vn.congdoan.contracts.EventType;
import vn.congdoan.testsupport.TestClock;
import vn.congdoan.testsupport.TestProducer;

/**
 * notification-service killed with SIGKILL in the middle of a stream of reminders, then started
 * again: nothing is lost (every officer's reminder is in their inbox, once, and delivered, and
 * every officer gets the e-mail), and what is repeated is bounded by what was in flight at the
 * crash (SMTP cannot take a message back: an e-mail sent just before the kill, whose outcome was not
 * yet recorded, goes again) and carries the Message-ID of its first sending.
 */
class NotificationCrashIT {
    private static final int UNITS = 1_000;
    /** notification.delivery.batch-size: at most one batch can be in flight at the crash. */
    private static final int IN_FLIGHT = 200;

    @Test
    void aCrashMidStreamLosesNoReminderAndRepeatsAtMostOneBatchOfEmail() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> officers = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            officers.add(Map.of("name", "Chủ tịch Công đoàn cơ sở số " + u, "unitId", unit(run, u), "role", "CHAIR",
                    "email", email(run, u), "phone", "0256 3822 " + (100 + u % 900), "language", "vi",
                    "preferences", Map.of("defaultChannels", List.of("IN_APP", "EMAIL"), "quietFrom", "00:00",
                            "quietTo", "00:00", "delivery", "IMMEDIATE")));
        }
        Platform.post(Platform.NOTIFICATION, "/api/officers/import", officers);
        LocalDate due = TestClock.today().plusDays(7);

        try (TestProducer producer = TestProducer.open()) {
            for (int u = 0; u < UNITS; u++) {
                String assignment = "crash-" + run + "-" + u;
                producer.sendEvent(EventType.TASK_DUE_SOON, "task-reminder:" + assignment + ":" + due + "/-7", assignment, """
                        {"assignmentId":"%s","planId":"p-crash","planNumber":"99/KH-LĐLĐ",
                         "taskTitle":"Báo cáo sơ kết 6 tháng đầu năm","unitId":"%s","dueDate":"%s","daysLeft":7}"""
                        .formatted(assignment, unit(run, u), due));
            }
        }
        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> emailsOfRun(run).size() >= UNITS / 10);
        int beforeCrash = emailsOfRun(run).size();
        long crashed = System.nanoTime();
        Platform.crashAndRestart(Platform.NOTIFICATION);
        long restarted = System.nanoTime();

        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(2))
                .until(() -> emailsOfRun(run).keySet().size() == UNITS);
        Map<String, Long> perAddress = emailsOfRun(run);
        long repeated = perAddress.values().stream().mapToLong(count -> count - 1).sum();
        System.out.printf("[crash] %d of %d officers e-mailed when SIGKILL came, %.1f s after the last event was sent; healthy again"
                        + " %.1f s later; all e-mailed %.1f s after that; %d e-mails repeated%n", beforeCrash, UNITS,
                (crashed - started) / 1e9, (restarted - crashed) / 1e9, (System.nanoTime() - restarted) / 1e9, repeated);
        assertThat(repeated).as("e-mails sent twice: only those in flight at the crash").isLessThanOrEqualTo(IN_FLIGHT);
        assertThat(messageIdsOfRun(run)).as("an e-mail sent again carries its first Message-ID, for clients to fold")
                .allSatisfy((address, ids) -> assertThat(ids).hasSize(1));
        for (int u = 0; u < UNITS; u += 50) {
            JsonNode inbox = Platform.get(Platform.NOTIFICATION, "/api/units/" + unit(run, u) + "/notifications");
            assertThat(inbox.get("items")).as("unit inbox of " + unit(run, u)).hasSize(1);
        }
        String officerId = officerOf(run, 0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode inbox = Platform.get(Platform.NOTIFICATION, "/api/officers/" + officerId + "/notifications");
            assertThat(inbox.get("items")).hasSize(1);
            assertThat(inbox.get("items").get(0).get("status").asString()).isEqualTo("SENT");
            assertThat(inbox.get("items").get(0).get("title").asString()).isEqualTo("Sắp đến hạn: Báo cáo sơ kết 6 tháng đầu năm");
        });
    }

    private static String unit(String run, int u) {
        return "cdcs-" + run + "-" + u;
    }

    private static String email(String run, int u) {
        return "chu.tich." + u + "@cdcs-" + run + ".congdoan.vn";
    }

    private static String officerOf(String run, int u) {
        JsonNode page = Platform.get(Platform.NOTIFICATION, "/api/officers?unitId=" + unit(run, u));
        return page.get("items").get(0).get("id").asString();
    }

    /** E-mails received so far for this run's officers, counted per address. */
    private static Map<String, Long> emailsOfRun(String run) {
        return Arrays.stream(Platform.mail().getReceivedMessages()).map(NotificationCrashIT::firstRecipient)
                .filter(address -> address.endsWith("@cdcs-" + run + ".congdoan.vn"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The Message-IDs received per address of this run. */
    private static Map<String, java.util.Set<String>> messageIdsOfRun(String run) {
        return Arrays.stream(Platform.mail().getReceivedMessages())
                .filter(message -> firstRecipient(message).endsWith("@cdcs-" + run + ".congdoan.vn"))
                .collect(Collectors.groupingBy(NotificationCrashIT::firstRecipient,
                        Collectors.mapping(NotificationCrashIT::messageId, Collectors.toSet())));
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            return e.toString();
        }
    }

    private static String firstRecipient(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null || to.length == 0 ? "" : to[0].toString();
        } catch (MessagingException e) {
            return "";
        }
    }
}
