package vn.congdoan.reporting.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.contracts.report.ReportApproved;
import vn.congdoan.contracts.report.ReportReturned;
import vn.congdoan.contracts.report.ReportSubmitted;
import vn.congdoan.events.CloudEvent;
import vn.congdoan.events.Outbox;
import vn.congdoan.reporting.period.Period;
import vn.congdoan.reporting.plan.Expectation;
import vn.congdoan.reporting.rollup.Rollups;
import vn.congdoan.reporting.rollup.Tally;

/**
 * Finishes what a stored report change implies: its events go to the outbox (re-derived from the
 * stored report with deterministic ids, so doing it twice stages them once) and each new version's
 * delta (its contribution minus the previous version's) reaches the rollups exactly once, claimed
 * by adding the version to {@code appliedVersions} with a conditional update. Deltas commute, so
 * two instances applying versions 2 and 3 in either order reach the same sums. A change a crash
 * left unsettled is finished by {@link #settleLeftovers()}.
 */
@Component
public class ReportSettlement {
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

    public void settle(String reportId) {
        Report report = mongo.findById(reportId, Report.class);
        if (report == null) {
            return;
        }
        outbox.stageAll(events(report));
        Period period = Period.parse(report.period()).orElseThrow();
        for (Report.Version version : report.versions()) {
            if (report.appliedVersions().contains(version.version()) || !claim(report.id(), version.version())) {
                continue;
            }
            Report.Version previous = report.version(version.version() - 1);
            Tally delta = new Tally(version.contribution())
                    .minus(previous == null ? Tally.ZERO : new Tally(previous.contribution()));
            rollups.add(report.planId(), period, report.path(), delta);
        }
        if (report.version() == 1) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(Expectation.idOf(report.planId(), report.period(),
                    report.unitId()))), new Update().set("reportId", report.id()), Expectation.class);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reportId).and("updatedAt").is(report.updatedAt())),
                new Update().set("unsettled", false), Report.class);
    }

    @Scheduled(fixedDelayString = "${reporting.repair-interval:30s}")
    @SchedulerLock(name = "reporting-settle-reports", lockAtMostFor = "PT5M")
    public void settleLeftovers() {
        Query query = Query.query(Criteria.where("unsettled").is(true).and("updatedAt").lt(clock.instant().minusSeconds(10)));
        query.fields().include("_id");
        query.limit(1_000);
        mongo.find(query, Map.class, "reports").forEach(d -> settle(d.get("_id").toString()));
    }

    private boolean claim(String reportId, int version) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(reportId).and("appliedVersions").ne(version)),
                new Update().addToSet("appliedVersions", version), Report.class).getModifiedCount() == 1;
    }

    static List<CloudEvent> events(Report report) {
        List<CloudEvent> events = new ArrayList<>();
        for (Report.Version v : report.versions()) {
            events.add(CloudEvent.of("report-submitted:" + report.id() + ":" + v.version(), report.id(), v.submittedAt(),
                    new ReportSubmitted(report.id(), v.version(), report.planId(), report.assignmentId(), report.unitId(),
                            report.dueDate(), report.period(), v.submittedAt(), report.parentUnitId(), report.onTime())));
        }
        for (Report.Decision d : report.decisions()) {
            boolean approved = "APPROVE".equals(d.decision());
            String id = (approved ? "report-approved:" : "report-returned:") + report.id() + ":" + d.version();
            Object payload = approved
                    ? new ReportApproved(report.id(), d.version(), report.planId(), report.unitId(), report.parentUnitId(),
                    report.period(), d.decidedBy(), d.comment(), d.decidedAt())
                    : new ReportReturned(report.id(), d.version(), report.planId(), report.unitId(), report.parentUnitId(),
                    report.period(), d.decidedBy(), d.comment(), d.decidedAt());
            events.add(CloudEvent.of(id, report.id(), d.decidedAt(), payload));
        }
        return events;
    }
}
