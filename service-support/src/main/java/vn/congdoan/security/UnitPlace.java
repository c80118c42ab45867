package vn.congdoan.security;

import java.util.List;

/**
 * Where a unit sits in the directory: enough to decide scope without walking the tree.
 *
 * @param ancestors every unit above it, root first
 */
public record UnitPlace(String id, String code, String parentId, List<String> ancestors) {

    public UnitPlace {
        ancestors = ancestors == null ? List.of() : List.copyOf(ancestors);
    }

    /** This unit or one below it. */
    public boolean contains(UnitPlace other) {
        return id.equals(other.id) || other.ancestors.contains(id);
    }

    /** Strictly below this unit. */
    public boolean isAbove(UnitPlace other) {
        return !id.equals(other.id) && other.ancestors.contains(id);
    }

    public boolean isParentOf(UnitPlace other) {
        return id.equals(other.parentId);
    }
}
