package vn.congdoan.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} and the base64 HMAC-SHA256, keyed with the secret
 * ({@code whsec_} and base64), of {@code <webhook-id>.<webhook-timestamp>.<body>}. Receivers verify
 * with any Standard Webhooks library.
 */
final class WebhookSigner {
    private static final String PREFIX = "whsec_";

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
}
