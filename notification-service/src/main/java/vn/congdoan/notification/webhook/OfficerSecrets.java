package vn.congdoan.notification.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;

import vn.congdoan.notification.delivery.DeliveryException;

/**
 * Officers' own signing secrets: issued (supplied by the caller or generated), rotated with a
 * grace period during which deliveries carry both signatures, removed; and, for a delivery, the
 * secrets to sign with: the officer's own, else the service-wide one. Everything lives in the
 * database, so every instance signs alike.
 */
class OfficerSecrets {
    private final MongoTemplate mongo;
    private final SecretSealer sealer;
    private final WebhookProperties properties;
    private final Clock clock;
    private final WebhookSigner serviceWide;

    OfficerSecrets(MongoTemplate mongo, SecretSealer sealer, WebhookProperties properties, Clock clock) {
        this.mongo = mongo;
        this.sealer = sealer;
        this.properties = properties;
        this.clock = clock;
        // a service-wide secret that is not base64 stops the start, not every delivery
        this.serviceWide = properties.secret() == null || properties.secret().isBlank() ? null
                : new WebhookSigner(properties.secret());
    }

    Optional<OfficerSecret> of(String officerId) {
        return Optional.ofNullable(mongo.findById(officerId, OfficerSecret.class));
    }

    /**
     * Makes {@code supplied} (or, when null, a new random secret) the officer's secret. The secret it
     * replaces keeps signing for the grace period. A concurrent change of the same officer's secret
     * fails with an optimistic locking or duplicate key exception.
     */
    Issued replace(String officerId, String supplied) {
        String secret = supplied != null ? supplied : WebhookSigner.generate();
        Instant now = clock.instant();
        OfficerSecret current = of(officerId).orElse(null);
        OfficerSecret next = current == null
                ? new OfficerSecret(officerId, sealer.seal(secret, officerId), WebhookSigner.hint(secret), now,
                        null, null, null, null)
                : new OfficerSecret(officerId, sealer.seal(secret, officerId), WebhookSigner.hint(secret), now,
                        current.secret(), current.hint(), now.plus(properties.rotationGrace()), current.version());
        return new Issued(mongo.save(next), supplied == null ? secret : null);
    }

    void remove(String officerId) {
        of(officerId).ifPresent(mongo::remove);
    }

    /** The secrets a delivery to {@code officerId} is signed with, newest first. */
    List<WebhookSigner> signersFor(String officerId) throws DeliveryException {
        OfficerSecret own = officerId == null ? null : mongo.findById(officerId, OfficerSecret.class);
        if (own != null) {
            try {
                List<WebhookSigner> signers = new ArrayList<>(2);
                signers.add(new WebhookSigner(sealer.open(own.secret(), officerId)));
                if (own.previousValidAt(clock.instant())) {
                    signers.add(new WebhookSigner(sealer.open(own.previous(), officerId)));
                }
                return signers;
            } catch (IllegalStateException cannotOpen) {
                throw new DeliveryException("webhook: " + cannotOpen.getMessage(), cannotOpen);
            }
        }
        if (serviceWide == null) {
            throw new DeliveryException("webhook: the officer has no signing secret of their own and"
                    + " notification.webhook.secret is not set", null);
        }
        return List.of(serviceWide);
    }

    /** A stored secret, and the secret itself when the service generated it: to be shown this once. */
    record Issued(OfficerSecret stored, String generated) {
    }
}
