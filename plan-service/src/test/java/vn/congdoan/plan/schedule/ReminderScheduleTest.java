package vn.congdoan.plan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.congdoan.plan.deadline.ReminderPoint.Kind;
import vn.congdoan.plan.deadline.DeadlineRule;
import vn.congdoan.plan.deadline.ReminderPolicy;
import vn.congdoan.plan.deadline.ReminderPoint;
import vn.congdoan.plan.deadline.SeedPlanFixtures;

class ReminderScheduleTest {

    private static final DeadlineRule ANNUAL_REPORT = DeadlineRule.yearly(MonthDay.of(11, 30));
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    /** Issued after the 2025 report was due, so no overdue 2025 report interferes. */
    private static final ReminderSchedule ANNUAL =
            new ReminderSchedule(LocalDate.of(2026, 1, 15), null, ANNUAL_REPORT, ReminderPolicy.defaults());

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static ReminderSchedule schedule(DeadlineRule rule, LocalDate activeFrom, LocalDate activeUntil) {
        return new ReminderSchedule(activeFrom, activeUntil, rule, ReminderPolicy.defaults());
    }

    private static SweepDecision sweep(DeadlineRule rule, String today) {
        return schedule(rule, LONG_AGO, null).sweep(date(today), Set.of(), Set.of());
    }

    private static List<String> keys(List<Reminder> reminders) {
        return reminders.stream().map(Reminder::key).toList();
    }

    @Test
    void remindsSevenDaysBeforeAnnualReportDeadline() {
        SweepDecision decision = ANNUAL.sweep(date("2026-11-23"), Set.of(), Set.of());

        assertThat(decision.send()).singleElement().satisfies(reminder -> {
            assertThat(reminder.occurrence()).isEqualTo(date("2026-11-30"));
            assertThat(reminder.point().kind()).isEqualTo(Kind.DUE_SOON);
            assertThat(reminder.point().daysLeft()).isEqualTo(7);
            assertThat(reminder.key()).isEqualTo("2026-11-30/-7");
        });
        assertThat(decision.missedWhileDown()).isEmpty();
    }

    @Test
    void remindsOnTheDueDayAndStaysQuietInBetween() {
        Set<String> sentBefore = Set.of("2026-11-30/-7", "2026-11-30/-3", "2026-11-30/-1");
        SweepDecision onTheDay = ANNUAL.sweep(date("2026-11-30"), Set.of(), sentBefore);

        assertThat(onTheDay.send()).singleElement().satisfies(reminder -> {
            assertThat(reminder.key()).isEqualTo("2026-11-30/0");
            assertThat(reminder.point().kind()).isEqualTo(Kind.DUE);
        });
        assertThat(onTheDay.missedWhileDown()).isEmpty();
        assertThat(ANNUAL.sweep(date("2026-11-24"), Set.of(), Set.of("2026-11-30/-7")).isEmpty()).isTrue();
    }

    @Test
    void remindsAcrossTheYearEndForADeadlineEarlyInJanuary() {
        DeadlineRule rule = DeadlineRule.once(date("2026-01-02"));

        assertThat(keys(sweep(rule, "2025-12-26").send())).containsExactly("2026-01-02/-7");
        assertThat(keys(sweep(rule, "2025-12-30").send())).containsExactly("2026-01-02/-3");
        assertThat(keys(sweep(rule, "2026-01-01").send())).containsExactly("2026-01-02/-1");
        assertThat(keys(sweep(rule, "2026-01-05").send())).containsExactly("2026-01-02/+3");
    }

    @Test
    void newYearsEveDeadlineGoesOverdueIntoJanuaryAndEscalates() {
        DeadlineRule rule = DeadlineRule.yearly(MonthDay.of(12, 31));

        Reminder third = sweep(rule, "2026-01-03").send().getFirst();
        Reminder ninth = sweep(rule, "2026-01-09").send().getFirst();

        assertThat(third.key()).isEqualTo("2025-12-31/+3");
        assertThat(third.point().escalated()).isFalse();
        assertThat(ninth.key()).isEqualTo("2025-12-31/+9");
        assertThat(ninth.point().escalated()).isTrue();
        assertThat(sweep(rule, "2026-01-06").send().getFirst().point().escalated()).isFalse();
    }

    @Test
    void leapDayDeadlineRemindsOnTwentyEighthOfFebruaryInCommonYears() {
        DeadlineRule rule = DeadlineRule.yearly(MonthDay.of(2, 29));

        assertThat(keys(sweep(rule, "2027-02-21").send())).containsExactly("2027-02-28/-7");
        assertThat(keys(sweep(rule, "2027-02-28").send())).containsExactly("2027-02-28/0");
        assertThat(keys(sweep(rule, "2028-02-22").send())).containsExactly("2028-02-29/-7");
        assertThat(keys(sweep(rule, "2028-02-29").send())).containsExactly("2028-02-29/0");
        assertThat(keys(sweep(rule, "2028-03-03").send())).containsExactly("2028-02-29/+3");
    }

    @Test
    void planIssuedAfterOneOfItsDeadlinesDoesNotRemindOfIt() {
        ReminderSchedule results = schedule(SeedPlanFixtures.RESULTS_REPORT.rule(), SeedPlanFixtures.ISSUED, null);

        assertThat(results.sweep(date("2021-08-06"), Set.of(), Set.of()).isEmpty()).isTrue();
        assertThat(results.sweep(date("2021-08-08"), Set.of(), Set.of()).isEmpty()).isTrue();
        assertThat(keys(results.sweep(date("2021-12-24"), Set.of(), Set.of()).send()))
                .containsExactly("2021-12-31/-7");
    }

