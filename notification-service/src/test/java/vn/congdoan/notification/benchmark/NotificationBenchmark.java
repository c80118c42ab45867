package vn.congdoan.notification.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.icegreen.greenmail.util.GreenMail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.congdoan.contracts.EventType;
import vn.congdoan.notification.NotificationServiceApplication;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.OfficerFixtures;
import vn.congdoan.notification.officer.OfficersByUnit;
import vn.congdoan.testsupport.TestInfrastructure;
import vn.congdoan.testsupport.TestProducer;

/**
 * One TaskDueSoon per grassroots unit, two officers each, in-app and email (to an in-process SMTP
 * server): notifications per second, p50 / p99 from event time to stored, peak heap, and on the
 * same broker the raw Kafka consume-produce rate for as many records of the same size. Prints
 * figures; asserts nothing. Run: {@code ./mvnw -B -ntp -pl notification-service -am -Pbenchmark
 * verify -DskipTests} ({@code -Dbenchmark.units=N}, default 130,000).
 */
public final class NotificationBenchmark {
    private final MongoTemplate mongo;
    private final MeterRegistry meters;
    private final OfficersByUnit byUnit;
    private final CountingMailbox mailbox;
    private final Map<String, Instant> sentAt = new ConcurrentHashMap<>();

    public static void main(String[] args) {
        int units = Integer.getInteger("benchmark.units", 130_000);
        TestInfrastructure infra = TestInfrastructure.get();
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        CountingMailbox mailbox = new CountingMailbox();
        smtp.start();
        smtp.getUserManager().setMessageDeliveryHandler(mailbox);
        Map<String, String> settings = Map.of("server.port", "0", "spring.kafka.bootstrap-servers", infra.kafkaBootstrapServers(),
                "spring.mongodb.uri", infra.mongoUri("notification-benchmark"),
                "management.health.mongodb.enabled", "false", "spring.mail.port", String.valueOf(smtp.getSmtp().getPort()),
                "notification.delivery.poll-interval", "50ms", "notification.delivery.batch-size", "500",
                "notification.defaults.quiet-from", "00:00", "notification.defaults.quiet-to", "00:00");
        String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NotificationServiceApplication.class).run(arguments)) {
            new NotificationBenchmark(app, mailbox).run(units, infra.kafkaBootstrapServers());
        }
        smtp.stop();
        System.exit(0);
    }

    private NotificationBenchmark(ConfigurableApplicationContext app, CountingMailbox mailbox) {
        this.mongo = app.getBean(MongoTemplate.class);
        this.meters = app.getBean(MeterRegistry.class);
        this.byUnit = app.getBean(OfficersByUnit.class);
        this.mailbox = mailbox;
    }

    /**
     * Progress is watched without queries (the stand-in scans a collection for any filter, under its
     * lock, and would slow down what is measured): the notifications collection holds only this run's,
     * so its size is what was stored, and the service's delivery counter says what was sent.
     */
    private void run(int units, String bootstrap) {
        long registering = System.nanoTime();
        List<String> unitIds = registerOfficers(units);
        System.out.printf("[benchmark] %,d officers registered in %.1f s%n", units * 2L, seconds(registering));
        long started = System.nanoTime();
        int bytes = produce(unitIds, bootstrap);
        long expected = units * 5L;
        awaitCount("notifications stored", expected, () -> mongo.estimatedCount(Notification.class));
        double storedSeconds = seconds(started);
        awaitCount("notifications sent", units * 4L, () -> sent(ChannelType.IN_APP) + sent(ChannelType.EMAIL));
        double sentSeconds = seconds(started);
        long emails = mailbox.received();
        List<Long> latencies = latenciesMillis();
        double rate = expected / storedSeconds;
        System.out.printf("[benchmark] %,d TaskDueSoon (%d bytes each) -> %,d officers x (in-app + e-mail) = %,d notifications,"
                + " + %,d unit-inbox entries = %,d stored%n", units, bytes, units * 2L, units * 4L, (long) units, expected);
        System.out.printf("[benchmark] stored in %.1f s: %,.0f notifications/s (%,.0f events/s); all %,d in-app and e-mail sent"
                + " after %.1f s (%,.0f /s), %,d e-mails received by the SMTP server%n", storedSeconds, rate, units / storedSeconds,
                units * 4L, sentSeconds, units * 4L / sentSeconds, emails);
        System.out.printf("[benchmark] first e-mail subjects: %s%n", mailbox.firstSubjects());
        System.out.printf("[benchmark] event time -> stored (in-app): p50 %d ms, p99 %d ms; peak heap %,d MB%n",
                percentile(latencies, 50), percentile(latencies, 99), peakHeapMegabytes());
        RawKafka.Result raw = RawKafka.copy(bootstrap, "plan.tasks", units);
        System.out.printf("[benchmark] raw Kafka consume->produce of %,d records: %.1f s, %,.0f records/s; "
                + "service events/s vs raw: %.3f%n", raw.records(), raw.seconds(), raw.rate(), (units / storedSeconds) / raw.rate());
    }

    /**
     * Loads the officers straight into the database, then has the service index them by unit in
     * bulk, as it does at start for officers stored before the index (one save each through the
     * API would take minutes at this size, and is not what is measured).
     */
    private List<String> registerOfficers(int units) {
        List<String> unitIds = new ArrayList<>(units);
        List<Document> batch = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            String unit = "bench-" + u;
            unitIds.add(unit);
            batch.add(document(OfficerFixtures.officer("Chủ tịch " + u, unit, "vi", ChannelType.IN_APP, ChannelType.EMAIL)));
            batch.add(document(OfficerFixtures.officer("Phó chủ tịch " + u, unit, "vi", ChannelType.IN_APP, ChannelType.EMAIL)));
            if (batch.size() == 2_000 || u == units - 1) {
                mongo.getCollection(mongo.getCollectionName(Officer.class)).insertMany(batch);
                batch.clear();
            }
        }
        byUnit.rebuildIfEmpty();
        return unitIds;
    }

    private Document document(Officer officer) {
        Document document = new Document();
        mongo.getConverter().write(officer, document);
        return document;
    }

    private int produce(List<String> unitIds, String bootstrap) {
        int bytes = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap, ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer())) {
            for (String unit : unitIds) {
                String assignment = "a-" + unit;
                String id = "task-reminder:" + assignment + ":2026-11-30/-7";
                byte[] value = ("{\"assignmentId\":\"" + assignment + "\",\"planId\":\"p-45\",\"planNumber\":\"45/KH-LĐLĐ\","
                        + "\"taskTitle\":\"Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh\",\"unitId\":\"" + unit
                        + "\",\"dueDate\":\"2026-11-30\",\"daysLeft\":7}").getBytes(StandardCharsets.UTF_8);
                bytes = value.length;
                sentAt.put(id, Instant.now());
                producer.send(new ProducerRecord<>(EventType.TASK_DUE_SOON.topic().topicName(), null, assignment, value,
                        TestProducer.cloudEventHeaders(EventType.TASK_DUE_SOON.ceType(), id, assignment)));
            }
        }
        return bytes;
    }

    private long sent(ChannelType channel) {
        Counter sent = meters.find("notifications.delivered").tags("channel", channel.name(), "outcome", "sent").counter();
        return sent == null ? 0 : (long) sent.count();
    }

    private List<Long> latenciesMillis() {
        Query inApp = Query.query(Criteria.where("unitId").regex("^bench-").and("channel").is(ChannelType.IN_APP.name())
                .and("recipient").not().regex("^unit:"));
        inApp.fields().include("eventId").include("createdAt");
        return mongo.find(inApp, Document.class, mongo.getCollectionName(Notification.class)).stream()
                .map(d -> d.getDate("createdAt").getTime() - sentAt.get(d.getString("eventId")).toEpochMilli())
                .sorted().toList();
    }

    private static void awaitCount(String what, long expected, LongSupplier count) {
        long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (count.getAsLong() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": only " + count.getAsLong() + " of " + expected);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

}
