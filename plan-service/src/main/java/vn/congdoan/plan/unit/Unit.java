package vn.congdoan.plan.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitChanged;
import vn.congdoan.contracts.unit.UnitLevel;

/**
 * One union organisation in the directory. {@code ancestors} (root first, parent last) is
 * denormalised so that a subtree is one indexed query ({@code ancestors: id}).
 * <p>
 * Every command bumps {@code version}, marks the event pending and returns the
 * {@link UnitChanged} it caused; the pending marks travel in the same document write as the
 * change (see {@link UnitEvents} for why nothing is lost without transactions). The caller has
 * checked the rules that need other units ({@link UnitRules}).
 */
@Document("units")
class Unit {
    @Id
    private final String id;
    @Indexed(unique = true)
    private final String code;
    private String name;
    private final UnitLevel level;
    private Sector sector;
    @Indexed
    private String parentId;
    @Indexed
    private List<String> ancestors;
    private int depth;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private LocalDate parentSince;
    private long version;
    /** The UnitChanged of {@code version} may not be staged yet. */
    @Indexed(sparse = true)
    private Boolean eventPending;
    /** This unit moved and its descendants' ancestors may not be re-derived yet. */
    @Indexed(sparse = true)
    private Boolean branchPending;

    @PersistenceCreator
    Unit(String id, String code, String name, UnitLevel level, Sector sector, String parentId, List<String> ancestors,
         LocalDate openedOn, LocalDate closedOn, LocalDate parentSince, long version, Boolean eventPending,
         Boolean branchPending) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.level = level;
        this.sector = sector;
        this.parentId = parentId;
        this.ancestors = ancestors == null ? List.of() : List.copyOf(ancestors);
        this.depth = this.ancestors.size();
        this.openedOn = openedOn;
        this.closedOn = closedOn;
        this.parentSince = parentSince;
        this.version = version;
        this.eventPending = eventPending;
        this.branchPending = branchPending;
    }

    /** A new unit at version 1 under {@code parentId} (null only for the national unit). */
    static Unit open(String id, UnitDetails details, String parentId, List<String> ancestors) {
        return new Unit(id, details.code(), details.name(), details.level(), details.sector(), parentId, ancestors,
                details.openedOn(), details.closedOn(), details.openedOn(), 1, true, null);
    }

    /** Rename, re-sector, re-date (including closing or re-opening through {@code closedOn}). */
    UnitChanged revise(String name, Sector sector, LocalDate openedOn, LocalDate closedOn) {
        this.name = name;
        this.sector = sector;
        this.openedOn = openedOn;
        this.closedOn = closedOn;
        return changed();
    }

    UnitChanged close(LocalDate on) {
        this.closedOn = on;
        return changed();
    }

    /**
     * Re-parents this unit; {@code ancestors} are the new parent's lineage. Its descendants follow
     * through {@link UnitBranches}, which the branch-pending mark written with this change asks for.
     */
    UnitChanged moveUnder(String newParentId, List<String> newAncestors, LocalDate effectiveOn) {
        this.parentId = newParentId;
        this.parentSince = effectiveOn;
        this.branchPending = true;
        return reroot(newAncestors);
    }

    /** New ancestors because an ancestor of this unit moved. */
    UnitChanged reroot(List<String> newAncestors) {
        this.ancestors = List.copyOf(newAncestors);
        this.depth = ancestors.size();
        return changed();
    }

    private UnitChanged changed() {
        version++;
        eventPending = true;
        return toEvent();
    }

    UnitChanged toEvent() {
        return new UnitChanged(id, code, name, level, sector, parentId, ancestors, openedOn, closedOn, parentSince,
                version);
    }

    /** The ancestors of a child of this unit. */
    List<String> lineage() {
        List<String> lineage = new ArrayList<>(ancestors);
        lineage.add(id);
        return List.copyOf(lineage);
    }

    UnitDetails details() {
        return new UnitDetails(code, name, level, sector, openedOn, closedOn);
    }

    boolean openOn(LocalDate day) {
        return closedOn == null || closedOn.isAfter(day);
    }

    String id() { return id; }
    String code() { return code; }
    String name() { return name; }
    UnitLevel level() { return level; }
    Sector sector() { return sector; }
    String parentId() { return parentId; }
    List<String> ancestors() { return ancestors; }
    LocalDate openedOn() { return openedOn; }
    LocalDate closedOn() { return closedOn; }
    LocalDate parentSince() { return parentSince; }
    long version() { return version; }
    boolean eventPending() { return Boolean.TRUE.equals(eventPending); }
    boolean branchPending() { return Boolean.TRUE.equals(branchPending); }
}
