package vn.congdoan.notification.units;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When each unit's daily digest goes out: the parent unit's follow-up, and the e-mail of its
 * officers who chose a daily digest or of kinds that always wait for it. A unit that set none
 * uses {@code notification.defaults.digest-at}. One small document per unit that chose, read by key.
 */
public class DigestTimes {
    private final MongoTemplate mongo;
    private final LocalTime fallback;
    private final Clock clock;

    public DigestTimes(MongoTemplate mongo, LocalTime fallback, Clock clock) {
        this.mongo = mongo;
        this.fallback = fallback;
        this.clock = clock;
    }

    /** The unit's digest time, or the default when it set none (or no unit is named). */
    public LocalTime digestAt(String unitId) {
        return chosen(unitId).orElse(fallback);
    }

    /** The time the unit chose, if it chose one. */
    public Optional<LocalTime> chosen(String unitId) {
        return Optional.ofNullable(unitId).map(id -> mongo.findById(id, UnitDigest.class)).map(d -> LocalTime.parse(d.digestAt()));
    }

    public void choose(String unitId, LocalTime at) {
        mongo.save(new UnitDigest(unitId, at.withSecond(0).withNano(0).toString(), clock.instant()));
    }

    /** Back to the default. */
    public void clear(String unitId) {
        mongo.remove(new UnitDigest(unitId, null, null));
    }

    public LocalTime fallback() {
        return fallback;
    }

    @Document("unitDigestTimes")
    record UnitDigest(@Id String unitId, String digestAt, Instant updatedAt) {
    }
}
