package vn.congdoan.plan.task;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface Assignments extends MongoRepository<Assignment, String> {

    List<Assignment> findByUnitId(String unitId);

    /** Assignments still active on or after {@code since}: open-ended ones and those closing later. */
    @Query("{ '$or': [ { 'activeUntil': null }, { 'activeUntil': { '$gte': ?0 } } ] }")
    Stream<Assignment> findActiveSince(LocalDate since);
}
