package vn.congdoan.plan.issuing;

import java.time.Clock;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.events.SchedulerLocks;
import vn.congdoan.events.Outbox;

/**
 * Stages a plan's events once its state is stored, and finishes, periodically, whatever a crash
 * left behind: revisions whose assignments are not all written, plans whose events are not staged.
 * Both steps are idempotent, so finishing twice is finishing once.
 */
@Component
class PlanAnnouncer {
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final PlanIssuing issuing;
    private final Clock clock;

    PlanAnnouncer(MongoTemplate mongo, Outbox outbox, PlanIssuing issuing, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.issuing = issuing;
        this.clock = clock;
    }

    Plan finish(Plan plan) {
        Plan expanded = issuing.settle(plan);
        outbox.stageAll(expanded.events(clock.instant()));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(plan.id()).and("revision").is(expanded.revision())
                .and("status").is(expanded.status())), new Update().unset("unannounced"), Plan.class);
        return mongo.findById(plan.id(), Plan.class);
    }

    @Scheduled(fixedDelayString = "${congdoan.plan.repair-interval:1m}")
    @SchedulerLock(name = "plan-announcer", lockAtMostFor = SchedulerLocks.AT_MOST)
    public void finishLeftovers() {
        mongo.find(Query.query(new Criteria().orOperator(Criteria.where("expansionDue").is(true),
                Criteria.where("unannounced").is(true))), Plan.class).forEach(this::finish);
    }
}
