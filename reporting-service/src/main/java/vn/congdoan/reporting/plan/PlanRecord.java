package vn.congdoan.reporting.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.congdoan.contracts.plan.PlanIssued;

/**
 * What reporting-service knows of a plan, from plan.plans: its latest revision's number, title,
 * issuing unit and targets, the last due date of its report tasks, when it closed, and the
 * allowed days for timeliness if the federation set them for this plan.
 */
@Document("plans")
public record PlanRecord(@Id String planId, int revision, String number, String title, String issuingUnitId,
                         LocalDate issueDate, List<PlanIssued.Target> targets, LocalDate lastReportDue,
                         LocalDate closedOn, Integer allowedDays) {

    public List<PlanIssued.Target> targets() {
        return targets == null ? List.of() : targets;
    }

    /** The end of the plan's term: its closing day, else the last report due. */
    public LocalDate termEnd() {
        return closedOn != null ? closedOn : lastReportDue;
    }
}
