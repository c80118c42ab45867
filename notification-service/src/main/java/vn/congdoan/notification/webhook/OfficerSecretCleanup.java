package vn.congdoan.notification.webhook;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.BeforeDeleteEvent;

import vn.congdoan.notification.officer.Officer;

/** A removed officer's own signing secret goes with them. */
class OfficerSecretCleanup extends AbstractMongoEventListener<Officer> {
    private final OfficerSecrets secrets;

    OfficerSecretCleanup(OfficerSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public void onBeforeDelete(BeforeDeleteEvent<Officer> event) {
        Object id = event.getDocument() == null ? null : event.getDocument().get("_id");
        if (id instanceof String officerId) {
            secrets.remove(officerId);
        }
    }
}
