package vn.congdoan.reporting.plan;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The periods a plan expects reports for in a unit's subtree, each with its dates and how many
 * reports are expected: what a dashboard offers to choose from. One {@code $group} over the
 * expectations (the {@code subtreeOverTime} index), not one read per unit.
 */
@Component
class PlanPeriods {
    private final MongoTemplate mongo;

    PlanPeriods(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** {@code dueDate}: the latest due date of the period's expected reports in the subtree. */
    public record PlanPeriod(String period, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate, long expected) {
    }

    private record Grouped(String id, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate, long expected) {
    }

    List<PlanPeriod> of(String planId, String unitId) {
        var aggregation = newAggregation(match(Criteria.where("planId").is(planId).and("path").is(unitId)),
                group("period").min("periodStart").as("periodStart").max("periodEnd").as("periodEnd")
                        .max("dueDate").as("dueDate").count().as("expected"));
        return mongo.aggregate(aggregation, Expectation.class, Grouped.class).getMappedResults().stream()
                .map(g -> new PlanPeriod(g.id(), g.periodStart(), g.periodEnd(), g.dueDate(), g.expected()))
                .sorted(Comparator.comparing(PlanPeriod::periodEnd).thenComparing(PlanPeriod::periodStart).reversed())
                .toList();
    }
}
