package vn.congdoan.notification.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.notification.officer.PreferenceDefaults;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.InvalidRequestException;

/** The parent units' follow-up: what one unit's says today, and running the day's now (operators, tests). */
@RestController
class FollowUpController {
    private final FollowUpJob job;
    private final Clock clock;
    private final ZoneId zone;
    private final UnitScope scope;

    FollowUpController(FollowUpJob job, Clock clock, PreferenceDefaults defaults, UnitScope scope) {
        this.job = job;
        this.clock = clock;
        this.zone = defaults.zone();
        this.scope = scope;
    }

    @Operation(summary = "Run the parent units' follow-up for a day now (default today); a second run of a day sends nothing new")
    @PostMapping("/api/follow-ups")
    FollowUpJob.Run run(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate today = today();
        if (date != null && date.isAfter(today)) {
            // a follow-up tells units what is open on a day that has come, never one ahead
            throw new InvalidRequestException("date", "must not be in the future (today is " + today + ")");
        }
        return job.run(date != null ? date : today);
    }

    @Operation(summary = "What a parent unit's follow-up says for a day (default today): its children's open tasks")
    @GetMapping("/api/units/{unitId}/follow-up")
    Summary summary(@PathVariable String unitId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        scope.requireWithin(unitId);
        LocalDate day = date != null ? date : today();
        return new Summary(unitId, day, job.summaryOf(unitId, day));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    record Summary(String unitId, LocalDate date, List<NotificationData.Item> items) {
    }
}
