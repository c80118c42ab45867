package vn.congdoan.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.EventType;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.SignedIn;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.OfficerFixtures;
import vn.congdoan.notification.officer.Officers;
import vn.congdoan.testsupport.TestProducer;
import vn.congdoan.testsupport.WebhookReceiver;
import vn.congdoan.units.UnitReplica;

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

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aGeneratedSecretIsShownOnceAndTheOfficersWebhooksVerifyWithItAndNotWithTheServiceSecret() {
        String unit = "cdcs-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.withWebhook("Hệ thống CĐ", unit, null));
        RestTestClient me = SignedIn.as(http, officer);

        Map<?, ?> set = me.put().uri("/api/officers/{id}/webhook", officer.id()).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"url": "%s"}""".formatted(hookUrl())).exchange()
                .expectStatus().isOk().expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody(Map.class).returnResult().getResponseBody();
        String secret = (String) set.get("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(set.get("secretHint")).isEqualTo("…" + secret.substring(secret.length() - 4));
        assertThat(set.get("ownSecret")).isEqualTo(true);
        me.get().uri("/api/officers/{id}/webhook", officer.id()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.secret").doesNotExist()
                .jsonPath("$.secretHint").isEqualTo(set.get("secretHint"))
                .jsonPath("$.url").isEqualTo(hookUrl());
        me.get().uri("/api/officers/{id}", officer.id()).exchange().expectBody(String.class)
                .value(body -> assertThat(body).doesNotContain(secret.substring(6)));

        send("own-" + unit, unit);

        WebhookReceiver.Request hook = receiver.awaitFirst(Duration.ofSeconds(20));
        assertThat(verifies(hook, secret)).isTrue();
        assertThat(verifies(hook, SERVICE_SECRET)).isFalse();
        assertThat(hook.header("webhook-signature").split(" ")).hasSize(1);
    }

    @Test
    void afterARotationBothTheNewAndTheReplacedSecretVerifyDuringTheGracePeriod() {
        String unit = "cdcs-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.withWebhook("Hệ thống CĐ", unit, null));
        RestTestClient me = SignedIn.as(http, officer);
        me.put().uri("/api/officers/{id}/webhook", officer.id()).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"url": "%s", "secret": "%s"}""".formatted(hookUrl(), OWN_SECRET)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.secret").doesNotExist()
                .jsonPath("$.secretHint").isEqualTo(WebhookSigner.hint(OWN_SECRET));

        Map<?, ?> rotated = me.post().uri("/api/officers/{id}/webhook-secret", officer.id()).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        String fresh = (String) rotated.get("secret");
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(OWN_SECRET);
        assertThat(rotated.get("previousSecretHint")).isEqualTo(WebhookSigner.hint(OWN_SECRET));
        assertThat(Instant.parse((String) rotated.get("previousSecretValidUntil")))
                .isAfter(clock.instant().plus(Duration.ofHours(23)));

        send("rotated-" + unit, unit);

        WebhookReceiver.Request hook = receiver.awaitFirst(Duration.ofSeconds(20));
        assertThat(hook.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(verifies(hook, fresh)).isTrue();
        assertThat(verifies(hook, OWN_SECRET)).isTrue();
        assertThat(verifies(hook, SERVICE_SECRET)).isFalse();
    }

    @Test
    void aPlainHttpUrlToAHostNotAllowListedAndABadSecretAreRefusedNamingTheField() {
        Officer officer = officers.save(OfficerFixtures.withWebhook("Hệ thống CĐ", "cdcs-" + UUID.randomUUID(), null));
        RestTestClient me = SignedIn.as(http, officer);

        putWebhook(officer.id(), "{\"url\":\"http://hooks.congdoan.vn/x\"}").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("url");
        putWebhook(officer.id(), "{\"url\":\"https://hooks.congdoan.vn/x\",\"secret\":\"whsec_c2hvcnQ=\"}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("secret");
        me.post().uri("/api/officers/{id}/webhook-secret", officer.id()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"secret\":\"not-a-secret\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("secret");
        me.get().uri("/api/officers/{id}/webhook", officer.id()).exchange().expectBody()
                .jsonPath("$.ownSecret").isEqualTo(false);
        me.put().uri("/api/officers/{id}/webhook", "no-such-officer").contentType(MediaType.APPLICATION_JSON)
                .body("{\"url\":\"https://hooks.congdoan.vn/x\"}").exchange().expectStatus().isNotFound();
    }

    @Test
    void removingTheOfficerRemovesTheirSecret(@Autowired OfficerSecrets secrets, @Autowired UnitReplica replica) {
        String province = "ldld-" + UUID.randomUUID();
        String unit = "cdcs-" + UUID.randomUUID();
        SignedIn.branch(replica, province, unit);
        Officer officer = officers.save(OfficerFixtures.withWebhook("Hệ thống CĐ", unit, null));
        putWebhook(officer.id(), "{\"url\":\"https://hooks.congdoan.vn/x\"}").expectStatus().isOk();
        assertThat(secrets.of(officer.id())).isPresent();

        SignedIn.staffOf(http, province).delete().uri("/api/officers/{id}", officer.id()).exchange().expectStatus().isNoContent();

        assertThat(secrets.of(officer.id())).isEmpty();
    }

    /** The officer sets their own webhook. */
    private RestTestClient.ResponseSpec putWebhook(String officerId, String body) {
        return SignedIn.as(http, officers.findById(officerId).orElseThrow()).put().uri("/api/officers/{id}/webhook", officerId).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange();
    }

    private String hookUrl() {
        return receiver.url("/hook");
    }

    private static void send(String eventId, String unit) {
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.TASK_DUE_SOON, eventId, "a-" + unit, """
                    {"assignmentId":"a-%s","planId":"p-45","planNumber":"45/KH-LĐLĐ","taskTitle":"Báo cáo năm",
                     "unitId":"%s","dueDate":"2026-11-30","daysLeft":3}""".formatted(unit, unit));
        }
    }

    private boolean verifies(WebhookReceiver.Request hook, String secret) {
        return StandardWebhooks.verifies(secret, hook.header("webhook-id"), hook.header("webhook-timestamp"),
                hook.header("webhook-signature"), hook.body(), clock.instant());
    }
}
