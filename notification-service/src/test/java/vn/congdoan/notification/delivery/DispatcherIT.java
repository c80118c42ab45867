package vn.congdoan.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.congdoan.contracts.EventType;
import vn.congdoan.contracts.Topic;
import vn.congdoan.events.Outbox;
import vn.congdoan.notification.MailServer;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.officer.DeliveryMode;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.OfficerFixtures;
import vn.congdoan.notification.officer.Officers;
import vn.congdoan.notification.officer.QuietHours;
import vn.congdoan.testsupport.ContractAssertions;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.TestProducer;

/** The delivery state machine against the running dispatcher, the MongoDB stand-in and GreenMail. */
@NotificationServiceTest
class DispatcherIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Notifications notifications;
    @Autowired
    Officers officers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DeliveryQueue queue;
    @Autowired
    Clock clock;
    @Autowired
    Outbox outbox;
    @Autowired
    List<Channel> channels;
    @Autowired
    DeliveryProperties properties;

    @Test
    void aNotificationStoredByAProcessThatDiedBeforeDeliveringIsDeliveredOnce() {
        String address = "resume-" + UUID.randomUUID() + "@congdoan.vn";
        Notification stored = store(pendingEmail(address, 0, clock.instant().minusSeconds(1)));

        await().atMost(PATIENCE).until(() -> status(stored) == Notification.Status.SENT);
        assertThat(notifications.findById(stored.id()).orElseThrow().attempts()).isEqualTo(1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> MailServer.messagesTo(address).size() == 1);
    }

    @Test
    void aDeliveredNotificationIsPublishedAsCataloguedOnNotificationDeliveries() {
        String address = "published-" + UUID.randomUUID() + "@congdoan.vn";
        try (KafkaProbe deliveries = KafkaProbe.open(Topic.NOTIFICATION_DELIVERIES.topicName())) {
            Notification stored = store(pendingEmail(address, 0, clock.instant().minusSeconds(1)));

            ConsumerRecord<String, byte[]> delivered = deliveries.awaitRecord(
                    KafkaProbe.withHeader("ce_id", "delivered:" + stored.id()));
            assertThat(ContractAssertions.assertConformsToCatalogue(delivered)).isEqualTo(EventType.NOTIFICATION_DELIVERED);
            assertThat(delivered.key()).isEqualTo(stored.id());
            assertThat(KafkaProbe.value(delivered)).contains("\"channel\":\"EMAIL\"", "\"attempts\":1",
                    "\"eventId\":\"" + stored.eventId() + "\"");
        }
    }

    @Test
    void aClaimWhoseDispatcherDiedIsTakenOverWhenItsLeaseRunsOut() {
        String address = "lease-" + UUID.randomUUID() + "@congdoan.vn";
        Notification expired = store(pendingEmail(address, 1, clock.instant().minusSeconds(1)));

        await().atMost(PATIENCE).until(() -> status(expired) == Notification.Status.SENT);
        assertThat(notifications.findById(expired.id()).orElseThrow().attempts()).isEqualTo(2);
        assertThat(MailServer.messagesTo(address)).hasSize(1);
    }

    @Test
    void aClaimStillHeldByAnotherDispatcherIsLeftAlone() {
        String address = "held-" + UUID.randomUUID() + "@congdoan.vn";
        Notification held = store(pendingEmail(address, 1, clock.instant().plusSeconds(120)));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> status(held) == Notification.Status.PENDING && MailServer.messagesTo(address).isEmpty());
    }

    @Test
    void anAttemptIsTakenByOneDispatcherOnly() {
        Instant later = clock.instant().plusSeconds(600);
        Notification stored = store(pendingEmail("once-" + UUID.randomUUID() + "@congdoan.vn", 0, later));
        DeliveryQueue.Entry entry = queue.due(later, Integer.MAX_VALUE).stream()
                .filter(e -> e.notificationId().equals(stored.id())).findFirst().orElseThrow();

        assertThat(queue.takeAll(List.of(entry), later.plusSeconds(120))).singleElement()
                .satisfies(taken -> assertThat(taken.attempts()).isEqualTo(1));
        assertThat(queue.takeAll(List.of(entry), later.plusSeconds(120))).isEmpty();
        assertThat(queue.due(later.plusSeconds(120), Integer.MAX_VALUE)).filteredOn(e -> e.notificationId().equals(stored.id()))
                .singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
    }

    /**
     * No scheduler lock keeps dispatchers apart: the claims do. Two more dispatchers, as on two more
     * instances, and the service's own take the same due deliveries at the same moment, in small
     * batches so that they contend: each delivery is e-mailed exactly once, and the work is shared.
     */
    @Test
    void dispatchersOfSeveralInstancesShareTheDeliveriesAndNeverSendOneTwice() throws Exception {
        Instant due = clock.instant().plusSeconds(2);
        String run = UUID.randomUUID().toString();
        List<String> addresses = IntStream.range(0, 240).mapToObj(i -> "parallel-" + i + "-" + run + "@congdoan.vn").toList();
        List<Notification> stored = notifications.insert(addresses.stream().map(a -> pendingEmail(a, 0, due)).toList());
        queue.addAll(stored);
        Query unsent = Query.query(Criteria.where("_id").in(stored.stream().map(Notification::id).toList())
                .and("status").is(Notification.Status.PENDING.name()));
        List<SimpleMeterRegistry> counted = List.of(new SimpleMeterRegistry(), new SimpleMeterRegistry());

        try (ExecutorService instances = Executors.newFixedThreadPool(counted.size())) {
            List<Future<?>> running = counted.stream().<Future<?>>map(meters -> instances.submit(() -> {
                Dispatcher dispatcher = new Dispatcher(new Deliveries(mongo, queue, outbox, meters), channels,
                        new DeliveryProperties(20, properties.claimLease(), 5, Duration.ofSeconds(30), Duration.ofHours(1)), clock);
                await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
                    dispatcher.dispatchDue();
                    return !mongo.exists(unsent, Notification.class);
                });
            })).toList();
            for (Future<?> instance : running) {
                instance.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        }

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> MailServer.countTo(Set.copyOf(addresses)) == addresses.size());
        assertThat(addresses).allSatisfy(address -> assertThat(MailServer.messagesTo(address)).as(address).hasSize(1));
        System.out.printf("[dispatchers] of %d deliveries, the two added dispatchers sent %.0f and %.0f, the service's own the rest%n",
                addresses.size(), sent(counted.get(0)), sent(counted.get(1)));
        assertThat(counted).as("e-mails sent by each added dispatcher")
                .allSatisfy(meters -> assertThat(sent(meters)).isPositive());
        assertThat(notifications.findAllById(stored.stream().map(Notification::id).toList()))
                .allSatisfy(n -> assertThat(n.attempts()).isEqualTo(1));
    }

    /**
     * A dispatcher read the queue just before another took the entry; the other has made the
     * attempt and removed its entry since (failed for good, not yet marked): the late one's claim
     * gets the attempt's key, yet must not make the attempt again.
     */
    @Test
    void anAttemptAnotherDispatcherHasMadeIsNotMadeAgainByOneThatReadTheQueueBefore() {
        Notification attempted = notifications.insert(pendingEmail("late-" + UUID.randomUUID() + "@congdoan.vn", 1,
                clock.instant().minusSeconds(1)));
        DeliveryQueue.Entry readBefore = new DeliveryQueue.Entry(attempted.id() + "#0", attempted.id(), 0, clock.instant().minusSeconds(5));

        Deliveries late = new Deliveries(mongo, queue, outbox, new SimpleMeterRegistry());
        assertThat(late.claim(List.of(readBefore), clock.instant(), properties.claimLease())).isEmpty();
        assertThat(queue.due(clock.instant().plusSeconds(3600), Integer.MAX_VALUE))
                .noneMatch(entry -> entry.notificationId().equals(attempted.id()));
        assertThat(notifications.findById(attempted.id()).orElseThrow().attempts()).isEqualTo(1);
    }

    private static double sent(SimpleMeterRegistry meters) {
        return meters.find("notifications.delivered").tag("outcome", "sent").counters().stream().mapToDouble(Counter::count).sum();
    }

    @Test
    void aFailedAttemptIsRetriedLaterWithTheReasonRecorded() {
        Notification stored = store(pendingEmail(null, 0, clock.instant().minusSeconds(1)));

        await().atMost(PATIENCE).until(() -> notifications.findById(stored.id()).orElseThrow().attempts() == 1);
        await().atMost(PATIENCE).untilAsserted(() -> {
            Notification retrying = notifications.findById(stored.id()).orElseThrow();
            assertThat(retrying.status()).isEqualTo(Notification.Status.PENDING);
            assertThat(retrying.failureReason()).isEqualTo("the officer has no email address");
            assertThat(retrying.nextAttemptAt()).isBetween(clock.instant().plusSeconds(20), clock.instant().plusSeconds(31));
        });
    }

    @Test
    void theLastFailedAttemptMarksTheNotificationFailedAndPublishesWhy() {
        try (KafkaProbe deliveries = KafkaProbe.open(Topic.NOTIFICATION_DELIVERIES.topicName())) {
            Notification stored = store(pendingEmail(null, 4, clock.instant().minusSeconds(1)));

            await().atMost(PATIENCE).until(() -> status(stored) == Notification.Status.FAILED);
            Notification failed = notifications.findById(stored.id()).orElseThrow();
            assertThat(failed.attempts()).isEqualTo(5);
            assertThat(failed.failureReason()).isEqualTo("the officer has no email address");
            ConsumerRecord<String, byte[]> event = deliveries.awaitRecord(KafkaProbe.withHeader("ce_id", "failed:" + stored.id()));
            assertThat(KafkaProbe.value(event)).contains("\"attempts\":5");
        }
    }

    @Test
    void aChannelWithoutAnAdapterFailsWithTheReasonInsteadOfVanishing() {
        String unit = "cdcs-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.officer("Hà Văn Zalo", unit, "vi", ChannelType.ZALO));
        String id = Notification.idOf("zalo-" + unit, officer.id(), ChannelType.ZALO);
        try (KafkaProbe deliveries = KafkaProbe.open(Topic.NOTIFICATION_DELIVERIES.topicName())) {
            send("zalo-" + unit, unit);

            await().atMost(PATIENCE).until(() -> notifications.findById(id).map(Notification::status).orElse(null)
                    == Notification.Status.FAILED);
            assertThat(notifications.findById(id).orElseThrow().failureReason()).isEqualTo("no ZALO channel is available yet");
            ConsumerRecord<String, byte[]> failed = deliveries.awaitRecord(KafkaProbe.withHeader("ce_id", "failed:" + id));
            assertThat(ContractAssertions.assertConformsToCatalogue(failed)).isEqualTo(EventType.NOTIFICATION_FAILED);
            assertThat(KafkaProbe.value(failed)).contains("\"reason\":\"no ZALO channel is available yet\"");
        }
    }

    @Test
    void emailDuringAnOfficersQuietHoursWaitsUntilTheyEndWhileTheInboxGetsItAtOnce() {
        ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");
        LocalTime now = LocalTime.now(clock.withZone(hanoi)).withSecond(0).withNano(0);
        QuietHours aroundNow = new QuietHours(now.minusHours(1), now.plusHours(1));
        String unit = "cdcs-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.officer("Đinh Thị Đêm", unit, "vi", aroundNow,
                ChannelType.IN_APP, ChannelType.EMAIL));
        send("quiet-" + unit, unit);

        String inApp = Notification.idOf("quiet-" + unit, officer.id(), ChannelType.IN_APP);
        String email = Notification.idOf("quiet-" + unit, officer.id(), ChannelType.EMAIL);
        await().atMost(PATIENCE).until(() -> notifications.findById(inApp).map(Notification::status).orElse(null)
                == Notification.Status.SENT);
        Notification waiting = notifications.findById(email).orElseThrow();
        assertThat(waiting.status()).isEqualTo(Notification.Status.PENDING);
        assertThat(waiting.nextAttemptAt().atZone(hanoi).toLocalTime()).isEqualTo(aroundNow.to());
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());
        assertThat(MailServer.messagesTo(officer.email())).isEmpty();
    }

    @Test
    void anOfficerWhoChoseADailyDigestGetsTheDaysRemindersInOneEmailAtDigestTime() throws Exception {
        String unit = "cdcs-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.officer("Bùi Thị Tóm", unit, "vi",
                DeliveryMode.DAILY_DIGEST, ChannelType.EMAIL));
        send("digest-7-" + unit, unit);
        send("digest-3-" + unit, unit);
        Query held = Query.query(Criteria.where("recipient").is(officer.id()).and("digest").is(true));
        await().atMost(PATIENCE).until(() -> mongo.count(held, Notification.class) == 2);
        assertThat(mongo.find(held, Notification.class)).allSatisfy(n -> assertThat(n.nextAttemptAt()).isAfter(clock.instant()));

        mongo.updateMulti(held, Update.update("nextAttemptAt", clock.instant()), Notification.class);
        mongo.updateMulti(Query.query(Criteria.where("notificationId").in(mongo.find(held, Notification.class).stream()
                .map(Notification::id).toList())), Update.update("dueAt", clock.instant()), DeliveryQueue.Entry.class);

        await().atMost(PATIENCE).until(() -> mongo.find(held, Notification.class).stream()
                .allMatch(n -> n.status() == Notification.Status.SENT));
        assertThat(MailServer.messagesTo(officer.email())).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Tóm tắt thông báo trong ngày: 2 việc cần chú ý"));
    }

    /** Stored as the notifier stores it: the notification, then its queue entry. */
    private Notification store(Notification notification) {
        Notification stored = notifications.insert(notification);
        queue.add(stored);
        return stored;
    }

    private Notification.Status status(Notification notification) {
        return notifications.findById(notification.id()).orElseThrow().status();
    }

    private static void send(String eventId, String unit) {
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.TASK_DUE_SOON, eventId, "a-" + unit, """
                    {"assignmentId":"a-%s","planId":"p-45","planNumber":"45/KH-LĐLĐ","taskTitle":"Báo cáo năm",
                     "unitId":"%s","dueDate":"2026-11-30","daysLeft":3}""".formatted(unit, unit));
        }
    }

    private Notification pendingEmail(String address, int attempts, Instant nextAttemptAt) {
        return NotificationFixtures.pendingEmail(address, attempts, nextAttemptAt, clock.instant());
    }
}
