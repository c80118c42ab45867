package vn.congdoan.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.congdoan.security.Caller;
import vn.congdoan.security.Role;

/**
 * The service's record of who changed what: one document per state-changing request, in the
 * service's own database, removed by MongoDB once {@link AuditProperties#retention()} has passed.
 */
public class AuditTrail {
    static final String COLLECTION = "auditTrail";

    private final MongoTemplate mongo;
    private final Clock clock;

    public AuditTrail(MongoTemplate mongo, Clock clock, AuditProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        IndexOperations indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("at", Sort.Direction.ASC).named("retention").expire(properties.retention()));
        indexes.createIndex(new Index().on("unitId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("targetUnitId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }

    public void record(Caller caller, String method, String path, String targetUnitId, int status) {
        String unitId = caller.unit() == null ? null : caller.unit().id();
        List<String> roles = caller.roles().stream().map(Role::name).sorted().toList();
        mongo.insert(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), caller.subject(), caller.name(),
                caller.unitCode(), unitId, roles, method, path, targetUnitId, status), COLLECTION);
    }

    /** What callers of the unit did and what was done to it, newest first; {@code from} inclusive, {@code to} exclusive. */
    public Page<AuditEntry> about(String unitId, Instant from, Instant to, Pageable page) {
        Criteria criteria = new Criteria().orOperator(Criteria.where("unitId").is(unitId), Criteria.where("targetUnitId").is(unitId));
        if (from != null || to != null) {
            Criteria at = Criteria.where("at");
            if (from != null) {
                at.gte(from);
            }
            if (to != null) {
                at.lt(to);
            }
            criteria = new Criteria().andOperator(criteria, at);
        }
        Query query = new Query(criteria);
        long total = mongo.count(query, AuditEntry.class, COLLECTION);
        List<AuditEntry> entries = mongo.find(query.with(page).with(Sort.by(Sort.Direction.DESC, "at")), AuditEntry.class, COLLECTION);
        return new PageImpl<>(entries, page, total);
    }
}
