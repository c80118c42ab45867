package vn.congdoan.reporting.report;

import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.events.SchedulerLocks;
import vn.congdoan.events.Outbox;
import vn.congdoan.reporting.period.Period;
import vn.congdoan.reporting.plan.Expectation;
import vn.congdoan.reporting.rollup.Rollups;
import vn.congdoan.reporting.rollup.Tally;
import vn.congdoan.web.ConflictException;

/**
 * Finishes what a stored report change implies: its events go to the outbox (re-derived from the
 * stored report with deterministic ids, so doing it twice stages them once) and each new version's
 * delta (its contribution minus the previous version's) reaches the rollups exactly once, claimed
 * by inserting {@code reportId:version} into {@code rollupClaims} (and finished after a crash between
 * the claim and the increments: see {@link Rollups#addClaimed}). Deltas commute, so two instances
 * applying versions 2 and 3 in either order reach the same sums.
 * <p>
 * A change is one at a time per report: {@link #begin} inserts the report's id into
 * {@code pendingReports} (a second change meanwhile gets 409) and {@link #settle(Pending)} removes
 * it once settled. A change a crash left behind is finished by {@link #settleLeftovers()}, which
 * reads only that small collection. Every write on the submit path is by {@code _id}: MongoDB
 * serves any filter that way, and the test stand-in (which only has the {@code _id} index, and only
 * for a filter on {@code _id} alone) would otherwise scan every report on every submission.
 */
@Component
public class ReportSettlement {
    private static final String CLAIMS = "rollupClaims";
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Rollups rollups;
    private final Clock clock;

    ReportSettlement(MongoTemplate mongo, Outbox outbox, Rollups rollups, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.rollups = rollups;
        this.clock = clock;
    }

    /** Starts a change of the report; 409 while another change of it is being made or repaired. */
    public Pending begin(String reportId) {
        Pending pending = new Pending(reportId, clock.instant());
        try {
            mongo.insert(pending);
        } catch (DuplicateKeyException changing) {
            throw new ConflictException("version", "the report is being changed meanwhile: read it again");
        }
        return pending;
    }

    /** Ends a change that wrote nothing (it was refused). */
    public void abandon(Pending pending) {
        release(pending);
    }

    /** Settles a change made after {@link #begin} and ends it. */
    public void settle(Pending pending) {
        settle(pending.id());
        release(pending);
    }

    void settle(String reportId) {
        Report report = mongo.findById(reportId, Report.class);
        if (report == null) {
            return;
        }
        outbox.stageAll(report.events());
        Period period = Period.parse(report.period()).orElseThrow();
        for (Report.Version version : report.versions()) {
            if (report.appliedVersions().contains(version.version())) {
                continue;
            }
            Report.Version previous = report.version(version.version() - 1);
            Tally delta = new Tally(version.contribution())
                    .minus(previous == null ? Tally.ZERO : new Tally(previous.contribution()));
            String claimId = report.id() + ":" + version.version();
            rollups.addClaimed("report:" + claimId, report.planId(), period, report.path(), delta,
                    new Rollups.Evidence(CLAIMS, claimId, true), () -> claim(report.id(), version.version()));
        }
        if (report.version() == 1) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(Expectation.idOf(report.planId(), report.period(),
                    report.unitId()))), new Update().set("reportId", report.id()), Expectation.class);
        }
    }

    @Scheduled(fixedDelayString = "${reporting.repair-interval:30s}")
    @SchedulerLock(name = "reporting-settle-reports", lockAtMostFor = SchedulerLocks.AT_MOST)
    public void settleLeftovers() {
        Query query = Query.query(Criteria.where("since").lt(clock.instant().minusSeconds(10))).limit(1_000);
        mongo.find(query, Pending.class).forEach(this::settle);
    }

    /** Removes this change's mark only: after a repair, a newer change may hold the report (a scan of a small collection). */
    private void release(Pending pending) {
        mongo.remove(Query.query(Criteria.where("_id").is(pending.id()).and("since").is(pending.since())), Pending.class);
    }

    private boolean claim(String reportId, int version) {
        try {
            mongo.insert(new RollupClaim(reportId + ":" + version), CLAIMS);
        } catch (DuplicateKeyException appliedBefore) {
            return false;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reportId)), new Update().addToSet("appliedVersions", version),
                Report.class);
        return true;
    }

    /** A report change in progress, from {@link #begin} until it is settled. */
    @org.springframework.data.mongodb.core.mapping.Document("pendingReports")
    public record Pending(@Id String id, @org.springframework.data.mongodb.core.index.Indexed Instant since) {
    }

    record RollupClaim(@Id String id) {
    }
}
