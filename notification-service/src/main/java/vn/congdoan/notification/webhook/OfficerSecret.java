package vn.congdoan.notification.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An officer's own signing secret, stored apart from the officer (whose document is read by
 * anyone who may read the directory, and copied into the per-unit index). {@code secret} and
 * {@code previous} are as {@link SecretSealer} stored them; the hints are what reads show. The
 * previous secret still signs until {@code previousUntil}, so receivers can switch without loss.
 * The version makes two rotations at once a conflict instead of handing out a secret that was lost.
 */
@Document("webhookSecrets")
record OfficerSecret(@Id String officerId, String secret, String hint, Instant createdAt, String previous,
                     String previousHint, Instant previousUntil, @Version Long version) {

    boolean previousValidAt(Instant now) {
        return previous != null && previousUntil != null && now.isBefore(previousUntil);
    }
}
