package vn.congdoan.plan.imports;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.contracts.plan.TargetPeriod;

import java.math.BigDecimal;

/**
 * A numeric target (chỉ tiêu) read from one sentence; a sentence may hold several.
 *
 * @param metric  what is measured, in the document's Vietnamese ("ĐVNLĐ được tham gia học tập, ...")
 * @param measure null when the sentence does not say whose share it is (a finding says so)
 * @param sector  null when the target is not limited to public sector or enterprises
 * @param level   the unit level a share of units counts, null for members and counts
 * @param horizon   by when, as written ("đến hết năm 2023", "giai đoạn 2021 - 2025", "trong nhiệm kỳ"); null
 *                  when the sentence gives none (then {@code period} says yearly or the plan's term)
 * @param qualifier what narrows the counted population, as written ("có từ 25 lao động trở lên"); null for none
 * @param line    1-based line of the sentence in the input
 */
public record DraftTarget(
        String metric,
        Comparator comparator,
        BigDecimal threshold,
        Measure measure,
        Sector sector,
        UnitLevel level,
        TargetPeriod period,
        String horizon,
        String qualifier,
        int line) {

    /** A target with neither horizon nor qualifier, as plans with a CHỈ TIÊU section mostly write them. */
    public DraftTarget(String metric, Comparator comparator, BigDecimal threshold, Measure measure, Sector sector,
                       UnitLevel level, TargetPeriod period, int line) {
        this(metric, comparator, threshold, measure, sector, level, period, null, null, line);
    }
}
