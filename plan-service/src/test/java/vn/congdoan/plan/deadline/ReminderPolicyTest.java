package vn.congdoan.plan.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdoan.plan.deadline.ReminderPoint.Kind;

class ReminderPolicyTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 30);

    @Test
    void defaultsRemindSevenThreeAndOneDayBeforeAndOnTheDayThenEveryThreeDays() {
        ReminderPolicy policy = ReminderPolicy.defaults();

        assertThat(policy.daysBefore()).containsExactly(7, 3, 1, 0);
        assertThat(policy.overdueEveryDays()).isEqualTo(3);
        assertThat(policy.escalateAfterDaysOverdue()).isEqualTo(7);
        assertThat(policy.maxDaysBefore()).isEqualTo(7);
    }

    @Test
    void remindsBeforeOnAndAfterTheDueDateUpToTheGivenDay() {
        List<ReminderPoint> points = ReminderPolicy.defaults().pointsFor(DUE, LocalDate.of(2026, 12, 12));

        assertThat(points)
                .extracting(ReminderPoint::on, ReminderPoint::kind, ReminderPoint::offsetDays)
                .containsExactly(
                        tuple(LocalDate.of(2026, 11, 23), Kind.DUE_SOON, -7),
                        tuple(LocalDate.of(2026, 11, 27), Kind.DUE_SOON, -3),
                        tuple(LocalDate.of(2026, 11, 29), Kind.DUE_SOON, -1),
                        tuple(LocalDate.of(2026, 11, 30), Kind.DUE, 0),
                        tuple(LocalDate.of(2026, 12, 3), Kind.OVERDUE, 3),
                        tuple(LocalDate.of(2026, 12, 6), Kind.OVERDUE, 6),
                        tuple(LocalDate.of(2026, 12, 9), Kind.OVERDUE, 9),
                        tuple(LocalDate.of(2026, 12, 12), Kind.OVERDUE, 12));
    }

    @Test
    void dueSoonCarriesDaysLeftAndOverdueCarriesDaysOverdue() {
        List<ReminderPoint> points = ReminderPolicy.defaults().pointsFor(DUE, LocalDate.of(2026, 12, 3));

        assertThat(points.getFirst().daysLeft()).isEqualTo(7);
        assertThat(points.getFirst().daysOverdue()).isZero();
        assertThat(points.getLast().daysOverdue()).isEqualTo(3);
        assertThat(points.getLast().daysLeft()).isZero();
    }

    @Test
    void escalatesOnlyOnceMoreThanSevenDaysOverdue() {
        List<ReminderPoint> points = ReminderPolicy.defaults().pointsFor(DUE, LocalDate.of(2026, 12, 12));

        assertThat(points).filteredOn(ReminderPoint::escalated)
                .extracting(ReminderPoint::offsetDays).containsExactly(9, 12);
    }

    @Test
    void remindsOfNothingAfterTheGivenDay() {
        assertThat(ReminderPolicy.defaults().pointsFor(DUE, LocalDate.of(2026, 11, 28)))
                .extracting(ReminderPoint::offsetDays).containsExactly(-7, -3);
        assertThat(ReminderPolicy.defaults().pointsFor(DUE, LocalDate.of(2026, 11, 22))).isEmpty();
    }

    @Test
    void pointsBetweenJumpsStraightToTheOverdueRemindersInRange() {
        List<ReminderPoint> points = ReminderPolicy.defaults()
                .pointsBetween(DUE, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 10));

        assertThat(points).extracting(ReminderPoint::on).containsExactly(
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 10));
        assertThat(points).allMatch(point -> point.kind() == Kind.OVERDUE && point.offsetDays() % 3 == 0);
    }

    @Test
    void aPlanMayChooseItsOwnRhythm() {
        ReminderPolicy weekly = new ReminderPolicy(List.of(1, 14, 1), 7, 0);

        assertThat(weekly.daysBefore()).containsExactly(14, 1);
        assertThat(weekly.pointsFor(DUE, LocalDate.of(2026, 12, 7)))
                .extracting(ReminderPoint::offsetDays, ReminderPoint::escalated)
                .containsExactly(tuple(-14, false), tuple(-1, false), tuple(7, true));
    }

    @Test
    void rejectsNegativeOffsetsAndAZeroOverdueInterval() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReminderPolicy(List.of(7, -1), 3, 7));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReminderPolicy(List.of(7), 0, 7));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReminderPolicy(List.of(7), 3, -1));
    }
}
