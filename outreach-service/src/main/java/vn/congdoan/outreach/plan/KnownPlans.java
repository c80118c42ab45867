package vn.congdoan.outreach.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.congdoan.contracts.plan.PlanClosed;
import vn.congdoan.contracts.plan.PlanEvent;
import vn.congdoan.contracts.plan.PlanIssued;

/**
 * The plans as outreach-service learns them from plan.plans. Idempotent and order-safe: an issue
 * or revision is stored only over a lower or equal revision (one conditional upsert), a closing
 * date is kept whatever revision arrives after it.
 */
public class KnownPlans {
    private final MongoTemplate mongo;

    public KnownPlans(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void handle(PlanEvent event) {
        switch (event) {
            case PlanIssued issued -> remember(issued);
            case PlanClosed closed -> mongo.upsert(Query.query(Criteria.where("_id").is(closed.planId())),
                    new Update().set("closedOn", closed.closedOn()).setOnInsert("revision", 0), KnownPlan.class);
        }
    }

    public Optional<KnownPlan> find(String planId) {
        return Optional.ofNullable(planId).map(id -> mongo.findById(id, KnownPlan.class)).filter(KnownPlan::issued);
    }

    private void remember(PlanIssued plan) {
        Query olderOrNone = Query.query(Criteria.where("_id").is(plan.planId()).and("revision").lte(plan.revision()));
        Update latest = new Update().set("revision", plan.revision()).set("number", plan.number())
                .set("title", plan.title()).set("issuingUnitId", plan.issuingUnitId())
                .set("issueDate", plan.issueDate()).set("tasks", tasks(plan));
        try {
            mongo.upsert(olderOrNone, latest, KnownPlan.class);
        } catch (DuplicateKeyException newerStored) {
            // a later revision is already stored: this one is out of date
        }
    }

    private static List<KnownPlan.KnownTask> tasks(PlanIssued plan) {
        return plan.tasks() == null ? List.of() : plan.tasks().stream().map(task -> new KnownPlan.KnownTask(task.id(),
                task.title(), task.deadline() == null ? null : task.deadline().kind(), last(task))).toList();
    }

    private static LocalDate last(PlanIssued.Task task) {
        if (task.deadline() == null || task.deadline().occurrences() == null) {
            return null;
        }
        return task.deadline().occurrences().stream().max(LocalDate::compareTo).orElse(null);
    }
}
