package vn.congdoan.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.sun.net.httpserver.HttpServer;

import vn.congdoan.contracts.EventType;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.OfficerFixtures;
import vn.congdoan.notification.officer.Officers;
import vn.congdoan.testsupport.TestProducer;

/**
 * Officers with their own webhook secret, through the API, to a real receiver on loopback
 * (allow-listed by the test configuration) that checks signatures as any Standard Webhooks
 * receiver would.
 */
@NotificationServiceTest
class OfficerWebhookIT {
    private static final String SERVICE_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String OWN_SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString(
            "hệ thống CĐ tỉnh: 32 bytes!!".getBytes(StandardCharsets.UTF_8));

    @Autowired
    RestTestClient http;
    @Autowired
    Officers officers;
    @Autowired
    Clock clock;

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aGeneratedSecretIsShownOnceAndTheOfficersWebhooksVerifyWithItAndNotWithTheServiceSecret() {
        String unit = "cdcs-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.withWebhook("Hệ thống CĐ", unit, null));

        Map<?, ?> set = http.put().uri("/api/officers/{id}/webhook", officer.id()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"url\":\"" + hookUrl() + "\"}").exchange()
                .expectStatus().isOk().expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody(Map.class).returnResult().getResponseBody();
        String secret = (String) set.get("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(set.get("secretHint")).isEqualTo("…" + secret.substring(secret.length() - 4));
        assertThat(set.get("ownSecret")).isEqualTo(true);
        http.get().uri("/api/officers/{id}/webhook", officer.id()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.secret").doesNotExist()
                .jsonPath("$.secretHint").isEqualTo(set.get("secretHint"))
                .jsonPath("$.url").isEqualTo(hookUrl());
        http.get().uri("/api/officers/{id}", officer.id()).exchange().expectBody(String.class)
                .value(body -> assertThat(body).doesNotContain(secret.substring(6)));

        send("own-" + unit, unit);

        Received hook = await().atMost(Duration.ofSeconds(20)).until(() -> received.stream().findFirst(), r -> r.isPresent())
                .orElseThrow();
        assertThat(hook.verifiesWith(secret, clock.instant())).isTrue();
        assertThat(hook.verifiesWith(SERVICE_SECRET, clock.instant())).isFalse();
        assertThat(hook.signature().split(" ")).hasSize(1);
    }

    @Test
    void afterARotationBothTheNewAndTheReplacedSecretVerifyDuringTheGracePeriod() {
        String unit = "cdcs-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.withWebhook("Hệ thống CĐ", unit, null));
        http.put().uri("/api/officers/{id}/webhook", officer.id()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"url\":\"" + hookUrl() + "\",\"secret\":\"" + OWN_SECRET + "\"}").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.secret").doesNotExist()
                .jsonPath("$.secretHint").isEqualTo(WebhookSigner.hint(OWN_SECRET));

        Map<?, ?> rotated = http.post().uri("/api/officers/{id}/webhook-secret", officer.id()).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        String fresh = (String) rotated.get("secret");
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(OWN_SECRET);
        assertThat(rotated.get("previousSecretHint")).isEqualTo(WebhookSigner.hint(OWN_SECRET));
        assertThat(Instant.parse((String) rotated.get("previousSecretValidUntil")))
                .isAfter(clock.instant().plus(Duration.ofHours(23)));

        send("rotated-" + unit, unit);

        Received hook = await().atMost(Duration.ofSeconds(20)).until(() -> received.stream().findFirst(), r -> r.isPresent())
                .orElseThrow();
        assertThat(hook.signature().split(" ")).hasSize(2);
        assertThat(hook.verifiesWith(fresh, clock.instant())).isTrue();
        assertThat(hook.verifiesWith(OWN_SECRET, clock.instant())).isTrue();
        assertThat(hook.verifiesWith(SERVICE_SECRET, clock.instant())).isFalse();
    }

    @Test
    void aPlainHttpUrlToAHostNotAllowListedAndABadSecretAreRefusedNamingTheField() {
        Officer officer = officers.save(OfficerFixtures.withWebhook("Hệ thống CĐ", "cdcs-" + UUID.randomUUID(), null));

        putWebhook(officer.id(), "{\"url\":\"http://hooks.congdoan.vn/x\"}").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("url");
        putWebhook(officer.id(), "{\"url\":\"https://hooks.congdoan.vn/x\",\"secret\":\"whsec_c2hvcnQ=\"}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("secret");
        http.post().uri("/api/officers/{id}/webhook-secret", officer.id()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"secret\":\"not-a-secret\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("secret");
        http.get().uri("/api/officers/{id}/webhook", officer.id()).exchange().expectBody()
                .jsonPath("$.ownSecret").isEqualTo(false);
        putWebhook("no-such-officer", "{\"url\":\"https://hooks.congdoan.vn/x\"}").expectStatus().isNotFound();
    }

    @Test
    void removingTheOfficerRemovesTheirSecret(@Autowired OfficerSecrets secrets) {
        Officer officer = officers.save(OfficerFixtures.withWebhook("Hệ thống CĐ", "cdcs-" + UUID.randomUUID(), null));
        putWebhook(officer.id(), "{\"url\":\"https://hooks.congdoan.vn/x\"}").expectStatus().isOk();
        assertThat(secrets.of(officer.id())).isPresent();

        http.delete().uri("/api/officers/{id}", officer.id()).exchange().expectStatus().isNoContent();

        assertThat(secrets.of(officer.id())).isEmpty();
    }

    private RestTestClient.ResponseSpec putWebhook(String officerId, String body) {
        return http.put().uri("/api/officers/{id}/webhook", officerId).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange();
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static void send(String eventId, String unit) {
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.TASK_DUE_SOON, eventId, "a-" + unit, """
                    {"assignmentId":"a-%s","planId":"p-45","planNumber":"45/KH-LĐLĐ","taskTitle":"Báo cáo năm",
                     "unitId":"%s","dueDate":"2026-11-30","daysLeft":3}""".formatted(unit, unit));
        }
    }

    record Received(String id, String timestamp, String signature, String body) {
        boolean verifiesWith(String secret, Instant now) {
            return StandardWebhooks.verifies(secret, id, timestamp, signature, body, now);
        }
    }
}
