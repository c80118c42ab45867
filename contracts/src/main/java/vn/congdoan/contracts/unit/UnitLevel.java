package vn.congdoan.contracts.unit;

/**
 * The levels of the union hierarchy, highest first (docs/architecture.md §2). A unit's parent is always of
 * a strictly higher level; only a {@link #NATIONAL} unit has no parent. Departments are optional:
 * an upper-level grassroots union may sit under a department or directly under its province.
 */
public enum UnitLevel {
    NATIONAL, PROVINCIAL, DEPARTMENT, UPPER_GRASSROOTS, GRASSROOTS;

    /** Whether a unit of this level may be the parent of a unit of {@code child} level. */
    public boolean mayParent(UnitLevel child) {
        return ordinal() < child.ordinal();
    }
}
