package vn.congdoan.outreach.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.contracts.outreach.RosterUpdated.SectorCount;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.outreach.plan.KnownPlan;
import vn.congdoan.outreach.roster.Roster;
import vn.congdoan.units.ReplicatedUnit;
import vn.congdoan.web.FieldError;
import vn.congdoan.web.InvalidRequestException;

class ActivityRulesTest {
    private static final ReplicatedUnit UNIT = new ReplicatedUnit("u", "CDCS-U", "Công đoàn cơ sở Trường THPT Trưng Vương",
            UnitLevel.GRASSROOTS, null, "p", List.of("p"), LocalDate.of(2000, 1, 1), null, 1);
    private static final KnownPlan PLAN = new KnownPlan("plan", 1, "45/KH-LĐLĐ", "Kế hoạch", "p",
            LocalDate.of(2026, 2, 1), List.of(new KnownPlan.KnownTask("t1", "Hội nghị", "ONCE", LocalDate.of(2026, 8, 31))), null);
    private static final Roster.Entry ROSTER = new Roster.Entry(LocalDate.of(2026, 1, 1),
            List.of(new SectorCount(null, 100, 120)), 1, Instant.EPOCH);

    private final ActivityRules rules = new ActivityRules(id -> Optional.of(UNIT).filter(u -> u.id().equals(id)),
            id -> Optional.of(PLAN).filter(p -> p.planId().equals(id)), (unit, day) -> Optional.of(ROSTER));

    @Test
    void acceptsAGatheringAboveTheRosterWithAWarningNamingTheField() {
        ActivityRules.Checked checked = rules.check(meeting("plan", "t1", LocalDate.of(2026, 3, 2), 130, List.of()));

        assertThat(checked.state().endDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(checked.state().title()).isEqualTo("Sinh hoạt chuyên đề: Nghị quyết Đại hội XIII Công đoàn Việt Nam");
        assertThat(checked.warnings()).extracting(FieldError::field).containsExactly("attendance.members");
        assertThat(checked.warnings().getFirst().message()).contains("130", "100");
    }

    @Test
    void refusesEveryFieldThatOtherDataContradictsAtOnce() {
        ActivityRequest request = new ActivityRequest("nowhere", "plan", "t9", ActivityForm.UNION_MEETING, "Sinh hoạt",
                LocalDate.of(2026, 1, 10), null, null, null, null, null, null, null);

        assertThatThrownBy(() -> rules.check(request)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("unitId", "taskId", "startDate"));
    }

    @Test
    void refusesUnknownPlansAndTasksWithoutAPlan() {
        assertThatThrownBy(() -> rules.check(meeting("other", null, LocalDate.of(2026, 3, 2), 1, List.of())))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("planId"));
        assertThatThrownBy(() -> rules.check(meeting(null, "t1", LocalDate.of(2026, 3, 2), 1, List.of())))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("taskId"));
    }

    @Test
    void refusesAnEndAfterAOneOffPlansPeriod() {
        ActivityRequest late = new ActivityRequest("u", "plan", null, ActivityForm.SEMINAR, "Tọa đàm",
                LocalDate.of(2027, 12, 30), LocalDate.of(2028, 1, 2), null, null, null, null, null, null);

        assertThatThrownBy(() -> rules.check(late)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("endDate"));
    }

    @Test
    void aPostWithAttendanceIsAcceptedWithAWarning() {
        ActivityRequest post = new ActivityRequest("u", null, null, ActivityForm.FANPAGE_POST, "Tin bài",
                LocalDate.of(2026, 3, 2), null, null, new ActivityRequest.Counts(3L, 0L, 0L),
                new ActivityRequest.Reach(1200L, 30L, 85L), List.of("https://facebook.com/congdoan/posts/1"), null, null);

        ActivityRules.Checked checked = rules.check(post);

        assertThat(checked.warnings()).extracting(FieldError::field).containsExactly("attendance");
        assertThat(checked.state().reach().views()).isEqualTo(1200);
        assertThat(checked.state().evidence()).containsExactly("https://facebook.com/congdoan/posts/1");
    }

    private static ActivityRequest meeting(String planId, String taskId, LocalDate day, long members, List<String> evidence) {
        return new ActivityRequest("u", planId, taskId, ActivityForm.UNION_MEETING,
                "Sinh hoạt chuyên đề: Nghị quyết Đại hội XIII Công đoàn Việt Nam", day, null, "Đoàn viên",
                new ActivityRequest.Counts(members, 0L, 2L), null, evidence, null, null);
    }
}
