package vn.congdoan.notification.plans;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.congdoan.contracts.plan.PlanClosed;
import vn.congdoan.contracts.plan.PlanEvent;
import vn.congdoan.contracts.plan.PlanIssued;

/**
 * The number and title of every plan, learnt from plan.plans, so that a reminder can name its plan
 * ("45/KH-LĐLĐ – Kế hoạch tuyên truyền ..."): task events carry only the number. Idempotent and
 * order-safe: a revision is stored only over an older one, by one conditional upsert.
 */
public class PlanTitles {
    private final MongoTemplate mongo;

    public PlanTitles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void handle(PlanEvent event) {
        switch (event) {
            case PlanIssued e -> remember(e);
            case PlanClosed e -> {
                // a closed plan keeps its title: late reminders and digests still name it
            }
        }
    }

    /** The plan's title, if its issue has been seen. */
    public Optional<String> titleOf(String planId) {
        return Optional.ofNullable(planId).map(id -> mongo.findById(id, PlanTitle.class)).map(PlanTitle::title);
    }

    private void remember(PlanIssued plan) {
        Query olderOrNone = Query.query(Criteria.where("_id").is(plan.planId()).and("revision").lte(plan.revision()));
        Update latest = new Update().set("revision", plan.revision()).set("number", plan.number()).set("title", plan.title());
        try {
            mongo.upsert(olderOrNone, latest, PlanTitle.class);
        } catch (DuplicateKeyException newerStored) {
            // a later revision is already stored: this one is out of date
        }
    }

    @Document("plans")
    record PlanTitle(@Id String planId, int revision, String number, String title) {
    }
}
