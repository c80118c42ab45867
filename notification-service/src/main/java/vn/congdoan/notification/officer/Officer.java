package vn.congdoan.notification.officer;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A union officer who receives notifications for a unit: cán bộ công đoàn. The email is unique,
 * so that a bulk import can recognise an officer it has seen before.
 */
@Document("officers")
public record Officer(@Id String id, String name, @Indexed String unitId, Role role,
                      @Indexed(unique = true) String email, String phone, String zaloId, String language,
                      Preferences preferences, Instant updatedAt, String webhookUrl) {

    public static final String VIETNAMESE = "vi";

    Officer withPreferences(Preferences changed, Instant at) {
        return new Officer(id, name, unitId, role, email, phone, zaloId, language, changed, at, webhookUrl);
    }

    /** The officer without e-mail, phone, Zalo and webhook: for callers who may not see them. */
    Officer withoutPersonalData() {
        return new Officer(id, name, unitId, role, null, null, null, language, preferences, updatedAt, null);
    }

    /** The officer with another webhook URL (checked by {@link WebhookUrls}); null removes it. */
    public Officer withWebhookUrl(String url, Instant at) {
        return new Officer(id, name, unitId, role, email, phone, zaloId, language, preferences, at, url);
    }
}
