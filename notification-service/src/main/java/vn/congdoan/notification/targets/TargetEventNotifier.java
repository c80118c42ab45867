package vn.congdoan.notification.targets;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.target.TargetAtRisk;
import vn.congdoan.contracts.target.TargetEvent;
import vn.congdoan.contracts.target.TargetMet;
import vn.congdoan.contracts.target.TargetMissed;
import vn.congdoan.events.IncomingEvent;
import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.notification.delivery.NotificationKind;
import vn.congdoan.notification.routing.Notifier;
import vn.congdoan.notification.routing.Occasion;

/**
 * Turns reporting-service's verdict on a target into an occasion for the officers of the scope's
 * root unit and of the unit that issued the plan (once when they are the same unit). Plain class.
 */
public class TargetEventNotifier {
    private final Notifier notifier;
    private final Function<String, Optional<String>> planTitles;
    private final Function<String, Optional<String>> unitNames;

    public TargetEventNotifier(Notifier notifier, Function<String, Optional<String>> planTitles,
                               Function<String, Optional<String>> unitNames) {
        this.notifier = notifier;
        this.planTitles = planTitles;
        this.unitNames = unitNames;
    }

    public int handle(IncomingEvent<? extends TargetEvent> event) {
        return notifier.notify(occasionOf(event.id(), event.payload()));
    }

    Occasion occasionOf(String eventId, TargetEvent verdict) {
        return switch (verdict) {
            case TargetMet e -> occasion(eventId, NotificationKind.TARGET_MET, e.planNumber(), e.ownerUnitId(), e,
                    e.period(), e.periodEnd(), e.numerator(), e.denominator(), e.value(), null, null);
            case TargetMissed e -> occasion(eventId, NotificationKind.TARGET_MISSED, e.planNumber(), e.ownerUnitId(), e,
                    e.period(), e.periodEnd(), e.numerator(), e.denominator(), e.value(), null, null);
            case TargetAtRisk e -> occasion(eventId, NotificationKind.TARGET_AT_RISK, e.planNumber(), e.ownerUnitId(), e,
                    e.period(), e.periodEnd(), e.numerator(), e.denominator(), e.value(), e.progressPercent(),
                    e.elapsedPercent());
        };
    }

    private Occasion occasion(String eventId, NotificationKind kind, String planNumber, String ownerUnitId, TargetEvent e,
                              String period, java.time.LocalDate periodEnd, long numerator, long denominator,
                              BigDecimal value, BigDecimal progress, BigDecimal elapsed) {
        PlanIssued.Target target = e.target();
        NotificationData.Target figures = new NotificationData.Target(target.id(), target.metric(), target.comparator(),
                target.threshold(), target.measure(), target.period(), period, periodEnd, numerator, denominator, value,
                progress, elapsed);
        NotificationData data = new NotificationData(null, e.planId(), planNumber, planTitles.apply(e.planId()).orElse(null),
                null, e.unitId(), null, null, null, unitNames.apply(e.unitId()).orElse(null), null, figures, null);
        return new Occasion(eventId, kind, e.unitId(), null, ownerUnitId, data);
    }
}
