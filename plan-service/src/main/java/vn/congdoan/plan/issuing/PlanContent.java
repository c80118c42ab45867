package vn.congdoan.plan.issuing;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.plan.deadline.ReminderPolicy;

/**
 * Everything a Kế hoạch says, as an officer enters it (or the document importer drafts it). The
 * request body of drafting and revising, and what a plan stores.
 *
 * @param number  "45/KH-LĐLĐ"
 * @param reminders when to remind of its deadlines; the federation's defaults when absent
 */
public record PlanContent(@NotBlank @Size(max = 100) String number,
                          @NotBlank @Size(max = 100) String issuingUnitId,
                          @NotNull LocalDate issueDate,
                          @NotBlank @Size(max = 2000) String title,
                          List<PlanIssued.@NotNull Reference> legalBasis,
                          List<@NotBlank String> purposes,
                          List<@NotBlank String> requirements,
                          List<@Valid @NotNull TargetSpec> targets,
                          List<@Valid @NotNull TaskSpec> tasks,
                          List<@NotBlank String> recipients,
                          PlanIssued.Signer signer,
                          @Valid ReminderPolicy reminders) {

    public PlanContent {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        targets = targets == null ? List.of() : List.copyOf(targets);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        reminders = reminders == null ? ReminderPolicy.defaults() : reminders;
    }
}
