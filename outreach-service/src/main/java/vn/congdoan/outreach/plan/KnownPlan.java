package vn.congdoan.outreach.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What outreach-service knows of a plan from plan.plans: enough to check that an activity serves
 * one of its tasks within its period. Its period runs from the issue date to
 * <ul>
 *     <li>the day it was closed, once closed;</li>
 *     <li>else, when every task is due once: 31 December of the year after the last due date
 *     (a unit may still carry the plan out and record it the next year);</li>
 *     <li>else (a recurring or ongoing task: "hằng năm", "thường xuyên"): no end until it is closed.</li>
 * </ul>
 */
@Document("plans")
public record KnownPlan(@Id String planId, int revision, String number, String title, String issuingUnitId,
                        LocalDate issueDate, List<KnownTask> tasks, LocalDate closedOn) {

    public record KnownTask(String id, String title, String deadlineKind, LocalDate lastOccurrence) {
        boolean once() {
            return "ONCE".equals(deadlineKind);
        }
    }

    /** The first day an activity may start on for this plan. */
    public LocalDate periodStart() {
        return issueDate;
    }

    /** The last day an activity may end on for this plan; empty while the plan is open-ended. */
    public Optional<LocalDate> periodEnd() {
        if (closedOn != null) {
            return Optional.of(closedOn);
        }
        if (tasks == null || tasks.isEmpty() || !tasks.stream().allMatch(KnownTask::once)) {
            return Optional.empty();
        }
        LocalDate last = tasks.stream().map(KnownTask::lastOccurrence).filter(d -> d != null)
                .max(LocalDate::compareTo).orElse(issueDate);
        return Optional.of(LocalDate.of(last.getYear() + 1, 12, 31));
    }

    public boolean hasTask(String taskId) {
        return tasks != null && tasks.stream().anyMatch(t -> t.id().equals(taskId));
    }

    /** Issued (its content seen), not only closed. */
    public boolean issued() {
        return issueDate != null;
    }
}
