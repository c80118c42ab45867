package vn.congdoan.plan.imports;

import vn.congdoan.contracts.unit.UnitLevel;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The importer's guess at which unit levels a responsible-unit heading names, so that the plan
 * service can propose assignees: "Công đoàn cấp trên cơ sở và CĐCS trực thuộc" names two levels.
 * Empty when the heading names no level the importer knows (a finding says so).
 */
public record ResponsibleScope(Set<UnitLevel> levels) {

    public ResponsibleScope {
        // an EnumSet keeps the levels in hierarchy order, so JSON and logs read the same every run
        levels = levels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(levels));
    }

    public static ResponsibleScope of(UnitLevel... levels) {
        return new ResponsibleScope(Set.of(levels));
    }

    public boolean isUnknown() {
        return levels.isEmpty();
    }
}
