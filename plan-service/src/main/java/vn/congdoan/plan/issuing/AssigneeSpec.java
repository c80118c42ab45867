package vn.congdoan.plan.issuing;

import jakarta.validation.constraints.Size;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;

/**
 * Who a task goes to: one named unit ({@code unitId}), or a scope, "every open unit of
 * {@code level} (and {@code sector}) under the issuing unit" ("Công đoàn cấp trên cơ sở và CĐCS
 * trực thuộc" is two scopes). A scope is expanded to concrete units when the plan is issued.
 */
public record AssigneeSpec(@Size(max = 100) String unitId, UnitLevel level, Sector sector) {

    boolean isScope() {
        return unitId == null;
    }
}
