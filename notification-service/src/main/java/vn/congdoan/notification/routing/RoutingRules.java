package vn.congdoan.notification.routing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import vn.congdoan.notification.delivery.NotificationKind;

/**
 * Routing as data ({@code notification.routing.*}). {@code rules}: for each kind, the audiences
 * that hear of it; a kind left out keeps the default of docs/architecture.md §5 and §6: reminders go to the
 * assigned unit's officers, an escalated overdue task also to the parent unit's; a submitted report
 * to the parent unit's officers, an approved or returned one to the reporting unit's; a target
 * verdict to the scope's and the plan owner's officers; a follow-up summary to the parent unit's.
 * {@code digest}: the kinds whose interrupting messages (email, Zalo, SMS) always wait for the
 * officer's daily digest, whatever their delivery mode (null keeps the default set).
 */
@ConfigurationProperties("notification.routing")
public record RoutingRules(Map<NotificationKind, List<Audience>> rules, Set<NotificationKind> digest) {

    static final Map<NotificationKind, List<Audience>> DEFAULTS = Map.ofEntries(
            Map.entry(NotificationKind.TASK_DUE_SOON, List.of(Audience.ASSIGNED_UNIT)),
            Map.entry(NotificationKind.TASK_DUE, List.of(Audience.ASSIGNED_UNIT)),
            Map.entry(NotificationKind.TASK_OVERDUE, List.of(Audience.ASSIGNED_UNIT)),
            Map.entry(NotificationKind.TASK_ESCALATED, List.of(Audience.ASSIGNED_UNIT, Audience.PARENT_UNIT)),
            Map.entry(NotificationKind.REPORT_SUBMITTED, List.of(Audience.PARENT_UNIT)),
            Map.entry(NotificationKind.REPORT_APPROVED, List.of(Audience.ASSIGNED_UNIT)),
            Map.entry(NotificationKind.REPORT_RETURNED, List.of(Audience.ASSIGNED_UNIT)),
            Map.entry(NotificationKind.TARGET_MET, List.of(Audience.ASSIGNED_UNIT, Audience.OWNER_UNIT)),
            Map.entry(NotificationKind.TARGET_MISSED, List.of(Audience.ASSIGNED_UNIT, Audience.OWNER_UNIT)),
            Map.entry(NotificationKind.TARGET_AT_RISK, List.of(Audience.ASSIGNED_UNIT, Audience.OWNER_UNIT)),
            Map.entry(NotificationKind.FOLLOW_UP, List.of(Audience.ASSIGNED_UNIT)));

    static final Set<NotificationKind> DEFAULT_DIGEST = Set.of(NotificationKind.REPORT_SUBMITTED,
            NotificationKind.REPORT_APPROVED, NotificationKind.TARGET_MET, NotificationKind.FOLLOW_UP);

    @ConstructorBinding
    public RoutingRules {
        Map<NotificationKind, List<Audience>> merged = new EnumMap<>(DEFAULTS);
        if (rules != null) {
            rules.forEach((kind, audiences) -> merged.put(kind, List.copyOf(audiences)));
        }
        rules = Map.copyOf(merged);
        digest = digest == null ? DEFAULT_DIGEST : Set.copyOf(digest.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : digest);
    }

    public RoutingRules(Map<NotificationKind, List<Audience>> rules) {
        this(rules, null);
    }

    public static RoutingRules defaults() {
        return new RoutingRules(null, null);
    }

    public List<Audience> audiencesOf(NotificationKind kind) {
        return rules.getOrDefault(kind, List.of());
    }

    /** Whether this kind's interrupting messages always go out with the daily digest. */
    public boolean digested(NotificationKind kind) {
        return digest.contains(kind);
    }
}
