package vn.congdoan.plan.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadlineRuleTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void completingWithinAMonthIsDueOnItsLastDay() {
        DeadlineRule rule = DeadlineRule.endOfMonth(YearMonth.of(2021, 8));

        assertThat(rule).isEqualTo(new DeadlineRule.Once(date("2021-08-31")));
        assertThat(rule.occurrences(date("2021-01-01"), date("2021-12-31"))).containsExactly(date("2021-08-31"));
        assertThat(DeadlineRule.endOfMonth(YearMonth.of(2024, 2)).due()).isEqualTo(date("2024-02-29"));
    }

    @Test
    void aQuarterIsDueOnItsLastDay() {
        assertThat(DeadlineRule.endOfQuarter(2021, 4).due()).isEqualTo(date("2021-12-31"));
        assertThat(DeadlineRule.endOfQuarter(2022, 1).due()).isEqualTo(date("2022-03-31"));
        assertThatIllegalArgumentException().isThrownBy(() -> DeadlineRule.endOfQuarter(2021, 5));
    }

    @Test
    void aSingleDeadlineOccursOnlyInsideTheInclusiveRangeAndHasNoRrule() {
        DeadlineRule once = DeadlineRule.once(date("2021-09-30"));

        assertThat(once.occurrences(date("2021-09-30"), date("2021-09-30"))).containsExactly(date("2021-09-30"));
        assertThat(once.occurrences(date("2021-10-01"), date("2022-12-31"))).isEmpty();
        assertThat(once.rrule()).isEmpty();
        assertThat(once.rrules()).isEmpty();
    }

    @Test
    void beforeThirtiethOfNovemberEveryYearRecursYearly() {
        DeadlineRule rule = DeadlineRule.yearly(MonthDay.of(11, 30));

        assertThat(rule.occurrences(date("2025-01-01"), date("2027-12-31")))
                .containsExactly(date("2025-11-30"), date("2026-11-30"), date("2027-11-30"));
        assertThat(rule.rrule()).contains("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30");
        assertThat(rule.rrules()).containsExactly("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30");
    }

    @Test
    void decemberEveryYearIsDueOnNewYearsEve() {
        DeadlineRule rule = DeadlineRule.yearly(MonthDay.of(12, 31));

        assertThat(rule.occurrences(date("2025-12-31"), date("2026-12-31")))
                .containsExactly(date("2025-12-31"), date("2026-12-31"));
        assertThat(rule.rrule()).contains("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31");
    }

    @Test
    void twentyNinthOfFebruaryFallsOnTheLastDayOfFebruaryInCommonYears() {
        DeadlineRule rule = DeadlineRule.yearly(MonthDay.of(2, 29));

        assertThat(rule.occurrences(date("2023-01-01"), date("2028-12-31"))).containsExactly(
                date("2023-02-28"), date("2024-02-29"), date("2025-02-28"),
                date("2026-02-28"), date("2027-02-28"), date("2028-02-29"));
        assertThat(rule.rrule()).contains("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
    }

    @Test
    void sixMonthReportsAreDueOnThirtiethOfJuneAndThirtyFirstOfDecember() {
        DeadlineRule rule = DeadlineRule.semiAnnual();

        assertThat(rule.occurrences(date("2026-01-01"), date("2027-06-30")))
                .containsExactly(date("2026-06-30"), date("2026-12-31"), date("2027-06-30"));
        assertThat(rule.rrule()).contains("FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1");
    }

    @Test
    void quarterlyIsDueOnTheLastDayOfEachQuarterWhereverTheRangeStarts() {
        DeadlineRule rule = DeadlineRule.quarterly();

        assertThat(rule.occurrences(date("2026-02-15"), date("2027-01-15"))).containsExactly(
                date("2026-03-31"), date("2026-06-30"), date("2026-09-30"), date("2026-12-31"));
        assertThat(rule.rrule()).contains("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1");
    }

    @Test
    void monthlyIsDueOnTheLastDayOfEachMonthLeapFebruaryIncluded() {
        DeadlineRule rule = DeadlineRule.monthly();

        assertThat(rule.occurrences(date("2024-01-31"), date("2024-04-29")))
                .containsExactly(date("2024-01-31"), date("2024-02-29"), date("2024-03-31"));
        assertThat(rule.occurrences(date("2026-02-01"), date("2026-02-28"))).containsExactly(date("2026-02-28"));
        assertThat(rule.occurrences(date("2026-01-01"), date("2026-12-31"))).hasSize(12);
        assertThat(rule.rrule()).contains("FREQ=MONTHLY;BYMONTHDAY=-1");
    }

    @Test
    void regularDutiesHaveNoDueDates() {
        DeadlineRule rule = DeadlineRule.ongoing();

        assertThat(rule.occurrences(date("2021-01-01"), date("2030-12-31"))).isEmpty();
        assertThat(rule.rrule()).isEmpty();
        assertThat(rule.rrules()).isEmpty();
    }

    @Test
    void monthlyQuarterlyAndYearlyReportsAreDueOnceOnEachDate() {
        DeadlineRule rule = SeedPlanFixtures.REPORT_TO_VGCL.rule();

        List<LocalDate> dates = rule.occurrences(date("2026-10-01"), date("2027-01-31"));

        assertThat(dates).containsExactly(date("2026-10-31"), date("2026-11-30"), date("2026-12-31"),
                date("2027-01-31"));
        assertThat(rule.rrule()).isEmpty();
        assertThat(rule.rrules()).containsExactly("FREQ=MONTHLY;BYMONTHDAY=-1",
                "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31");
    }

    @Test
    void periodicUnionIsSortedAcrossDifferentMembers() {
        DeadlineRule rule = DeadlineRule.periodic(DeadlineRule.yearly(MonthDay.of(11, 30)), DeadlineRule.semiAnnual());

        assertThat(rule.occurrences(date("2026-01-01"), date("2026-12-31")))
                .containsExactly(date("2026-06-30"), date("2026-11-30"), date("2026-12-31"));
    }

    @Test
    void anEmptyRangeHasNoOccurrences() {
        assertThat(DeadlineRule.monthly().occurrences(date("2026-05-01"), date("2026-04-01"))).isEmpty();
    }

    @Test
    void rulesRejectMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> DeadlineRule.once(null));
        assertThatNullPointerException().isThrownBy(() -> DeadlineRule.yearly(null));
        assertThatIllegalArgumentException().isThrownBy(DeadlineRule::periodic);
    }

    @Test
    void seedPlanDeadlinesFallOnTheDatesItsPhrasesSay() {
        LocalDate from = SeedPlanFixtures.ISSUED;
        LocalDate to = date("2022-06-30");

        assertThat(SeedPlanFixtures.DRAFT_PLAN.rule().occurrences(from, to)).containsExactly(date("2021-08-31"));
        assertThat(SeedPlanFixtures.STUDY_CONFERENCE.rule().occurrences(from, to)).containsExactly(date("2021-09-30"));
        assertThat(SeedPlanFixtures.GRASSROOTS_PLAN.rule().occurrences(from, to)).containsExactly(date("2021-10-31"));
        assertThat(SeedPlanFixtures.RESULTS_REPORT.rule().occurrences(from, to))
                .containsExactly(date("2021-12-31"), date("2022-06-30"));
        assertThat(SeedPlanFixtures.POST_NEWS.rule().occurrences(from, to)).isEmpty();
    }
}
