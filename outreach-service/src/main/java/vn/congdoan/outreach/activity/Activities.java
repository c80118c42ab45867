package vn.congdoan.outreach.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.congdoan.outreach.facts.Counted;
import vn.congdoan.outreach.facts.CountedActivities;

/** Where activities are stored. A correction is written only over the version it corrects. */
@Component
class Activities implements CountedActivities {
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("_id"));
    private final MongoTemplate mongo;

    Activities(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** False when an activity with this id exists already. */
    boolean insert(StoredActivity activity) {
        try {
            mongo.insert(activity);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    /** Stores {@code next} over the version before it; false when that is no longer the current one. */
    boolean replace(StoredActivity next) {
        Query previous = Query.query(Criteria.where("_id").is(next.id()).and("version").is(next.version() - 1));
        Update update = new Update().set("version", next.version()).set("unitId", next.unitId())
                .set("planId", next.planId()).set("form", next.form()).set("startDate", next.startDate())
                .set("endDate", next.endDate()).set("year", next.year()).set("current", next.current())
                .push("revisions", next.revisions().getLast()).set("pending", true).set("changedAt", next.changedAt());
        return mongo.updateFirst(previous, update, StoredActivity.class).getModifiedCount() == 1;
    }

    Optional<StoredActivity> find(String id) {
        return Optional.ofNullable(mongo.findById(id, StoredActivity.class));
    }

    PageImpl<StoredActivity> page(Criteria criteria, Pageable pageable) {
        long total = mongo.count(Query.query(criteria), StoredActivity.class);
        Query query = Query.query(criteria).with(NEWEST_FIRST).with(pageable);
        query.fields().exclude("revisions");
        return new PageImpl<>(mongo.find(query, StoredActivity.class), pageable, total);
    }

    void published(StoredActivity activity) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(activity.id()).and("version").is(activity.version())),
                Update.update("pending", false), StoredActivity.class);
    }

    List<StoredActivity> pendingSince(Instant before) {
        return mongo.find(Query.query(Criteria.where("pending").is(true).and("changedAt").lt(before)).limit(500),
                StoredActivity.class);
    }

    /** A projection: only the current state. */
    record CurrentOnly(@Id String id, ActivityState current) {
    }

    @Override
    public List<Counted> of(String unitId, int year) {
        Query query = Query.query(Criteria.where("unitId").is(unitId).and("year").is(year));
        query.fields().include("current");
        return mongo.find(query, CurrentOnly.class, "activities").stream().map(CurrentOnly::current)
                .map(s -> new Counted(s.form(), s.planId(), s.startDate(), s.attendance())).toList();
    }
}
