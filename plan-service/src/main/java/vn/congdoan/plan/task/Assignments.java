package vn.congdoan.plan.task;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface Assignments extends MongoRepository<Assignment, String> {

    /** Open assignments due from {@code from} to {@code to}, both included. */
    @Query("{ 'completedOn': null, 'dueDate': { '$gte': ?0, '$lte': ?1 } }")
    Stream<Assignment> findOpenDueBetween(LocalDate from, LocalDate to);
}
