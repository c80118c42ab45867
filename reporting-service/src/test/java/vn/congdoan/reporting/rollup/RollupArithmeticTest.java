package vn.congdoan.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.task.TaskAssigned;
import vn.congdoan.reporting.period.Period;
import vn.congdoan.reporting.plan.ExpectationPlanner;

class RollupArithmeticTest {

    @Test
    void aRevisedReportAddsOnlyTheDifferenceAndVersionsCommute() {
        Tally v1 = Tally.builder().add("submitted", 1).add("MEMBERS_ENTERPRISE", 100).add("STUDY_SESSIONS_ENTERPRISE", 60).build();
        Tally v2 = Tally.builder().add("submitted", 1).add("MEMBERS_ENTERPRISE", 120).add("STUDY_SESSIONS_ENTERPRISE", 90).build();
        Tally v3 = Tally.builder().add("submitted", 1).add("MEMBERS_ENTERPRISE", 110).add("STUDY_SESSIONS_ENTERPRISE", 90).build();
        Tally delta2 = v2.minus(v1);
        Tally delta3 = v3.minus(v2);

        assertThat(delta2.counts()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("MEMBERS_ENTERPRISE", 20L,
                "STUDY_SESSIONS_ENTERPRISE", 30L));
        assertThat(v1.plus(delta3).plus(delta2)).isEqualTo(v3);
        assertThat(v1.plus(delta2).plus(delta3)).isEqualTo(v3);
    }

    @Test
    void completenessAndTimelinessAreRatesOfSums() {
        Tally sums = Tally.builder().add("expected", 47).add("submitted", 35).add("onTime", 30).add("late", 5).build();
        Completeness c = Completeness.of(sums);
        assertThat(c.missing()).isEqualTo(12);
        assertThat(c.completenessRate()).isEqualByComparingTo("74.5");
        assertThat(c.timelinessRate()).isEqualByComparingTo("63.8");
    }

    @Test
    void aUnitClosedMidYearStillOwesThatYearsReportButNotTheNextOnes() {
        PlanIssued.Deadline yearly = new PlanIssued.Deadline("YEARLY", "trước ngày 30/11 hàng năm",
                List.of("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"), List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 11, 30)));
        TaskAssigned task = new TaskAssigned("a1", "p1", 1, "45/KH-LĐLĐ", "t1", "Báo cáo năm", true, "u1", "parent",
                yearly, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 3, 1), null);

        assertThat(ExpectationPlanner.expectedPeriods(task, LocalDate.of(2026, 6, 30)).keySet())
                .extracting(Period::label).containsExactly("2026");
        assertThat(ExpectationPlanner.expectedPeriods(task, null).keySet()).extracting(Period::label).containsExactly("2026", "2027");
    }

    @Test
    void periodLabelsFollowTheDeadlineKind() {
        LocalDate june = LocalDate.of(2026, 6, 30);
        assertThat(Period.ofOccurrence("SEMI_ANNUAL", june).label()).isEqualTo("2026-H1");
        assertThat(Period.ofOccurrence("QUARTERLY", LocalDate.of(2026, 9, 30)).label()).isEqualTo("2026-Q3");
        assertThat(Period.ofOccurrence("MONTHLY", LocalDate.of(2026, 11, 30)).label()).isEqualTo("2026-11");
        assertThat(Period.ofOccurrence("YEARLY", LocalDate.of(2026, 11, 30))).isEqualTo(Period.year(2026));
        assertThat(Period.parse("2026-H2").orElseThrow().start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.parse("2026-13")).isEmpty();
        assertThat(Period.year(2026).overlaps(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(Period.year(2027).overlaps(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30))).isFalse();
        Period once = Period.ofOccurrence("ONCE", LocalDate.of(2021, 8, 31));
        assertThat(once.label()).isEqualTo("2021-08-31");
        assertThat(once.start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(Period.ofOccurrence(null, LocalDate.of(2021, 8, 31))).isEqualTo(once);
    }
}
