package vn.congdoan.reporting.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
 * The plans as plan.plans tells them: the highest revision of each is kept (an older one arriving
 * late changes nothing), and a close is kept whatever order the two arrive in.
 */
public class KnownPlans {
    private final MongoTemplate mongo;

    public KnownPlans(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void handle(PlanEvent event) {
        switch (event) {
            case PlanIssued issued -> issued(issued);
            case PlanClosed closed -> mongo.upsert(Query.query(Criteria.where("_id").is(closed.planId())),
                    new Update().set("closedOn", closed.closedOn()).setOnInsert("revision", 0), PlanRecord.class);
        }
    }

    private void issued(PlanIssued plan) {
        LocalDate lastReportDue = plan.tasks().stream().filter(PlanIssued.Task::reportTask)
                .map(PlanIssued.Task::deadline).filter(Objects::nonNull)
                .flatMap(d -> d.occurrences() == null ? java.util.stream.Stream.empty() : d.occurrences().stream())
                .max(Comparator.naturalOrder()).orElse(null);
        // a close seen first stored revision 0
        Query olderOrNone = Query.query(Criteria.where("_id").is(plan.planId()).and("revision").lt(plan.revision()));
        Update latest = new Update().set("revision", plan.revision()).set("number", plan.number())
                .set("title", plan.title()).set("issuingUnitId", plan.issuingUnitId()).set("issueDate", plan.issueDate())
                .set("targets", plan.targets()).set("lastReportDue", lastReportDue);
        try {
            mongo.upsert(olderOrNone, latest, PlanRecord.class);
        } catch (DuplicateKeyException sameOrNewerHeld) {
            // a revision at least as new is stored: this one is out of date
        }
    }

    public Optional<PlanRecord> find(String planId) {
        return Optional.ofNullable(planId).map(id -> mongo.findById(id, PlanRecord.class));
    }

    /** Plans that have been issued (a close seen alone does not make a plan). */
    public List<PlanRecord> issued() {
        return mongo.find(Query.query(Criteria.where("revision").gt(0)), PlanRecord.class);
    }

    public void setAllowedDays(String planId, Integer allowedDays) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(planId)), new Update().set("allowedDays", allowedDays),
                PlanRecord.class);
    }
}
