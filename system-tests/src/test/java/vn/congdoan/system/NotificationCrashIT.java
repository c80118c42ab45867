package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
    /**
     * The dispatcher hands e-mails to the SMTP server one at a time and marks each sent before the
     * next: at most the one being handed over at the kill can go again (before, the whole batch of
     * up to 200; 16 and 18 of 1,000 were repeated in two measured runs).
     */
    private static final int IN_FLIGHT = 1;
    /** Every 50th union's inbox is read, by its own officer: 20 of them ({@link People#SAMPLES}). */
    private static final int SAMPLE_EVERY = UNITS / People.SAMPLES;

    @Test
    void aCrashMidStreamLosesNoReminderAndRepeatsAtMostTheEmailInFlight() {
        SeedPlan province = new SeedPlan().unit("province", "Liên đoàn Lao động tỉnh Bình Định", "PROVINCIAL", null, null);
        String run = province.runId;
        Caller staff = province.as("province");
        Map<Integer, String> units = grassrootsUnions(province);
        List<Map<String, Object>> officers = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            officers.add(Map.of("name", "Chủ tịch Công đoàn cơ sở số " + u, "unitId", units.get(u), "role", "CHAIR",
                    "email", email(province, u), "phone", "0256 3822 " + (100 + u % 900), "language", "vi",
                    "preferences", Map.of("defaultChannels", List.of("IN_APP", "EMAIL"), "quietFrom", "00:00",
                            "quietTo", "00:00", "delivery", "IMMEDIATE")));
        }
        // once notification-service has the new unions in its copy of the directory
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                staff.post(Platform.NOTIFICATION, "/api/officers/import", officers) != null);
        LocalDate due = TestClock.today().plusDays(7);

        try (TestProducer producer = TestProducer.open()) {
            for (int u = 0; u < UNITS; u++) {
                String assignment = "crash-" + run + "-" + u;
                producer.sendEvent(EventType.TASK_DUE_SOON, "task-reminder:" + assignment + ":" + due + "/-7", assignment, """
                        {"assignmentId":"%s","planId":"p-crash","planNumber":"99/KH-LĐLĐ",
                         "taskTitle":"Báo cáo sơ kết 6 tháng đầu năm","unitId":"%s","dueDate":"%s","daysLeft":7}"""
                        .formatted(assignment, units.get(u), due));
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
        for (int u = 0; u < UNITS; u += SAMPLE_EVERY) {
            JsonNode inbox = province.as(People.sample(u / SAMPLE_EVERY)).get(Platform.NOTIFICATION,
                    "/api/units/" + units.get(u) + "/notifications");
            assertThat(inbox.get("items")).as("unit inbox of union " + u + ", read by its officer").hasSize(1);
        }
        String officerId = staff.get(Platform.NOTIFICATION, "/api/officers?unitId=" + units.get(0)).get("items").get(0).get("id").asString();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode inbox = province.as(People.sample(0)).get(Platform.NOTIFICATION, "/api/officers/" + officerId + "/notifications");
            assertThat(inbox.get("items")).hasSize(1);
            assertThat(inbox.get("items").get(0).get("status").asString()).isEqualTo("SENT");
            assertThat(inbox.get("items").get(0).get("title").asString()).isEqualTo("Sắp đến hạn: Báo cáo sơ kết 6 tháng đầu năm");
        });
    }

    /**
     * {@value #UNITS} grassroots unions under the province, imported by its staff as one CSV; every
     * {@value #SAMPLE_EVERY}th has a person of its own ({@link People#sample}), to read its inbox.
     * Returns their ids by number.
     */
    private static Map<Integer, String> grassrootsUnions(SeedPlan province) {
        StringBuilder csv = new StringBuilder("code,name,level,sector,parentCode,openedOn,closedOn\n");
        for (int u = 0; u < UNITS; u++) {
            csv.append(code(province, u)).append(",Công đoàn cơ sở số ").append(u).append(",GRASSROOTS,ENTERPRISE,")
                    .append(province.code("province")).append(",2000-01-01,\n");
        }
        Caller staff = province.as("province");
        staff.post(Platform.PLAN, "/api/units/import", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
        Map<String, String> idsByCode = new java.util.HashMap<>();
        for (int page = 0; idsByCode.size() < UNITS; page++) {
            JsonNode items = staff.get(Platform.PLAN, "/api/units?size=500&page=" + page + "&parentId=" + province.province()).get("items");
            if (items.isEmpty()) {
                throw new AssertionError("only " + idsByCode.size() + " unions found under the province");
            }
            items.forEach(unit -> idsByCode.put(unit.get("code").asString(), unit.get("id").asString()));
        }
        Map<Integer, String> ids = new java.util.HashMap<>();
        for (int u = 0; u < UNITS; u++) {
            ids.put(u, idsByCode.get(code(province, u)));
        }
        return ids;
    }

    private static String code(SeedPlan province, int u) {
        return province.code(u % SAMPLE_EVERY == 0 ? People.sample(u / SAMPLE_EVERY) : "union-" + u);
    }

    /** Every 50th union's officer is the person who signs in for it (notification-service knows them by e-mail). */
    private static String email(SeedPlan province, int u) {
        return u % SAMPLE_EVERY == 0 ? province.email(People.sample(u / SAMPLE_EVERY)) : "chu.tich." + u + domain(province.runId);
    }

    /** The domain of this run's officers' addresses. */
    private static String domain(String run) {
        return "@" + run + ".congdoan.test";
    }

    /** E-mails received so far for this run's officers, counted per address. */
    private static Map<String, Long> emailsOfRun(String run) {
        return Arrays.stream(Platform.mail().getReceivedMessages()).map(NotificationCrashIT::firstRecipient)
                .filter(address -> address.endsWith(domain(run)))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The Message-IDs received per address of this run. */
    private static Map<String, java.util.Set<String>> messageIdsOfRun(String run) {
        return Arrays.stream(Platform.mail().getReceivedMessages())
                .filter(message -> firstRecipient(message).endsWith(domain(run)))
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
