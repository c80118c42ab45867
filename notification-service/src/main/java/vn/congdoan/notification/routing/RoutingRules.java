package vn.congdoan.notification.routing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.congdoan.notification.delivery.NotificationKind;

/**
 * Routing as data ({@code notification.routing.rules}): for each kind, the audiences that hear of
 * it. A kind left out of the configuration keeps the default of DESIGN.md §5: reminders go to the
 * assigned unit's officers; an escalated overdue task also goes to the parent unit's officers.
 */
@ConfigurationProperties("notification.routing")
public record RoutingRules(Map<NotificationKind, List<Audience>> rules) {

    static final Map<NotificationKind, List<Audience>> DEFAULTS = Map.of(
            NotificationKind.TASK_DUE_SOON, List.of(Audience.ASSIGNED_UNIT),
            NotificationKind.TASK_DUE, List.of(Audience.ASSIGNED_UNIT),
            NotificationKind.TASK_OVERDUE, List.of(Audience.ASSIGNED_UNIT),
            NotificationKind.TASK_ESCALATED, List.of(Audience.ASSIGNED_UNIT, Audience.PARENT_UNIT));

    public RoutingRules {
        Map<NotificationKind, List<Audience>> merged = new EnumMap<>(DEFAULTS);
        if (rules != null) {
            rules.forEach((kind, audiences) -> merged.put(kind, List.copyOf(audiences)));
        }
        rules = Map.copyOf(merged);
    }

    public static RoutingRules defaults() {
        return new RoutingRules(null);
    }

    public List<Audience> audiencesOf(NotificationKind kind) {
        return rules.getOrDefault(kind, List.of());
    }
}
