package vn.congdoan.plan.issuing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.congdoan.contracts.plan.TargetSource;
import vn.congdoan.web.FieldError;
import vn.congdoan.web.InvalidRequestException;

/**
 * What a plan's content must satisfy beyond its field constraints: ids unique, every assignee
 * either one known unit or a scope, the issuing unit known, no target due before the plan is issued.
 * All errors at once, by field path.
 */
@Component
class PlanRules {
    private final UnitScopes units;

    PlanRules(UnitScopes units) {
        this.units = units;
    }

    void check(PlanContent content) {
        List<FieldError> errors = new ArrayList<>();
        if (units.unit(content.issuingUnitId()).isEmpty()) {
            errors.add(new FieldError("issuingUnitId", "unknown unit " + content.issuingUnitId()));
        }
        unique(content.targets().stream().map(TargetSpec::id).toList(), "targets", errors);
        unique(content.tasks().stream().map(TaskSpec::id).toList(), "tasks", errors);
        for (int t = 0; t < content.targets().size(); t++) {
            TargetSpec target = content.targets().get(t);
            if (target.indicator() != null && target.indicator().measure() != target.measure()) {
                errors.add(new FieldError("targets[" + t + "].indicator", target.indicator() + " is measured as "
                        + target.indicator().measure() + ", the target as " + target.measure()));
            }
            if (target.dueBy() != null && content.issueDate() != null && target.dueBy().isBefore(content.issueDate())) {
                errors.add(new FieldError("targets[" + t + "].dueBy", "a target cannot fall due (" + target.dueBy()
                        + ") before the plan is issued (" + content.issueDate() + ")"));
            }
            if (target.source() == TargetSource.OUTREACH
                    && (target.indicator() == null || target.indicator().form() == null)) {
                errors.add(new FieldError("targets[" + t + "].source",
                        "only a unit indicator proven by an outreach form (FANPAGE_POST) can come from outreach"));
            }
        }
        for (int t = 0; t < content.tasks().size(); t++) {
            List<AssigneeSpec> assignees = content.tasks().get(t).assignees();
            for (int a = 0; a < assignees.size(); a++) {
                checkAssignee(assignees.get(a), "tasks[" + t + "].assignees[" + a + "]", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private void checkAssignee(AssigneeSpec assignee, String path, List<FieldError> errors) {
        if (assignee.unitId() != null && assignee.level() != null) {
            errors.add(new FieldError(path, "either a unitId or a scope (level, sector), not both"));
        } else if (assignee.unitId() == null && assignee.level() == null) {
            errors.add(new FieldError(path, "needs a unitId or a scope level"));
        } else if (assignee.unitId() != null && units.unit(assignee.unitId()).isEmpty()) {
            errors.add(new FieldError(path + ".unitId", "unknown unit " + assignee.unitId()));
        }
    }

    private static void unique(List<String> ids, String field, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                errors.add(new FieldError(field + "[" + i + "].id", "duplicate id " + ids.get(i)));
            }
        }
    }
}
