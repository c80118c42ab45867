package vn.congdoan.contracts.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * The full current state of one unit after a change, published on the compacted topic
 * {@code plan.units}: the latest record per key is the unit. {@code version} grows with every
 * change; a consumer keeps the record with the highest version it has seen (at least once
 * delivery may repeat or, after a retry, reorder an older one). {@code ancestors} lists the ids
 * from the root down to the parent, so a subtree is every unit whose ancestors contain its id.
 *
 * @param parentSince the day the unit came under its current parent (its opening, or a move)
 * @param closedOn    null while the unit is open
 * @param sector      set for grassroots units, optional for the others
 */
public record UnitChanged(String id, String code, String name, UnitLevel level, Sector sector, String parentId,
                          List<String> ancestors, LocalDate openedOn, LocalDate closedOn, LocalDate parentSince,
                          long version) implements UnitEvent {
    public UnitChanged {
        ancestors = List.copyOf(ancestors);
    }
}
