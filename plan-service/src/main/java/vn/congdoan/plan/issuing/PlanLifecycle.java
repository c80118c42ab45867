package vn.congdoan.plan.issuing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.congdoan.web.ConflictException;
import vn.congdoan.web.NotFoundException;

/**
 * Draft → issued (→ revised) → closed. Each step stores the plan's next state only if nobody
 * changed it meanwhile, then {@link PlanAnnouncer} writes its assignments and stages its events.
 */
@Component
public class PlanLifecycle {
    private final MongoTemplate mongo;
    private final PlanRules rules;
    private final PlanAnnouncer announcer;
    private final Clock clock;

    PlanLifecycle(MongoTemplate mongo, PlanRules rules, PlanAnnouncer announcer, Clock clock) {
        this.mongo = mongo;
        this.rules = rules;
        this.announcer = announcer;
        this.clock = clock;
    }

    public Plan draft(PlanContent content) {
        rules.check(content);
        return mongo.insert(Plan.draft(UUID.randomUUID().toString(), content, clock.instant()));
    }

    Plan redraft(String id, PlanContent content) {
        rules.check(content);
        return change(id, plan -> plan.redraft(content, clock.instant()));
    }

    Plan issue(String id) {
        return announcer.finish(change(id, plan -> plan.issue(clock.instant())));
    }

    Plan revise(String id, PlanContent content) {
        rules.check(content);
        return announcer.finish(change(id, plan -> plan.revise(content, clock.instant())));
    }

    Plan close(String id, LocalDate on) {
        return announcer.finish(change(id, plan -> plan.close(on, clock.instant())));
    }

    Plan find(String id) {
        Plan plan = mongo.findById(id, Plan.class);
        if (plan == null) {
            throw new NotFoundException("plan", id);
        }
        return plan;
    }

    private Plan change(String id, UnaryOperator<Plan> command) {
        Plan current = find(id);
        Plan next = command.apply(current);
        Query unchanged = Query.query(Criteria.where("_id").is(id).and("revision").is(current.revision())
                .and("status").is(current.status()).and("updatedAt").is(current.updatedAt()));
        if (mongo.findAndReplace(unchanged, next, FindAndReplaceOptions.options().returnNew()) == null) {
            throw new ConflictException("revision", "plan " + id + " changed meanwhile; reload it and try again");
        }
        return next;
    }
}
