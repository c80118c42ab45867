package vn.congdoan.plan.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.plan.TargetPeriod;
import vn.congdoan.contracts.plan.TargetSource;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.plan.issuing.AssigneeSpec;
import vn.congdoan.plan.issuing.PlanContent;
import vn.congdoan.plan.issuing.TargetSpec;
import vn.congdoan.plan.issuing.TaskSpec;
import vn.congdoan.plan.issuing.UnitScopes;
import vn.congdoan.plan.deadline.DeadlineRule;

/**
 * Turns what the importer read into plan content an officer can store as a draft: a responsible
 * heading that names one of the issuing unit's departments becomes that unit; one that names
 * levels ("Công đoàn cấp trên cơ sở và CĐCS trực thuộc") becomes scopes; anything else falls back
 * to the issuing unit itself, with a finding. Tasks without a deadline are ongoing (the importer
 * already reported them). A target keeps the horizon and qualifier the document gave it, and the day its
 * horizon ends ("đến hết năm 2023" → 2023-12-31) as the day it is judged.
 */
@Component
class DraftPlanning {
    private final UnitScopes units;

    DraftPlanning(UnitScopes units) {
        this.units = units;
    }

    PlanContent content(PlanDraft draft, String issuingUnitId, String number, LocalDate issueDate, List<Finding> findings) {
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < draft.tasks().size(); i++) {
            DraftTask task = draft.tasks().get(i);
            DeadlineRule rule = task.deadline() == null ? new DeadlineRule.Ongoing() : task.deadline();
            tasks.add(new TaskSpec("t" + (i + 1), task.title(), task.reportTask(), rule, task.deadlinePhrase(),
                    assignees(task, issuingUnitId, findings)));
        }
        return new PlanContent(number, issuingUnitId, issueDate, draft.title(),
                draft.legalBasis().stream().map(r -> new PlanIssued.Reference(r.kind(), r.number(), r.date(), r.issuer())).toList(),
                draft.purposes(), draft.requirements(), targets(draft, issueDate, findings), tasks, draft.recipients(),
                draft.signer() == null ? null
                        : new PlanIssued.Signer(draft.signer().capacity(), draft.signer().position(), draft.signer().name()),
                null);
    }

    private List<AssigneeSpec> assignees(DraftTask task, String issuingUnitId, List<Finding> findings) {
        if (task.responsible() != null) {
            Optional<UnitScopes.UnitRef> named = units.childNamed(issuingUnitId, task.responsible());
            if (named.isPresent()) {
                return List.of(new AssigneeSpec(named.get().id(), null, null));
            }
        }
        List<UnitLevel> below = task.scope() == null ? List.of() : task.scope().levels().stream()
                .filter(level -> level.ordinal() > UnitLevel.PROVINCIAL.ordinal()).toList();
        if (!below.isEmpty()) {
            return below.stream().map(level -> new AssigneeSpec(null, level, null)).toList();
        }
        if (task.scope() == null || !task.scope().levels().contains(UnitLevel.PROVINCIAL)) {
            findings.add(new Finding(task.line(), Severity.WARNING, "UNRESOLVED_ASSIGNEE",
                    "no unit of the directory matches the responsible unit; assigned to the issuing unit", task.responsible()));
        }
        return List.of(new AssigneeSpec(issuingUnitId, null, null));
    }

    private static List<TargetSpec> targets(PlanDraft draft, LocalDate issueDate, List<Finding> findings) {
        List<TargetSpec> targets = new ArrayList<>();
        for (int i = 0; i < draft.targets().size(); i++) {
            DraftTarget t = draft.targets().get(i);
            Measure measure = t.measure() == null ? Measure.PERCENT_OF_MEMBERS : t.measure();
            Indicator indicator = TargetIndicators.of(t.metric(), measure).orElse(null);
            targets.add(new TargetSpec("c" + (i + 1), t.metric(), t.comparator() == null ? Comparator.GTE : t.comparator(),
                    t.threshold() == null ? BigDecimal.ZERO : t.threshold(), measure, t.sector(), t.level(),
                    t.period() == null ? TargetPeriod.PLAN : t.period(), indicator,
                    indicator != null && indicator.form() != null ? TargetSource.OUTREACH : null,
                    dueBy(t, issueDate, findings), t.horizon(), t.qualifier()));
        }
        return targets;
    }

    /** The day the target's horizon ends, unless that is before the plan is issued (a finding says so). */
    private static LocalDate dueBy(DraftTarget target, LocalDate issueDate, List<Finding> findings) {
        LocalDate dueBy = TargetRecognizer.dueBy(target.horizon()).orElse(null);
        if (dueBy != null && issueDate != null && dueBy.isBefore(issueDate)) {
            findings.add(new Finding(target.line(), Severity.WARNING, FindingCodes.HORIZON_BEFORE_ISSUE,
                    "the horizon ends " + dueBy + ", before the plan is issued; the target is judged over the plan's term",
                    target.horizon()));
            return null;
        }
        return dueBy;
    }
}
