package vn.congdoan.plan.issuing;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.congdoan.web.SafeId;
import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.plan.TargetPeriod;
import vn.congdoan.contracts.plan.TargetSource;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;

/**
 * A chỉ tiêu: "hơn 90% ĐVNLĐ trong các cơ quan, đơn vị hành chính sự nghiệp" hằng năm.
 *
 * @param indicator what reporting-service computes for it (its measure must be the target's);
 *                  null: the target is shown, not evaluated
 * @param source    where its figures come from; null means the units' reports
 * @param dueBy     the day the target is judged, from the horizon the document sets ("đến hết năm 2023" →
 *                  2023-12-31); null: at the end of each year (YEARLY) or of the plan's term (PLAN)
 * @param horizon   the horizon as written ("đến hết năm 2023", "trong nhiệm kỳ"); null for none
 * @param qualifier what narrows the units or members counted, as written ("có từ 25 lao động trở lên")
 */
public record TargetSpec(@NotBlank @Size(max = 50) @SafeId String id,
                         @NotBlank @Size(max = 2000) String metric,
                         @NotNull Comparator comparator,
                         @NotNull @DecimalMin("0") BigDecimal threshold,
                         @NotNull Measure measure,
                         Sector sector,
                         UnitLevel level,
                         @NotNull TargetPeriod period,
                         Indicator indicator,
                         TargetSource source,
                         LocalDate dueBy,
                         @Size(max = 200) String horizon,
                         @Size(max = 500) String qualifier) {

    /** A target measured over each year or the plan's term, with no horizon or qualifier of its own. */
    public TargetSpec(String id, String metric, Comparator comparator, BigDecimal threshold, Measure measure,
                      Sector sector, UnitLevel level, TargetPeriod period, Indicator indicator, TargetSource source) {
        this(id, metric, comparator, threshold, measure, sector, level, period, indicator, source, null, null, null);
    }

    PlanIssued.Target published() {
        return new PlanIssued.Target(id, metric, comparator, threshold, measure, sector, level, period, indicator,
                source, dueBy, horizon, qualifier);
    }
}
