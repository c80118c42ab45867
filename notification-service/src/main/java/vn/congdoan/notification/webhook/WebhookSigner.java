package vn.congdoan.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} and the base64 HMAC-SHA256, keyed with the secret
 * ({@code whsec_} and base64), of {@code <webhook-id>.<webhook-timestamp>.<body>}. Receivers verify
 * with any Standard Webhooks library. While a secret is being replaced, a delivery carries one
 * signature per secret, space-separated ({@link #signAll}); a receiver accepts the message when
 * any one of them verifies with the secret it holds.
 */
final class WebhookSigner {
    static final String PREFIX = "whsec_";
    /** Standard Webhooks: secrets of 24 to 64 random bytes; generated ones have 32. */
    static final int MIN_BYTES = 24;
    static final int MAX_BYTES = 64;
    private static final int GENERATED_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    WebhookSigner(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        this.key = Base64.getDecoder().decode(encoded);
    }

    String sign(String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** The {@code webhook-signature} header: one signature per secret, the newest first. */
    static String signAll(List<WebhookSigner> signers, String id, long timestamp, String body) {
        return signers.stream().map(signer -> signer.sign(id, timestamp, body)).collect(Collectors.joining(" "));
    }

    /** A new secret: {@code whsec_} and 32 bytes from a strong random source, base64. */
    static String generate() {
        byte[] bytes = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** What is wrong with a secret a caller supplies, if anything. */
    static Optional<String> problem(String secret) {
        String expected = "must be whsec_ followed by the base64 of " + MIN_BYTES + " to " + MAX_BYTES + " random bytes";
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.of(expected);
        }
        try {
            int length = Base64.getDecoder().decode(secret.substring(PREFIX.length())).length;
            return length >= MIN_BYTES && length <= MAX_BYTES ? Optional.empty() : Optional.of(expected);
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(expected);
        }
    }

    /** What reads show of a secret: enough to tell two apart, nothing to sign with. */
    static String hint(String secret) {
        return "…" + secret.substring(Math.max(PREFIX.length(), secret.length() - 4));
    }
}
