package vn.congdoan.portal.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.congdoan.portal.tasks.Tasks;
import vn.congdoan.portal.tasks.Words;

/**
 * One dashboard page: a plan, the period chosen and the unit followed, with the completeness of
 * each direct child (worst first), the missing units with their officers, the targets' standing
 * and the outreach done under the plan.
 */
record Dashboard(Tasks.Plan plan, List<FollowUpFigures.PlanPeriod> periods, FollowUpFigures.PlanPeriod period,
                 List<FollowUpFigures.Unit> path, FollowUpFigures.CompletenessView completeness,
                 List<FollowUpFigures.CompletenessRow> children, List<MissingWithContacts> missing,
                 List<TargetLine> targets, List<FollowUpFigures.FormCoverage> outreach) {

    record MissingWithContacts(FollowUpFigures.MissingUnit unit, List<FollowUpFigures.Contact> contacts) {
    }

    record TargetLine(Tasks.Target target, FollowUpFigures.TargetFigures figures) {
        private static final int LABEL_LENGTH = 40;

        /** The chart's category: the plan's sentence cut short (the table beside it has it whole). */
        public String label() {
            return Words.shorten(target.metric(), LABEL_LENGTH);
        }
    }

    FollowUpFigures.Unit unit() {
        return path.getLast();
    }

    /** The latest period whose reports were due before {@code today}; without one, the first still to come. */
    static Optional<FollowUpFigures.PlanPeriod> defaultPeriod(List<FollowUpFigures.PlanPeriod> periods, LocalDate today) {
        Comparator<FollowUpFigures.PlanPeriod> byDue = Comparator.comparing(FollowUpFigures.PlanPeriod::dueDate);
        return periods.stream().filter(p -> p.dueDate().isBefore(today)).max(byDue)
                .or(() -> periods.stream().min(byDue));
    }

    /** Lowest completeness first, then lowest timeliness, then by name. */
    static List<FollowUpFigures.CompletenessRow> worstFirst(List<FollowUpFigures.CompletenessRow> rows) {
        return rows.stream().sorted(Comparator
                        .comparing((FollowUpFigures.CompletenessRow r) -> r.completeness().completenessRate())
                        .thenComparing(r -> r.completeness().timelinessRate())
                        .thenComparing(r -> r.unit().name() == null ? "" : r.unit().name()))
                .toList();
    }

    /**
     * Each of the plan's targets for the unit, in the target period the reporting period falls in
     * (the first that ends on or after it; the last one when all ended before).
     */
    static List<TargetLine> targets(Tasks.Plan plan, List<FollowUpFigures.TargetFigures> figures, String unitId,
                                    FollowUpFigures.PlanPeriod period) {
        Map<String, List<FollowUpFigures.TargetFigures>> byTarget = figures.stream()
                .filter(f -> f.unitId().equals(unitId) && f.periodEnd() != null)
                .sorted(Comparator.comparing(FollowUpFigures.TargetFigures::periodEnd))
                .collect(Collectors.groupingBy(FollowUpFigures.TargetFigures::targetId));
        return plan.targets().stream().filter(t -> byTarget.containsKey(t.id()))
                .map(t -> new TargetLine(t, byTarget.get(t.id()).stream()
                        .filter(f -> !f.periodEnd().isBefore(period.periodEnd())).findFirst()
                        .orElse(byTarget.get(t.id()).getLast())))
                .toList();
    }

    /** "Tổng hợp 15-KH-LĐLĐ 2025-H2 Liên đoàn Lao động tỉnh Bình Định.xlsx": diacritics kept, no character a file system refuses. */
    static String summaryFileName(String planNumber, String period, String unitName, String format) {
        String name = String.join(" ", "Tổng hợp", planNumber == null ? "" : planNumber, period,
                unitName == null ? "" : unitName);
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").replaceAll("\\s+", " ").strip() + "." + format;
    }
}
