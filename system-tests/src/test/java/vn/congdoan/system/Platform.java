package vn.congdoan.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.stack.ServiceProcess;
import vn.congdoan.testsupport.Samples;
import vn.congdoan.testsupport.TestClock;
import vn.congdoan.testsupport.TestInfrastructure;

/**
 * The four services as separate processes, started once for all system tests against this JVM's
 * broker, database and SMTP server, exactly as the local stack runs them. Stopped when the JVM ends.
 */
final class Platform {
    static final String PLAN = "plan-service";
    static final String OUTREACH = "outreach-service";
    static final String REPORTING = "reporting-service";
    static final String NOTIFICATION = "notification-service";
    private static final List<String> SERVICES = List.of(PLAN, OUTREACH, REPORTING, NOTIFICATION);
    private static Map<String, ServiceProcess> running;
    private static GreenMail mail;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Platform() {
    }

    static ServiceProcess service(String name) {
        return running().get(name);
    }

    /** The real SMTP server the services send e-mail to, in this JVM. */
    static synchronized GreenMail mail() {
        running();
        return mail;
    }

    /** Started on first use, not in the static initialiser: the parallel start-up would wait on it. */
    private static synchronized Map<String, ServiceProcess> running() {
        if (running == null) {
            mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            mail.start();
            running = start(mail.getSmtp().getPort());
        }
        return running;
    }

    static JsonNode get(String service, String path) {
        return send(service, HttpRequest.newBuilder(uri(service, path)).GET());
    }

    static String text(String service, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri(service, path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode post(String service, String path, Object body) {
        return send(service, HttpRequest.newBuilder(uri(service, path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    static JsonNode post(String service, String path, byte[] body, String contentType) {
        return send(service, HttpRequest.newBuilder(uri(service, path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static JsonNode send(String service, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(service + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String service, String path) {
        return URI.create(running().get(service).baseUrl() + path);
    }

    /**
     * Kills the service with SIGKILL, as a crash would (no graceful shutdown, nothing flushed), and
     * starts it again on the same port, database and broker. Returns when it is healthy.
     */
    static synchronized ServiceProcess crashAndRestart(String name) {
        ServiceProcess crashed = running().get(name);
        crashed.kill();
        ServiceProcess again = startOne(name, crashed.port(), mail.getSmtp().getPort()).awaitHealthy(Duration.ofSeconds(120));
        running.put(name, again);
        return again;
    }

    private static ServiceProcess startOne(String service, int port, int smtpPort) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        Path root = Samples.repositoryRoot();
        Map<String, String> env = Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "SPRING_MONGODB_URI", infrastructure.mongoUri(service.replace("-service", "")),
                "MANAGEMENT_HEALTH_MONGODB_ENABLED", String.valueOf(infrastructure.realMongo()),
                "SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", String.valueOf(smtpPort),
                // every process, restarted ones too, on the tests' timeline: no result depends on the day
                "CONGDOAN_CLOCK_START", TestClock.now().toString(),
                // a crashed dispatcher's lock and claims are taken over after one lease (default 2m)
                "NOTIFICATION_DELIVERY_CLAIMLEASE", "20s");
        return ServiceProcess.start(service, ServiceProcess.serviceJar(root, service), port, env,
                root.resolve("system-tests/target/service-logs/" + service + ".log"));
    }

    private static Map<String, ServiceProcess> start(int smtpPort) {
        Map<String, CompletableFuture<ServiceProcess>> starting = new java.util.LinkedHashMap<>();
        for (String service : SERVICES) {
            starting.put(service, CompletableFuture.supplyAsync(() -> startOne(service, ServiceProcess.freePort(), smtpPort)
                    .awaitHealthy(Duration.ofSeconds(120))));
        }
        Map<String, ServiceProcess> running = new java.util.LinkedHashMap<>();
        starting.forEach((name, future) -> running.put(name, future.join()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Platform.running.values().forEach(ServiceProcess::stop);
            mail.stop();
        }));
        return running;
    }
}
