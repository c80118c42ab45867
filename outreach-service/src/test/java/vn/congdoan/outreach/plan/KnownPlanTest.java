package vn.congdoan.outreach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdoan.outreach.plan.KnownPlan.KnownTask;

class KnownPlanTest {
    private static final LocalDate ISSUED = LocalDate.of(2021, 8, 10);

    @Test
    void aPlanOfOneOffTasksRunsToTheEndOfTheYearAfterItsLastDeadline() {
        KnownPlan plan = plan(null, new KnownTask("t1", "Hội nghị quán triệt", "ONCE", LocalDate.of(2021, 8, 31)),
                new KnownTask("t2", "Báo cáo kết quả", "ONCE", LocalDate.of(2021, 12, 31)));

        assertThat(plan.periodStart()).isEqualTo(ISSUED);
        assertThat(plan.periodEnd()).contains(LocalDate.of(2022, 12, 31));
    }

    @Test
    void aPlanWithAYearlyOrOngoingTaskHasNoEndUntilItIsClosed() {
        KnownTask yearly = new KnownTask("t1", "Báo cáo hằng năm", "YEARLY", LocalDate.of(2022, 11, 30));
        KnownTask ongoing = new KnownTask("t2", "Tuyên truyền thường xuyên", "ONGOING", null);

        assertThat(plan(null, yearly).periodEnd()).isEmpty();
        assertThat(plan(null, ongoing).periodEnd()).isEmpty();
        assertThat(plan(LocalDate.of(2025, 6, 30), yearly, ongoing).periodEnd()).contains(LocalDate.of(2025, 6, 30));
    }

    @Test
    void knowsItsTasks() {
        KnownPlan plan = plan(null, new KnownTask("t1", "x", "ONCE", ISSUED));

        assertThat(plan.hasTask("t1")).isTrue();
        assertThat(plan.hasTask("t9")).isFalse();
    }

    private static KnownPlan plan(LocalDate closedOn, KnownTask... tasks) {
        return new KnownPlan("p", 1, "45/KH-LĐLĐ", "Kế hoạch", "ldld", ISSUED, List.of(tasks), closedOn);
    }
}
