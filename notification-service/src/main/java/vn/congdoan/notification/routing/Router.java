package vn.congdoan.notification.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.congdoan.notification.officer.Officer;

/**
 * Decides who hears of an occasion: for each audience its rule names, the unit it stands for and
 * that unit's officers, possibly none (the caller reports those). Plain class, no Spring.
 */
public class Router {
    private final RoutingRules rules;
    private final Function<String, List<Officer>> officersOfUnit;

    public Router(RoutingRules rules, Function<String, List<Officer>> officersOfUnit) {
        this.rules = rules;
        this.officersOfUnit = officersOfUnit;
    }

    public List<UnitRecipients> route(Occasion occasion) {
        List<UnitRecipients> routed = new ArrayList<>();
        for (Audience audience : rules.audiencesOf(occasion.kind())) {
            String unitId = switch (audience) {
                case ASSIGNED_UNIT -> occasion.unitId();
                case PARENT_UNIT -> occasion.parentUnitId();
                case OWNER_UNIT -> occasion.ownerUnitId();
            };
            if (unitId == null || unitId.isBlank()) {
                routed.add(new UnitRecipients(null, audience, List.of()));
            } else if (routed.stream().noneMatch(r -> unitId.equals(r.unitId()))) {
                routed.add(new UnitRecipients(unitId, audience, List.copyOf(officersOfUnit.apply(unitId))));
            }
        }
        return routed;
    }

    /**
     * The officers of one unit that an occasion reaches; empty when the unit has none. The unit id
     * is null when the event does not name the unit an audience stands for (no parent unit).
     */
    public record UnitRecipients(String unitId, Audience audience, List<Officer> officers) {
    }
}
