package vn.congdoan.plan.task;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.congdoan.plan.deadline.DeadlineRule;
import vn.congdoan.plan.deadline.ReminderPolicy;

/**
 * A task assigned to one unit, falling due by its {@link DeadlineRule}. It remembers which
 * occurrences are done and which reminders were already sent or recorded as missed, so that the
 * due-date sweep is a pure function of this document and the day.
 *
 * @param activeFrom  the later of the plan's issue date and the unit's opening date: deadlines
 *                    before it are not reminded of
 * @param activeUntil the earlier of the unit's and the plan's closing dates, or {@code null}
 * @param completions the occurrences the unit has completed, with its note and evidence
 * @param unannounced true from the moment a completion is stored until its TaskCompleted event is
 *                    staged: a crash in between leaves the flag, and {@link CompletionAnnouncer}
 *                    stages the event later (its id is deterministic, so twice is once)
 * @param reminded    keys of the reminders already staged ({@code 2026-11-30/-7})
 * @param missed      keys of the reminders that fell due while the scheduler was down and were
 *                    recorded instead of sent
 */
@Document("assignments")
public record Assignment(@Id String id, @Indexed String planId, int planRevision, String planNumber, String taskId,
                         String taskTitle, boolean reportTask,
                         @Indexed String unitId, String parentUnitId, DeadlineRule rule, ReminderPolicy policy,
                         LocalDate activeFrom, LocalDate activeUntil,
                         List<Completion> completions, Boolean unannounced, Set<String> reminded, Set<String> missed) {

    @PersistenceCreator
    public Assignment {
        completions = completions == null ? List.of() : List.copyOf(completions);
        reminded = reminded == null ? Set.of() : Set.copyOf(reminded);
        missed = missed == null ? Set.of() : Set.copyOf(missed);
    }

    /** A task given to a unit directly, outside any plan. */
    static Assignment adHoc(String id, String taskTitle, String unitId, String parentUnitId, DeadlineRule rule,
                            ReminderPolicy policy, LocalDate activeFrom) {
        return new Assignment(id, null, 0, null, null, taskTitle, false, unitId, parentUnitId, rule, policy, activeFrom,
                null, List.of(), false, Set.of(), Set.of());
    }

    /** Due dates of the occurrences already done: their reminders stop. */
    public Set<LocalDate> completed() {
        return completions.stream().map(Completion::occurrence).collect(Collectors.toSet());
    }

    public boolean isCompleted(LocalDate occurrence) {
        return completed().contains(occurrence);
    }

    /** Reminders that must not be staged again: sent ones and the ones recorded as missed. */
    public Set<String> recorded() {
        Set<String> recorded = new HashSet<>(reminded);
        recorded.addAll(missed);
        return recorded;
    }
}
