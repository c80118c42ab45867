package vn.congdoan.plan.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.plan.task.Assignment;
import vn.congdoan.plan.task.Assignments;
import vn.congdoan.plan.unit.UnitNames;
import vn.congdoan.security.UnitScope;

/**
 * {@code /api/units/{unitId}/calendar.ics}: the unit's open deadlines as an iCalendar feed that
 * officers subscribe to in their calendar (Google Calendar, Outlook, a phone). Recurring deadlines
 * travel as RRULEs, so the client shows every future occurrence.
 */
@RestController
class CalendarController {
    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final Assignments assignments;
    private final ICalendarFeed feed;
    private final UnitNames units;
    private final Clock clock;
    private final UnitScope scope;

    CalendarController(Assignments assignments, UnitNames units, Clock clock, UnitScope scope) {
        this.assignments = assignments;
        this.units = units;
        this.feed = new ICalendarFeed(clock);
        this.clock = clock;
        this.scope = scope;
    }

    @GetMapping("/api/units/{unitId}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable String unitId) {
        scope.requireWithin(unitId);
        LocalDate today = LocalDate.now(clock);
        List<FeedEntry> entries = assignments.findByUnitId(unitId).stream()
                .filter(a -> a.activeUntil() == null || !a.activeUntil().isBefore(today))
                .flatMap(a -> entry(a, today).stream())
                .toList();
        return ResponseEntity.ok().contentType(CALENDAR)
                .body(feed.render(units.nameOf(unitId).map(name -> "Hạn nhiệm vụ – " + name)
                        .orElse("Hạn nhiệm vụ công đoàn"), entries));
    }

    /** An assignment with an occurrence ahead that is not done yet; none for ongoing tasks. */
    private static Optional<FeedEntry> entry(Assignment a, LocalDate today) {
        LocalDate from = a.activeFrom().isAfter(today) ? a.activeFrom() : today;
        return a.rule().occurrences(from, from.plusYears(2)).stream()
                .filter(due -> !a.isCompleted(due))
                .findFirst()
                .map(due -> new FeedEntry(a.id(), a.taskTitle(), description(a), a.rule(), due));
    }

    private static String description(Assignment a) {
        return a.planNumber() == null ? "Nhiệm vụ được giao" : "Kế hoạch số " + a.planNumber();
    }
}
