package vn.congdoan.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.stack.DirectorySeed;
import vn.congdoan.stack.IdentityProvider;
import vn.congdoan.stack.KafkaBroker;
import vn.congdoan.stack.LocalStack;
import vn.congdoan.stack.MongoStandInProcess;
import vn.congdoan.stack.ServiceProcess;
import vn.congdoan.testsupport.Samples;
import vn.congdoan.testsupport.TestClock;

/**
 * A whole system of its own for the fault suite, every part a process that a test can kill: a Kafka
 * broker (local-stack's {@link KafkaBroker}), the MongoDB stand-in with its file backend
 * ({@link MongoStandInProcess}), the four services (one or two instances each), an identity provider
 * with the suite's people (never killed: sign-in is not what is tried here) and GreenMail in this
 * JVM. Nothing is shared with {@link Platform}, so a broker or database outage here touches no other test.
 */
final class FaultStack implements AutoCloseable {
    static final String PLAN = "plan-service";
    static final String OUTREACH = "outreach-service";
    static final String REPORTING = "reporting-service";
    static final String NOTIFICATION = "notification-service";
    static final List<String> SERVICES = List.of(PLAN, OUTREACH, REPORTING, NOTIFICATION);
    private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(180);
    /** How long a call waits for its service (restarting, or its database away) before it fails. */
    private static final Duration CALL_PATIENCE = Duration.ofSeconds(240);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root = Samples.repositoryRoot();
    private final Path dir = root.resolve("system-tests/target/fault-stack");
    private final Path kafkaLibs = KafkaBroker.libs(root);
    private final int kafkaPort = ServiceProcess.freePort();
    private final int controllerPort = ServiceProcess.freePort();
    private final int mongoPort = ServiceProcess.freePort();
    private final GreenMail mail;
    private final ServiceProcess identityProvider;
    private final Map<String, List<ServiceProcess>> instances = new LinkedHashMap<>();
    private final AtomicInteger nextInstance = new AtomicInteger();
    private volatile KafkaBroker broker;
    private volatile MongoStandInProcess mongo;
    private volatile boolean databaseAway;

    private FaultStack(List<Map<String, Object>> people) {
        deleteRecursively(dir);
        mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        mail.start();
        identityProvider = IdentityProvider.start(ServiceProcess.serviceJar(root, IdentityProvider.NAME), ServiceProcess.freePort(),
                Map.of("SPRING_APPLICATION_JSON", People.providerAccounts(people)), dir.resolve("logs/identity-provider.log"));
        startBroker();
        startDatabase();
        IdentityProvider.awaitReady(identityProvider, HEALTHY_WITHIN);
        SERVICES.forEach(service -> instances.put(service, new CopyOnWriteArrayList<>()));
        startInstances();
        // the national confederation (and the sample province) that every test province sits under
        System.out.println("[faults] " + DirectorySeed.importSamples(runningInstance(PLAN).baseUrl(), issuer(),
                root.resolve("samples/units-binh-dinh.csv")));
    }

    /** The whole stack, its identity provider knowing {@code people} (see {@link People#person}) besides its own accounts. */
    static FaultStack start(List<Map<String, Object>> people) {
        return new FaultStack(people);
    }

    /** Calls made as {@code username}, signed in at the stack's identity provider. */
    Acting as(String username) {
        return new Acting(this, username);
    }

    /** The calls of one signed-in person: {@link #send} with their token. */
    record Acting(FaultStack stack, String username) {
        JsonNode send(String service, String method, String path, Object body, String contentType) {
            return stack.send(username, service, method, path, body, contentType);
        }

        JsonNode get(String service, String path) {
            return send(service, "GET", path, null, null);
        }

        JsonNode post(String service, String path, Object body) {
            return send(service, "POST", path, body, "application/json");
        }
    }

    private String issuer() {
        return IdentityProvider.issuer(identityProvider.port());
    }

