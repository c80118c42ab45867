package vn.congdoan.notification.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How officers' signing secrets are stored. Without a key (the default) as they are, like any
 * other field of the database; with {@code notification.webhook.secret-key} (base64 of a 16, 24
 * or 32-byte AES key) sealed with AES-GCM, a fresh 12-byte nonce each time and the officer id as
 * associated data, so that a sealed secret copied onto another officer does not open. Values stored
 * before a key was set still read (they carry no {@value #SEALED} prefix) and are sealed at their
 * next rotation.
 */
final class SecretSealer {
    static final String SEALED = "aesgcm:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretSealer(String base64Key) {
        this.key = base64Key == null || base64Key.isBlank() ? null : key(base64Key.strip());
    }

    String seal(String secret, String officerId) {
        if (key == null) {
            return secret;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(officerId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JVM", e);
        }
    }

    String open(String stored, String officerId) {
        if (!stored.startsWith(SEALED)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("the officer's webhook secret is encrypted and notification.webhook.secret-key is not set");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(officerId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the officer's webhook secret does not open with notification.webhook.secret-key"
                    + " (another key, or not this officer's)", e);
        }
    }

    private static SecretKey key(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("notification.webhook.secret-key must be base64", e);
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException("notification.webhook.secret-key must be the base64 of 16, 24 or 32 bytes, not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