    @Test
    void remindersDueBeforeTheAssignmentStartedAreNeitherSentNorMissed() {
        ReminderSchedule draft = schedule(SeedPlanFixtures.DRAFT_PLAN.rule(), date("2021-08-26"), null);

        SweepDecision decision = draft.sweep(date("2021-08-28"), Set.of(), Set.of());

        assertThat(keys(decision.send())).containsExactly("2021-08-31/-3");
        assertThat(decision.missedWhileDown()).isEmpty();
    }

    @Test
    void unitClosedMidYearHearsNothingAfterItCloses() {
        ReminderSchedule closed = schedule(DeadlineRule.quarterly(), LONG_AGO, date("2026-05-15"));

        assertThat(keys(closed.sweep(date("2026-05-15"), Set.of(), Set.of()).send())).containsExactly("2026-03-31/+45");
        assertThat(closed.sweep(date("2026-05-18"), Set.of(), Set.of()).send()).isEmpty();
        assertThat(closed.sweep(date("2026-05-18"), Set.of(), Set.of()).missedWhileDown())
                .extracting(reminder -> reminder.point().on())
                .isNotEmpty().allMatch(day -> !day.isAfter(date("2026-05-15")));
        assertThat(closed.sweep(date("2026-06-23"), Set.of(), Set.of()).isEmpty()).isTrue();
        assertThat(closed.sweep(date("2026-06-30"), Set.of(), Set.of()).isEmpty()).isTrue();
    }

    @Test
    void completedOccurrenceStopsItsReminders() {
        assertThat(keys(ANNUAL.sweep(date("2026-12-03"), Set.of(), Set.of()).send())).containsExactly("2026-11-30/+3");
        assertThat(ANNUAL.sweep(date("2026-12-03"), Set.of(date("2026-11-30")), Set.of()).isEmpty()).isTrue();
        assertThat(ANNUAL.sweep(date("2026-11-30"), Set.of(date("2026-11-30")), Set.of()).isEmpty()).isTrue();
    }

    @Test
    void afterThreeDaysDownSendsTodaysReminderAndRecordsTheRestAsMissed() {
        Set<String> recordedBeforeOutage = Set.of("2026-11-30/-7");

        SweepDecision decision = ANNUAL.sweep(date("2026-11-30"), Set.of(), recordedBeforeOutage);

        assertThat(keys(decision.send())).containsExactly("2026-11-30/0");
        assertThat(keys(decision.missedWhileDown())).containsExactly("2026-11-30/-3", "2026-11-30/-1");
    }

    @Test
    void recordedRemindersAreNotSentAgain() {
        Set<String> alreadySent = Set.of("2026-11-30/-7");

        assertThat(ANNUAL.sweep(date("2026-11-23"), Set.of(), alreadySent).isEmpty()).isTrue();
        assertThat(ANNUAL.sweep(date("2026-11-23"), Set.of(), Set.of()))
                .isEqualTo(ANNUAL.sweep(date("2026-11-23"), Set.of(), Set.of()));
    }

    @Test
    void overdueMonthlyReportStopsWhenTheNextMonthFallsDue() {
        DeadlineRule monthly = DeadlineRule.monthly();

        assertThat(keys(sweep(monthly, "2026-02-27").send())).containsExactly("2026-01-31/+27", "2026-02-28/-1");
        assertThat(keys(sweep(monthly, "2026-02-28").send())).containsExactly("2026-02-28/0");
        assertThat(sweep(monthly, "2026-03-02").send()).isEmpty();
        assertThat(sweep(monthly, "2026-03-02").missedWhileDown())
                .filteredOn(reminder -> reminder.occurrence().equals(date("2026-01-31")))
                .extracting(reminder -> reminder.point().on())
                .allMatch(day -> day.isBefore(date("2026-02-28")));
        assertThat(keys(sweep(monthly, "2026-03-03").send())).containsExactly("2026-02-28/+3");
    }

    @Test
    void singleDeadlineStopsNaggingAYearAfterItWasDue() {
        DeadlineRule draft = SeedPlanFixtures.DRAFT_PLAN.rule();

        assertThat(keys(sweep(draft, "2022-09-01").send())).containsExactly("2021-08-31/+366");
        assertThat(sweep(draft, "2022-09-04").send()).isEmpty();
        assertThat(sweep(draft, "2022-09-04").missedWhileDown()).extracting(reminder -> reminder.point().on())
                .allMatch(day -> !day.isAfter(date("2022-09-01")));
    }

    @Test
    void firstSweepAfterALongOutageLooksBackOnlyAMonth() {
        SweepDecision decision = sweep(ANNUAL_REPORT, "2026-02-28");

        assertThat(keys(decision.send())).containsExactly("2025-11-30/+90");
        assertThat(decision.missedWhileDown()).extracting(reminder -> reminder.point().on())
                .isNotEmpty()
                .allMatch(day -> !day.isBefore(date("2026-01-28")))
                .isSorted();
    }

    @Test
    void monthlyQuarterlyAndYearlyReportRemindsOnceOnNewYearsEve() {
        SweepDecision decision = sweep(SeedPlanFixtures.REPORT_TO_VGCL.rule(), "2026-12-31");

        assertThat(keys(decision.send())).containsExactly("2026-12-31/0");
    }

    @Test
    void regularDutyNeverReminds() {
        assertThat(sweep(SeedPlanFixtures.POST_NEWS.rule(), "2026-12-31").isEmpty()).isTrue();
    }
}
