package vn.congdoan.outreach.facts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.congdoan.events.CloudEvent;
import vn.congdoan.events.Outbox;
import vn.congdoan.outreach.roster.Roster;
import vn.congdoan.outreach.roster.RosterListener;
import vn.congdoan.outreach.roster.Rosters;

/**
 * Keeps each unit's year facts in step with its activities and roster, and publishes every change
 * as OutreachFactsUpdated with the next version. A refresh recomputes from stored state, so it is
 * idempotent (nothing changed: no event), and writes only over the version it read, so concurrent
 * instances never lose an update: the loser reads again and recomputes. The facts document is
 * read before the activities, so whoever writes last has seen every activity stored before it.
 */
@Component
public class FactsRefresher implements RosterListener {
    private static final int ATTEMPTS = 8;
    private final MongoTemplate mongo;
    private final CountedActivities activities;
    private final Rosters rosters;
    private final Outbox outbox;
    private final Clock clock;

    FactsRefresher(MongoTemplate mongo, CountedActivities activities, Rosters rosters, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.activities = activities;
        this.rosters = rosters;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Recomputes one unit's year from its activities and roster. */
    public void refresh(String unitId, int year) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            YearFacts stored = find(unitId, year);
            Long members = rosters.membersAsOf(unitId, rosterDay(year));
            YearFacts computed = YearFacts.of(unitId, year, activities.of(unitId, year), members);
            if (computed.sameAs(stored) || (stored == null && computed.forms().isEmpty() && members == null)) {
                return;
            }
            if (store(stored, computed)) {
                return;
            }
        }
        throw new IllegalStateException("facts " + YearFacts.id(unitId, year) + " kept changing under this refresh");
    }

    /** After roster changes: the roster members of every stored year from the change on. */
    @Override
    public void rostersChanged(Map<String, Roster> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Query query = Query.query(Criteria.where("unitId").in(changed.keySet()));
        query.fields().include("unitId", "year");
        query.cursorBatchSize(5_000);
        for (UnitYear facts : mongo.find(query, UnitYear.class, "facts")) {
            Roster roster = changed.get(facts.unitId());
            if (facts.year() >= roster.changedFrom().getYear()) {
                refreshRoster(facts.unitId(), facts.year());
            }
        }
    }

    /** A projection: which unit and year a facts document is of. */
    record UnitYear(String unitId, int year) {
    }

    public YearFacts find(String unitId, int year) {
        return mongo.findById(YearFacts.id(unitId, year), YearFacts.class);
    }

    /** Every stored facts document of {@code year} for these units (one query). */
    public List<YearFacts> ofYear(Collection<String> unitIds, int year) {
        Query query = Query.query(Criteria.where("year").is(year).and("unitId").in(unitIds));
        query.cursorBatchSize(5_000);
        return mongo.find(query, YearFacts.class);
    }

    /** Stages the event of a change a crash left unpublished. */
    void republish(YearFacts facts) {
        outbox.stage(CloudEvent.of(facts.eventId(), facts.factsId(), facts.updatedAt(), facts.event()));
        published(facts);
    }

    /** Stages the events of changes a crash left unpublished. */
    public void finishPending(Instant before) {
        mongo.find(Query.query(Criteria.where("pending").is(true).and("updatedAt").lt(before)).limit(500),
                YearFacts.class).forEach(this::republish);
    }

    /** The calendar year running today in Viet Nam: the year a question about facts means when it names none. */
    public int currentYear() {
        return Year.now(clock).getValue();
    }

    /** The day whose roster counts for a year: its last day, or today while it runs. */
    public LocalDate rosterDay(int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(today) ? today : end;
    }

    private void refreshRoster(String unitId, int year) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            YearFacts stored = find(unitId, year);
            YearFacts computed = stored.withRosterMembers(rosters.membersAsOf(unitId, rosterDay(year)));
            if (computed.sameAs(stored) || store(stored, computed)) {
                return;
            }
        }
    }

    private boolean store(YearFacts stored, YearFacts computed) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        YearFacts next = computed.next(stored == null ? 1 : stored.version() + 1, now);
        if (stored == null) {
            try {
                mongo.insert(next);
            } catch (DuplicateKeyException anotherWriterFirst) {
                return false;
            }
        } else {
            Update update = new Update().set("version", next.version()).set("forms", next.forms())
                    .set("attendance", next.attendance()).set("rosterMembers", next.rosterMembers())
                    .set("updatedAt", now).set("pending", true);
            if (mongo.updateFirst(version(next.factsId(), stored.version()), update, YearFacts.class)
                    .getModifiedCount() != 1) {
                return false;
            }
        }
        republish(next);
        return true;
    }

    private void published(YearFacts facts) {
        mongo.updateFirst(version(facts.factsId(), facts.version()), Update.update("pending", false), YearFacts.class);
    }

    private static Query version(String factsId, long version) {
        return Query.query(Criteria.where("_id").is(factsId).and("version").is(version));
    }
}
