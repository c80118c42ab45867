package vn.congdoan.plan.plan;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
 */
public record TargetSpec(@NotBlank @Size(max = 50) String id,
                         @NotBlank @Size(max = 2000) String metric,
                         @NotNull Comparator comparator,
                         @NotNull @DecimalMin("0") BigDecimal threshold,
                         @NotNull Measure measure,
                         Sector sector,
                         UnitLevel level,
                         @NotNull TargetPeriod period,
                         Indicator indicator,
                         TargetSource source) {

    PlanIssued.Target published() {
        return new PlanIssued.Target(id, metric, comparator, threshold, measure, sector, level, period, indicator,
                source);
    }
}
