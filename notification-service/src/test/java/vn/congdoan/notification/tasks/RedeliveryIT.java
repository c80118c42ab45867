package vn.congdoan.notification.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.congdoan.contracts.EventType;
import vn.congdoan.notification.MailServer;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.OfficerFixtures;
import vn.congdoan.notification.officer.Officers;
import vn.congdoan.testsupport.TestProducer;

/** At-least-once delivery from Kafka, exactly one notification and one email per (event, officer, channel). */
@NotificationServiceTest
class RedeliveryIT {
    private static final int EVENTS = 1_000;
    private static final int UNITS = 50;

    @Autowired
    Officers officers;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theSameThousandRemindersSentTwiceMakeExactlyOneNotificationPerEventOfficerAndChannel() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> units = new ArrayList<>();
        List<Officer> staff = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            String unit = "cdcs-" + run + "-" + u;
            units.add(unit);
            staff.add(officers.save(OfficerFixtures.officer("Cán bộ A " + u, unit, "vi", ChannelType.IN_APP, ChannelType.EMAIL)));
            staff.add(officers.save(OfficerFixtures.officer("Cán bộ B " + u, unit, "vi", ChannelType.IN_APP, ChannelType.EMAIL)));
        }

        long started = System.nanoTime();
        sendEveryEventTwice(run, units);
        Query ours = Query.query(Criteria.where("unitId").in(units));
        int expected = EVENTS * 2 * 2 + EVENTS;
        long sent = System.nanoTime();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> mongo.count(ours, Notification.class) >= expected);
        long stored = System.nanoTime();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> emailsTo(staff) >= EVENTS * 2);
        System.out.printf("[redelivery] %d records sent in %d ms; %d notifications stored after %d ms; %d emails received after %d ms%n",
                EVENTS * 2, (sent - started) / 1_000_000, expected, (stored - started) / 1_000_000,
                EVENTS * 2, (System.nanoTime() - started) / 1_000_000);

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> mongo.count(ours, Notification.class) == expected && emailsTo(staff) == EVENTS * 2);
        Map<String, Long> perKey = mongo.find(ours, Notification.class).stream().collect(Collectors.groupingBy(
                n -> n.eventId() + "|" + n.recipient() + "|" + n.channel(), Collectors.counting()));
        assertThat(perKey).hasSize(expected).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
        assertThat(mongo.find(ours, Notification.class)).extracting(Notification::status)
                .containsOnly(Notification.Status.SENT);
    }

    private void sendEveryEventTwice(String run, List<String> units) {
        try (TestProducer producer = TestProducer.open()) {
            for (int pass = 0; pass < 2; pass++) {
                for (int e = 0; e < EVENTS; e++) {
                    String unit = units.get(e % UNITS);
                    String assignment = "a-" + run + "-" + e;
                    producer.send(EventType.TASK_DUE_SOON.topic().topicName(), assignment,
                            TaskEvents.dueSoon(assignment, unit, 7).getBytes(StandardCharsets.UTF_8),
                            TestProducer.cloudEventHeaders(EventType.TASK_DUE_SOON.ceType(),
                                    "task-reminder:" + assignment + ":2026-11-30/-7", assignment));
                }
            }
        }
    }

    private static long emailsTo(List<Officer> staff) {
        return MailServer.countTo(staff.stream().map(Officer::email).collect(Collectors.toSet()));
    }

}
