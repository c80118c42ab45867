package vn.congdoan.plan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.congdoan.plan.deadline.ReminderPolicy;
import vn.congdoan.plan.deadline.SeedPlanFixtures;

/** Runs the schedule day after day, recording what it decides, as the real sweep does. */
class DailySweepTest {

    private final Set<String> recorded = new HashSet<>();
    private final List<String> sent = new ArrayList<>();
    private final List<String> missed = new ArrayList<>();

    private void runDaily(ReminderSchedule schedule, LocalDate from, LocalDate to, Set<LocalDate> down) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (down.contains(day)) {
                continue;
            }
            SweepDecision decision = schedule.sweep(day, Set.of(), recorded);
            decision.send().forEach(reminder -> sent.add(reminder.key()));
            decision.missedWhileDown().forEach(reminder -> missed.add(reminder.key()));
            decision.send().forEach(reminder -> recorded.add(reminder.key()));
            decision.missedWhileDown().forEach(reminder -> recorded.add(reminder.key()));
        }
    }

    @Test
    void aYearOfDailySweepsSendsEachReminderOnceAndMissesNothing() {
        ReminderSchedule sixMonthly = new ReminderSchedule(SeedPlanFixtures.ISSUED, null,
                SeedPlanFixtures.RESULTS_REPORT.rule(), ReminderPolicy.defaults());

        runDaily(sixMonthly, SeedPlanFixtures.ISSUED, LocalDate.of(2022, 1, 12), Set.of());

        assertThat(sent).doesNotHaveDuplicates().containsExactly(
                "2021-12-31/-7", "2021-12-31/-3", "2021-12-31/-1", "2021-12-31/0",
                "2021-12-31/+3", "2021-12-31/+6", "2021-12-31/+9",
                "2021-12-31/+12");
        assertThat(missed).isEmpty();
    }

    @Test
    void remindersDueDuringAnOutageAreRecordedAsMissedAndNeverSentLater() {
        ReminderSchedule draft = new ReminderSchedule(SeedPlanFixtures.ISSUED, null,
                SeedPlanFixtures.DRAFT_PLAN.rule(), ReminderPolicy.defaults());
        Set<LocalDate> outage = Set.of(LocalDate.of(2021, 8, 28), LocalDate.of(2021, 8, 29), LocalDate.of(2021, 8, 30));

        runDaily(draft, SeedPlanFixtures.ISSUED, LocalDate.of(2021, 9, 3), outage);

        assertThat(sent).containsExactly("2021-08-31/-7", "2021-08-31/0", "2021-08-31/+3");
        assertThat(missed).containsExactly("2021-08-31/-3", "2021-08-31/-1");
    }
}
