package vn.congdoan.plan.issuing;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Lists of plans and of a plan's revisions, for reading: commands go through {@link PlanLifecycle}. */
@Component
class Plans {
    private final MongoTemplate mongo;

    Plans(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The plans whose issuer passes {@code issuerShown}, most recently changed first, optionally of one
     * status. Few units issue plans: their ids are read first and filtered here, then one query.
     */
    Page<Plan> issuedBy(Predicate<String> issuerShown, PlanStatus status, int page, int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "updatedAt"));
        List<String> issuers = mongo.findDistinct(new Query(), "content.issuingUnitId", Plan.class, String.class)
                .stream().filter(issuerShown).toList();
        Criteria shown = Criteria.where("content.issuingUnitId").in(issuers);
        if (status != null) {
            shown.and("status").is(status);
        }
        Query query = Query.query(shown);
        long total = mongo.count(query, Plan.class);
        return new PageImpl<>(mongo.find(query.with(request), Plan.class), request, total);
    }

    /** Every revision of the plan, oldest first. */
    List<PlanRevision> revisions(String planId) {
        return mongo.find(Query.query(Criteria.where("planId").is(planId)).with(Sort.by("revision")), PlanRevision.class);
    }
}
