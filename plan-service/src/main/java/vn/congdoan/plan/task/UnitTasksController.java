package vn.congdoan.plan.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.congdoan.plan.deadline.DeadlineRule;
import vn.congdoan.security.UnitScope;

/**
 * {@code /api/units/{unitId}/tasks}: what the unit still has to do, the officers' to-do list. Each
 * active assignment with an occurrence not done yet (the earliest one, looking back a year for
 * overdue ones), overdue first, then by due date; ongoing tasks ("thường xuyên") come last. For the
 * unit's own officers and those of the units above it.
 */
@RestController
class UnitTasksController {
    private static final int LOOK_BACK_DAYS = 366;
    private static final int LOOK_AHEAD_YEARS = 2;

    private final Assignments assignments;
    private final Clock clock;
    private final UnitScope scope;

    UnitTasksController(Assignments assignments, Clock clock, UnitScope scope) {
        this.assignments = assignments;
        this.clock = clock;
        this.scope = scope;
    }

    @GetMapping("/api/units/{unitId}/tasks")
    @Operation(summary = "The unit's open tasks: each with its next due date not done, overdue ones first")
    List<OpenTask> openTasks(@PathVariable String unitId) {
        scope.requireWithin(unitId);
        LocalDate today = LocalDate.now(clock);
        return assignments.findByUnitId(unitId).stream()
                .filter(a -> a.activeUntil() == null || !a.activeUntil().isBefore(today))
                .flatMap(a -> open(a, today).stream())
                .sorted(Comparator.comparing(OpenTask::nextDue, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static Optional<OpenTask> open(Assignment a, LocalDate today) {
        LocalDate lookBack = today.minusDays(LOOK_BACK_DAYS);
        LocalDate from = a.activeFrom().isAfter(lookBack) ? a.activeFrom() : lookBack;
        LocalDate to = a.activeUntil() == null ? today.plusYears(LOOK_AHEAD_YEARS) : a.activeUntil();
        if (a.rule() instanceof DeadlineRule.Ongoing) {
            return Optional.of(new OpenTask(AssignmentController.AssignmentView.of(a), null, false, 0));
        }
        return a.rule().occurrences(from, to).stream()
                .filter(due -> !a.isCompleted(due))
                .findFirst()
                .map(due -> new OpenTask(AssignmentController.AssignmentView.of(a), due, due.isBefore(today),
                        a.reminded().stream().filter(key -> key.startsWith(due + "/")).count()));
    }

    /**
     * @param nextDue       the earliest occurrence not done; null for an ongoing task
     * @param overdue       that occurrence's day has passed
     * @param remindersSent reminders already sent for that occurrence
     */
    record OpenTask(AssignmentController.AssignmentView assignment, LocalDate nextDue, boolean overdue,
                    long remindersSent) {
    }
}