    GreenMail mail() {
        return mail;
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    /**
     * Every HTTP call of the fault suite goes through here (the one place for headers every call
     * needs: the caller's access token). It waits, as a patient client would, while its service is being restarted or the
     * database is away, then calls a running instance; an answer of 400 or more fails the test.
     *
     * @param body a JSON body (serialised), {@code byte[]} with {@code contentType}, or null for GET
     */
    private JsonNode send(String username, String service, String method, String path, Object body, String contentType) {
        String token = Caller.accessToken(issuer(), username, People.PASSWORD);
        long deadline = System.nanoTime() + CALL_PATIENCE.toNanos();
        while (true) {
            ServiceProcess instance = databaseAway ? null : runningInstance(service);
            if (instance != null) {
                try {
                    HttpResponse<String> response = HTTP.send(request(instance, token, method, path, body, contentType),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() >= 400) {
                        throw new IllegalStateException(method + " " + path + ": " + instance.name() + " answered "
                                + response.statusCode() + " to " + username + ": " + response.body());
                    }
                    return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
                } catch (ConnectException killedMeanwhile) {
                    // the request never reached it: call again once an instance runs
                } catch (IOException e) {
                    throw new UncheckedIOException(method + " " + path + " to " + instance, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no running " + service + " for " + method + " " + path);
            }
            pause(Duration.ofMillis(250));
        }
    }

    private static HttpRequest request(ServiceProcess instance, String token, String method, String path, Object body,
                                       String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.baseUrl() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60));
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        byte[] bytes = body instanceof byte[] raw ? raw : JSON.writeValueAsBytes(body);
        return request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    /** Round robin over the instances that are alive (a killed one is out of the list until it is healthy again). */
    private ServiceProcess runningInstance(String service) {
        List<ServiceProcess> alive = instances.get(service).stream().filter(ServiceProcess::isAlive).toList();
        return alive.isEmpty() ? null : alive.get(Math.floorMod(nextInstance.getAndIncrement(), alive.size()));
    }

    /** One more instance of every service (same databases, consumer groups and partitions), all healthy. */
    void startInstances() {
        Map<String, CompletableFuture<ServiceProcess>> starting = new LinkedHashMap<>();
        SERVICES.forEach(service -> starting.put(service, CompletableFuture.supplyAsync(
                () -> startInstance(service, ServiceProcess.freePort()).awaitHealthy(HEALTHY_WITHIN))));
        starting.forEach((service, instance) -> instances.get(service).add(instance.join()));
    }

    /** SIGKILL to one instance of the service, as a crash would; returns the instance killed. */
    ServiceProcess kill(String service, int instance) {
        ServiceProcess killed = instances.get(service).get(instance);
        killed.kill();
        return killed;
    }

    /** Starts the killed instance again on its port and returns once it is healthy. */
    void restart(ServiceProcess killed) {
        List<ServiceProcess> list = instances.get(killed.name());
        ServiceProcess again = startInstance(killed.name(), killed.port()).awaitHealthy(HEALTHY_WITHIN);
        list.set(list.indexOf(killed), again);
    }

    /** Removes killed instances for good (the two-instance test's survivors carry on alone). */
    void forget(ServiceProcess killed) {
        instances.get(killed.name()).remove(killed);
    }

    void killBroker() {
        broker.kill();
    }

    void startBroker() {
        broker = KafkaBroker.start(kafkaLibs, dir.resolve("kafka"), kafkaPort, controllerPort, dir.resolve("logs/kafka.log"))
                .awaitReady(Duration.ofSeconds(90));
    }

    /** SIGTERM to the database: it commits its file and closes every connection; calls wait until it is back. */
    void stopDatabase() {
        databaseAway = true;
        mongo.stop();
    }

    void startDatabase() {
        mongo = MongoStandInProcess.start(dir.resolve("mongo/congdoan.mv.db"), mongoPort, dir.resolve("logs/mongo.log"))
                .awaitReady(Duration.ofSeconds(60));
        databaseAway = false;
    }

    /** Waits until every instance of every service answers its health check with UP. */
    void awaitAllHealthy() {
        instances.values().stream().flatMap(List::stream).toList().parallelStream()
                .forEach(instance -> instance.awaitHealthy(HEALTHY_WITHIN));
    }

    private ServiceProcess startInstance(String service, int port) {
        Map<String, String> env = Map.of(
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer(),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers(),
                // an operation fails after 5 s without its database (not the driver's 30 s): it is retried
                "SPRING_MONGODB_URI", "mongodb://127.0.0.1:" + mongoPort + "/" + service.replace("-service", "")
                        + "?serverSelectionTimeoutMS=5000",
                "MANAGEMENT_HEALTH_MONGODB_ENABLED", "false",
                "SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", String.valueOf(mail.getSmtp().getPort()),
                "CONGDOAN_CLOCK_START", TestClock.now().toString(),
                // the deliveries a killed dispatcher had claimed pass on after one lease (default 2m)
                "NOTIFICATION_DELIVERY_CLAIMLEASE", "20s",
                // dead letters counted every 5 s (default 30 s), so the suite sees any at once
                "CONGDOAN_EVENTS_DEADLETTERCHECK", "5s",
                // officers' webhook secrets sealed as in production (only notification-service reads it)
                LocalStack.WEBHOOK_SECRET_KEY, LocalStack.DEMO_WEBHOOK_SECRET_KEY);
        return ServiceProcess.start(service, ServiceProcess.serviceJar(root, service), port, env,
                dir.resolve("logs/" + service + "-" + port + ".log"));
    }

    /** Records on the broker's topics (dead-letter and internal topics aside): the events published so far. */
    long eventsOnBroker() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers(),
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics().values().stream().flatMap(List::stream)
                    .filter(p -> !p.topic().startsWith("__") && !p.topic().endsWith(".dlq"))
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Records in every dead-letter topic: a valid event must never be there, whatever failed. */
    long deadLetters() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers(),
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics().values().stream().flatMap(List::stream)
                    .filter(p -> p.topic().endsWith(".dlq")).map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @Override
    public void close() {
        instances.values().stream().flatMap(List::stream).toList().parallelStream().forEach(ServiceProcess::stop);
        if (broker != null) {
            broker.stop();
        }
        if (mongo != null) {
            mongo.stop();
        }
        identityProvider.stop();
        mail.stop();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + path, e);
        }
    }
}
