package vn.congdoan.plan.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.congdoan.plan.task.Assignment;
import vn.congdoan.plan.task.Assignments;
import vn.congdoan.plan.unit.UnitNames;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.NotFoundException;

/**
 * {@code /api/units/{unitId}/calendar.ics}: the unit's open deadlines as an iCalendar feed that
 * officers subscribe to in their calendar (Google Calendar, Outlook, a phone). Recurring deadlines
 * travel as RRULEs, so the client shows every future occurrence. Calendar apps cannot sign in, so
 * the unit's officers make a secret address for the same feed ({@link CalendarFeedKey}).
 */
@RestController
class CalendarController {
    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final Assignments assignments;
    private final ICalendarFeed feed;
    private final UnitNames units;
    private final CalendarFeedKeys keys;
    private final Clock clock;
    private final UnitScope scope;

    CalendarController(Assignments assignments, UnitNames units, CalendarFeedKeys keys, Clock clock, UnitScope scope) {
        this.assignments = assignments;
        this.units = units;
        this.keys = keys;
        this.feed = new ICalendarFeed(clock);
        this.clock = clock;
        this.scope = scope;
    }

    /** What the portal shows of a unit's secret address (it builds the address itself). */
    record FeedAddress(String secret, Instant createdAt, String createdBy) {
        static FeedAddress of(CalendarFeedKey key) {
            return new FeedAddress(key.secret(), key.createdAt(), key.createdBy());
        }
    }

    @Operation(summary = "A unit's open deadlines as iCalendar, for its officers and the units above")
    @GetMapping("/api/units/{unitId}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable String unitId) {
        scope.requireWithin(unitId);
        return render(unitId);
    }

    @Operation(summary = "The same feed at the unit's secret address, without a token (calendar apps cannot send one); "
            + "404 for an address that is not, or no longer, a unit's")
    @GetMapping("/api/calendar-feeds/{secret}.ics")
    ResponseEntity<String> subscribed(@PathVariable String secret) {
        return render(keys.unitOf(secret).orElseThrow(() -> new NotFoundException("calendar feed", "(secret)")));
    }

    @Operation(summary = "The unit's secret calendar address, for its own officers; 404 until one is made")
    @GetMapping("/api/units/{unitId}/calendar-feed")
    FeedAddress address(@PathVariable String unitId) {
        scope.requireOwn(unitId);
        return keys.of(unitId).map(FeedAddress::of).orElseThrow(() -> new NotFoundException("calendar feed of unit", unitId));
    }

    @Operation(summary = "Make the unit's secret calendar address, or a new one: the old address stops answering")
    @PostMapping("/api/units/{unitId}/calendar-feed")
    FeedAddress renew(@PathVariable String unitId) {
        scope.requireOwn(unitId);
        return FeedAddress.of(keys.renew(unitId, scope.caller().name()));
    }

    private ResponseEntity<String> render(String unitId) {
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
