package vn.congdoan.outreach.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.outreach.Activity.Attendance;
import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.contracts.outreach.OutreachFactsUpdated.FormFact;

class YearFactsTest {

    @Test
    void countsEachFormPerPlanWithItsFirstDayAndSumsAttendance() {
        YearFacts facts = YearFacts.of("ldld-tuy-phuoc", 2026, List.of(
                new Counted(ActivityForm.FANPAGE_POST, "p-000", LocalDate.of(2026, 5, 3), Attendance.NONE),
                new Counted(ActivityForm.UNION_MEETING, null, LocalDate.of(2026, 3, 1), new Attendance(40, 5, 2)),
                new Counted(ActivityForm.FANPAGE_POST, "p-000", LocalDate.of(2026, 2, 9), Attendance.NONE),
                new Counted(ActivityForm.FANPAGE_POST, "p-004", LocalDate.of(2026, 7, 1), Attendance.NONE),
                new Counted(ActivityForm.CONFERENCE_IN_PERSON, "p-000", LocalDate.of(2026, 4, 1), new Attendance(100, 0, 10))),
                350L);

        assertThat(facts.factsId()).isEqualTo("ldld-tuy-phuoc:2026");
        assertThat(facts.forms()).containsExactly(
                new FormFact(ActivityForm.CONFERENCE_IN_PERSON, "p-000", 1, LocalDate.of(2026, 4, 1)),
                new FormFact(ActivityForm.UNION_MEETING, null, 1, LocalDate.of(2026, 3, 1)),
                new FormFact(ActivityForm.FANPAGE_POST, "p-000", 2, LocalDate.of(2026, 2, 9)),
                new FormFact(ActivityForm.FANPAGE_POST, "p-004", 1, LocalDate.of(2026, 7, 1)));
        assertThat(facts.attendance()).isEqualTo(new Attendance(140, 5, 12));
        assertThat(facts.rosterMembers()).isEqualTo(350L);
        assertThat(facts.did(ActivityForm.FANPAGE_POST, "p-004")).isTrue();
        assertThat(facts.did(ActivityForm.WEBSITE_POST, null)).isFalse();
    }

    @Test
    void theSameActivitiesInAnotherOrderAreTheSameFactsSoNothingIsPublishedAgain() {
        Counted a = new Counted(ActivityForm.SEMINAR, "p", LocalDate.of(2026, 1, 2), new Attendance(3, 0, 1));
        Counted b = new Counted(ActivityForm.POSTER, null, LocalDate.of(2026, 1, 5), Attendance.NONE);
        YearFacts one = YearFacts.of("u", 2026, List.of(a, b), null);
        YearFacts two = YearFacts.of("u", 2026, List.of(b, a), null).next(7, java.time.Instant.parse("2026-01-05T03:00:00Z"));

        assertThat(one.sameAs(two)).isTrue();
        assertThat(one.sameAs(two.withRosterMembers(10L))).isFalse();
        assertThat(one.sameAs(YearFacts.of("u", 2026, List.of(a), null))).isFalse();
    }

    @Test
    void itsEventCarriesTheVersionAndAnIdThatNamesIt() {
        YearFacts facts = YearFacts.of("u", 2025, List.of(), 12L).next(3, java.time.Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(facts.eventId()).isEqualTo("facts:u:2025:3");
        assertThat(facts.event().version()).isEqualTo(3);
        assertThat(facts.event().forms()).isEmpty();
        assertThat(facts.event().rosterMembers()).isEqualTo(12L);
    }
}
