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
        int line) {}
