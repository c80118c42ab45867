package vn.congdoan.plan.issuing;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.congdoan.web.SafeId;
import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.plan.deadline.DeadlineRule;

/**
 * A nhiệm vụ with its deadline and who carries it out.
 *
 * @param deadlinePhrase the words of the plan document ("Hoàn thành trong tháng 8/2021"), kept so
 *                       officers see what the rule was read from
 * @param reportTask     a report ("báo cáo 6 tháng và năm"): a ReportSubmitted completes it
 */
public record TaskSpec(@NotBlank @Size(max = 50) @SafeId String id,
                       @NotBlank @Size(max = 4000) String title,
                       boolean reportTask,
                       @NotNull DeadlineRule deadline,
                       @Size(max = 500) String deadlinePhrase,
                       @NotEmpty @Size(max = 500) List<@Valid @NotNull AssigneeSpec> assignees) {

    /** The task as published: its rule's kind and RRULEs and its dates to the end of next year. */
    PlanIssued.Task published(LocalDate issueDate) {
        LocalDate horizon = LocalDate.of(issueDate.getYear() + 1, 12, 31);
        return new PlanIssued.Task(id, title, reportTask, new PlanIssued.Deadline(deadline.kind(),
                deadlinePhrase, deadline.rrules(), deadline.occurrences(issueDate, horizon)),
                assignees.stream().map(a -> new PlanIssued.Assignee(a.unitId(), a.level(), a.sector())).toList());
    }
}
