package vn.congdoan.contracts.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;

/**
 * A plan as issued, whole: published when it is issued and again for every revision (a higher
 * {@code revision}), so that a consumer never needs to call plan-service back. Each task names
 * who it goes to (units or scopes); the concrete units a scope expanded to on the issue date are
 * published one by one as {@code TaskAssigned} on plan.tasks ({@code assignmentCount} of them), so
 * that a plan for 130,000 grassroots unions stays a small record.
 */
public record PlanIssued(String planId, int revision, String number, String issuingUnitId, LocalDate issueDate,
                         String title, List<Reference> legalBasis, List<String> purposes, List<String> requirements,
                         List<Target> targets, List<Task> tasks, long assignmentCount,
                         List<String> recipients, Signer signer) implements PlanEvent {

    /** A document the plan implements: "Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị". */
    public record Reference(String kind, String number, LocalDate date, String issuer) {
    }

    /**
     * "hơn 90% ĐVNLĐ trong các cơ quan, đơn vị hành chính sự nghiệp" hằng năm.
     *
     * @param indicator what the platform computes for it; null when it cannot be evaluated
     *                  automatically (it is then only shown)
     * @param source    where its figures come from; null means {@link TargetSource#REPORTS}
     * @param dueBy     the last day of the horizon the document sets ("đến hết năm 2023" → 2023-12-31,
     *                  "giai đoạn 2021 - 2025" → 2025-12-31): the target is judged then, not at the plan's
     *                  term; null when the document sets no dated horizon. Added after the first release.
     * @param horizon   the horizon as the document writes it ("đến hết năm 2023", "trong nhiệm kỳ"); null for none
     * @param qualifier what narrows the units or members counted, as written ("có từ 25 lao động trở lên");
     *                  null for none
     */
    public record Target(String id, String metric, Comparator comparator, BigDecimal threshold, Measure measure,
                         Sector sector, UnitLevel level, TargetPeriod period, Indicator indicator,
                         TargetSource source, LocalDate dueBy, String horizon, String qualifier) {

        /** A target measured over a year or the plan's term, with no horizon or qualifier of its own. */
        public Target(String id, String metric, Comparator comparator, BigDecimal threshold, Measure measure,
                      Sector sector, UnitLevel level, TargetPeriod period, Indicator indicator, TargetSource source) {
            this(id, metric, comparator, threshold, measure, sector, level, period, indicator, source, null, null, null);
        }
    }

    /**
     * @param deadline when it falls due: the rule's kind, its RRULEs, and its dates from the issue
     *                 date to the end of the following year
     */
    public record Task(String id, String title, boolean reportTask, Deadline deadline, List<Assignee> assignees) {
    }

    public record Deadline(String kind, String phrase, List<String> rrules, List<LocalDate> occurrences) {
    }

    /** One named unit, or every open unit of {@code level} (and {@code sector}) under the issuing unit. */
    public record Assignee(String unitId, UnitLevel level, Sector sector) {
    }

    /** "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Mạnh Hùng". */
    public record Signer(String capacity, String position, String name) {
    }
}
