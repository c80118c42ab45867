package vn.congdoan.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdoan.portal.tasks.Tasks;

class DashboardTest {
    private static final FollowUpFigures.PlanPeriod FIRST_HALF = period("2025-H1", "2025-01-01", "2025-06-30", "2025-06-30");
    private static final FollowUpFigures.PlanPeriod YEAR_END = period("2025-H2", "2025-07-01", "2025-12-31", "2025-12-15");
    private static final FollowUpFigures.PlanPeriod NEXT_HALF = period("2026-H1", "2026-01-01", "2026-06-30", "2026-06-30");
    private static final List<FollowUpFigures.PlanPeriod> PERIODS = List.of(NEXT_HALF, YEAR_END, FIRST_HALF);

    @Test
    void opensOnTheLatestPeriodWhoseReportsWereDueBeforeToday() {
        assertThat(Dashboard.defaultPeriod(PERIODS, LocalDate.of(2026, 6, 15))).contains(YEAR_END);
        assertThat(Dashboard.defaultPeriod(PERIODS, LocalDate.of(2026, 7, 1))).contains(NEXT_HALF);
        assertThat(Dashboard.defaultPeriod(PERIODS, LocalDate.of(2025, 12, 15))).as("due today is not yet passed")
                .contains(FIRST_HALF);
    }

    @Test
    void opensOnThePeriodDueFirstWhenNoneIsDueYet() {
        assertThat(Dashboard.defaultPeriod(PERIODS, LocalDate.of(2025, 3, 1))).contains(FIRST_HALF);
        assertThat(Dashboard.defaultPeriod(List.of(), LocalDate.of(2025, 3, 1))).isEmpty();
    }

    @Test
    void listsTheChildWithTheFewestReportsFirstThenTheLatest() {
        var late = row("Công đoàn cơ sở Gỗ Đức Thành", 1, 1, 0, 1);
        var none = row("Công đoàn cơ sở Trường THPT", 1, 0, 0, 0);
        var onTime = row("Công đoàn cơ sở Cảng Quy Nhơn", 1, 1, 1, 0);
        var halfOnTime = row("Liên đoàn Lao động huyện", 2, 1, 1, 0);
        assertThat(Dashboard.worstFirst(List.of(onTime, late, halfOnTime, none)))
                .containsExactly(none, halfOnTime, late, onTime);
    }

    @Test
    void showsEachTargetInTheTargetPeriodTheReportingPeriodFallsIn() {
        Tasks.Target study = new Tasks.Target("c2", "Tỷ lệ ĐVNLĐ được học tập", "GTE", BigDecimal.valueOf(65), "PERCENT");
        Tasks.Plan plan = new Tasks.Plan("p", new Tasks.Content("15/KH", "Kế hoạch", LocalDate.of(2025, 1, 5), List.of(study)));
        var year2025 = figures("c2", "u", "2025", "2025-12-31");
        var year2026 = figures("c2", "u", "2026", "2026-12-31");
        var otherUnit = figures("c2", "v", "2025", "2025-12-31");
        assertThat(Dashboard.targets(plan, List.of(year2026, otherUnit, year2025), "u", FIRST_HALF))
                .extracting(Dashboard.TargetLine::figures).containsExactly(year2025);
        assertThat(Dashboard.targets(plan, List.of(year2025), "u", NEXT_HALF)).as("the last one when all ended before")
                .extracting(Dashboard.TargetLine::figures).containsExactly(year2025);
    }

    @Test
    void namesTheSummaryAfterPlanPeriodAndUnitKeepingTheDiacritics() {
        assertThat(Dashboard.summaryFileName("15/KH-LĐLĐ", "2025-H2", "Liên đoàn Lao động tỉnh Bình Định", "xlsx"))
                .isEqualTo("Tổng hợp 15-KH-LĐLĐ 2025-H2 Liên đoàn Lao động tỉnh Bình Định.xlsx");
        assertThat(Dashboard.summaryFileName("a\\b:c", "2025", "\"X\"", "csv")).isEqualTo("Tổng hợp a-b-c 2025 -X-.csv");
    }

    private static FollowUpFigures.PlanPeriod period(String label, String start, String end, String due) {
        return new FollowUpFigures.PlanPeriod(label, LocalDate.parse(start), LocalDate.parse(end), LocalDate.parse(due), 4);
    }

    private static FollowUpFigures.CompletenessRow row(String name, long expected, long submitted, long onTime, long late) {
        return new FollowUpFigures.CompletenessRow(new FollowUpFigures.UnitRef(name, name, "GRASSROOTS"),
                new FollowUpFigures.Completeness(expected, submitted, onTime, late, expected - submitted,
                        percent(submitted, expected), percent(onTime, expected)));
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 1000 / whole, 1);
    }

    private static FollowUpFigures.TargetFigures figures(String target, String unit, String period, String end) {
        return new FollowUpFigures.TargetFigures(target, unit, period, LocalDate.parse(end),
                new FollowUpFigures.Verdict("MET", 1, 2, BigDecimal.valueOf(50), BigDecimal.valueOf(77), BigDecimal.valueOf(100)));
    }
}
