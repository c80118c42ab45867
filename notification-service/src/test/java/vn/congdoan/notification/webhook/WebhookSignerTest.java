package vn.congdoan.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignerTest {
    private static final String OLD = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void signsLikeTheStandardWebhooksReferenceExample() {
        WebhookSigner signer = new WebhookSigner(OLD);

        assertThat(signer.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void anotherBodyGivesAnotherSignature() {
        WebhookSigner signer = new WebhookSigner(OLD);

        assertThat(signer.sign("msg_1", 1614265330, "{\"a\":1}")).isNotEqualTo(signer.sign("msg_1", 1614265330, "{\"a\":2}"));
    }

    @Test
    void aGeneratedSecretIsAValidStandardWebhooksSecretOf32RandomBytesAndNeverTheSameTwice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = WebhookSigner.generate();
            assertThat(secret).startsWith("whsec_");
            assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
            assertThat(WebhookSigner.problem(secret)).isEmpty();
            seen.add(secret);
        }
        assertThat(seen).hasSize(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_", "whsec_c2hvcnQ=", "whsec_not base64!!",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n", "whsec_" + "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB"})
    void aSecretThatIsNotWhsecAndTheBase64Of24To64BytesIsRefused(String secret) {
        assertThat(WebhookSigner.problem(secret)).contains("must be whsec_ followed by the base64 of 24 to 64 random bytes");
    }

    @Test
    void theReferenceSecretOf24BytesIsAccepted() {
        assertThat(WebhookSigner.problem(OLD)).isEmpty();
    }

    @Test
    void aHintShowsTheLastFourCharactersOnly() {
        assertThat(WebhookSigner.hint(OLD)).isEqualTo("…LaSw");
    }

    @Test
    void duringARotationTheDeliveryCarriesBothSignaturesAndEachSecretVerifiesOnItsOwn() {
        String fresh = WebhookSigner.generate();
        Instant now = Instant.parse("2026-11-23T01:00:00Z");
        long timestamp = now.getEpochSecond();
        String body = "{\"title\":\"Sắp đến hạn: Báo cáo năm\"}";

        String header = WebhookSigner.signAll(List.of(new WebhookSigner(fresh), new WebhookSigner(OLD)), "msg_1",
                timestamp, body);

        assertThat(header.split(" ")).hasSize(2).allMatch(signature -> signature.startsWith("v1,"));
        assertThat(StandardWebhooks.verifies(fresh, "msg_1", String.valueOf(timestamp), header, body, now)).isTrue();
        assertThat(StandardWebhooks.verifies(OLD, "msg_1", String.valueOf(timestamp), header, body, now)).isTrue();
        assertThat(StandardWebhooks.verifies(WebhookSigner.generate(), "msg_1", String.valueOf(timestamp), header, body, now))
                .isFalse();
        assertThat(StandardWebhooks.verifies(fresh, "msg_1", String.valueOf(timestamp), header, body + " ", now)).isFalse();
    }

    @Test
    void thePreviousSecretSignsOnlyUntilTheGracePeriodEnds() {
        Instant until = Instant.parse("2026-11-24T01:00:00Z");
        OfficerSecret rotated = new OfficerSecret("o1", "new", "…0001", until.minusSeconds(86_400), "old", "…0000", until, 1L);

        assertThat(rotated.previousValidAt(until.minusSeconds(1))).isTrue();
        assertThat(rotated.previousValidAt(until)).isFalse();
        assertThat(new OfficerSecret("o1", "new", "…0001", until, null, null, null, 0L).previousValidAt(until)).isFalse();
    }
}
