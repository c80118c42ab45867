package vn.congdoan.notification.reports;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

import vn.congdoan.contracts.report.ReportApproved;
import vn.congdoan.contracts.report.ReportEvent;
import vn.congdoan.contracts.report.ReportReturned;
import vn.congdoan.contracts.report.ReportSubmitted;
import vn.congdoan.events.IncomingEvent;
import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.notification.delivery.NotificationKind;
import vn.congdoan.notification.followup.FollowUps;
import vn.congdoan.notification.routing.Notifier;
import vn.congdoan.notification.routing.Occasion;

/**
 * Turns a report event from reporting.reports into an occasion: a submitted report for the parent
 * unit's officers (in their digest), an approved or returned one for the reporting unit's. A
 * submitted report also counts as done in the parent's follow-up. Plain class, no Spring.
 */
public class ReportEventNotifier {
    private final Notifier notifier;
    private final FollowUps followUps;
    private final Function<String, Optional<String>> planTitles;
    private final Function<String, Optional<String>> unitNames;
    private final ZoneId zone;

    public ReportEventNotifier(Notifier notifier, FollowUps followUps, Function<String, Optional<String>> planTitles,
                               Function<String, Optional<String>> unitNames, ZoneId zone) {
        this.notifier = notifier;
        this.followUps = followUps;
        this.planTitles = planTitles;
        this.unitNames = unitNames;
        this.zone = zone;
    }

    /** Stores what the event causes; returns how many notifications are new (0 for a redelivery). */
    public int handle(IncomingEvent<? extends ReportEvent> event) {
        if (event.payload() instanceof ReportSubmitted submitted && submitted.assignmentId() != null
                && submitted.dueDate() != null) {
            followUps.completed(submitted.assignmentId(), submitted.dueDate(), submitted.submittedAt().atZone(zone).toLocalDate());
        }
        return notifier.notify(occasionOf(event.id(), event.payload()));
    }

    Occasion occasionOf(String eventId, ReportEvent report) {
        return switch (report) {
            case ReportSubmitted e -> {
                Optional<FollowUps.Assignment> task = Optional.ofNullable(e.assignmentId()).flatMap(followUps::assignment);
                yield new Occasion(eventId, NotificationKind.REPORT_SUBMITTED, e.unitId(), e.parentUnitId(),
                        data(e.planId(), task.map(FollowUps.Assignment::planNumber).orElse(null),
                                task.map(FollowUps.Assignment::taskTitle).orElse(null), e.assignmentId(), e.unitId(),
                                e.dueDate(), new NotificationData.Report(e.reportId(), e.version(), e.period(), e.onTime(), null)));
            }
            case ReportApproved e -> new Occasion(eventId, NotificationKind.REPORT_APPROVED, e.unitId(), e.parentUnitId(),
                    data(e.planId(), null, null, null, e.unitId(), null,
                            new NotificationData.Report(e.reportId(), e.version(), e.period(), null, e.comment())));
            case ReportReturned e -> new Occasion(eventId, NotificationKind.REPORT_RETURNED, e.unitId(), e.parentUnitId(),
                    data(e.planId(), null, null, null, e.unitId(), null,
                            new NotificationData.Report(e.reportId(), e.version(), e.period(), null, e.comment())));
        };
    }

    private NotificationData data(String planId, String planNumber, String taskTitle, String assignmentId, String unitId,
                                  java.time.LocalDate dueDate, NotificationData.Report report) {
        String planTitle = planId == null ? null : planTitles.apply(planId).orElse(null);
        return new NotificationData(assignmentId, planId, planNumber, planTitle, taskTitle, unitId, dueDate, null, null,
                unitNames.apply(unitId).orElse(null), report, null, null);
    }
}
