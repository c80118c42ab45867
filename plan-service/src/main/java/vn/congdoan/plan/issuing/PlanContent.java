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
                          @Size(max = MAX_ITEMS) List<PlanIssued.@NotNull Reference> legalBasis,
                          @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = MAX_TEXT) String> purposes,
                          @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = MAX_TEXT) String> requirements,
                          @Size(max = MAX_TARGETS) List<@Valid @NotNull TargetSpec> targets,
                          @Size(max = MAX_TASKS) List<@Valid @NotNull TaskSpec> tasks,
                          @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 500) String> recipients,
                          PlanIssued.Signer signer,
                          @Valid ReminderPolicy reminders) {
    /** Bounds that keep one plan a reasonable document (and request): far above any real Kế hoạch. */
    static final int MAX_ITEMS = 100;
    static final int MAX_TEXT = 4000;
    static final int MAX_TARGETS = 200;
    static final int MAX_TASKS = 500;

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
