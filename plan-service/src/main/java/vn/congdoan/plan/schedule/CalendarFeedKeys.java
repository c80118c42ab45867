package vn.congdoan.plan.schedule;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code calendarFeeds} collection: each unit's secret calendar address, made and replaced by its officers. */
@Component
class CalendarFeedKeys {
    /** 256 random bits in base64url: 43 characters of {@code [A-Za-z0-9_-]}. */
    private static final String SECRET = "[A-Za-z0-9_-]{43}";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final MongoTemplate mongo;
    private final Clock clock;

    CalendarFeedKeys(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Optional<CalendarFeedKey> of(String unitId) {
        return Optional.ofNullable(mongo.findById(unitId, CalendarFeedKey.class));
    }

    /** The unit whose address this is; none for anything that is not a current secret. */
    Optional<String> unitOf(String secret) {
        if (secret == null || !secret.matches(SECRET)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("secret").is(secret)), CalendarFeedKey.class))
                .map(CalendarFeedKey::unitId);
    }

    /** A new address for the unit, replacing the old one in one write. */
    CalendarFeedKey renew(String unitId, String by) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        CalendarFeedKey key = new CalendarFeedKey(unitId, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                clock.instant(), by);
        return mongo.save(key);
    }
}
