package vn.congdoan.outreach.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import vn.congdoan.contracts.outreach.Activity.Attendance;
import vn.congdoan.contracts.outreach.Activity.Reach;
import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.outreach.plan.KnownPlan;
import vn.congdoan.outreach.roster.Roster;
import vn.congdoan.units.ReplicatedUnit;
import vn.congdoan.web.FieldError;
import vn.congdoan.web.InvalidRequestException;

/**
 * What makes a well-formed activity (its constraints, {@link ActivityRequest}) acceptable, against
 * other data. Refused (400, every wrong field named): an unknown unit or plan, a task not of the
 * plan, dates outside the plan's period or the unit's life. Accepted with warnings: attendance
 * above the unit's roster on the start date, attendance on a post, reach on a gathering.
 */
final class ActivityRules {
    private final Function<String, Optional<ReplicatedUnit>> units;
    private final Function<String, Optional<KnownPlan>> plans;
    private final BiFunction<String, LocalDate, Optional<Roster.Entry>> rosters;

    ActivityRules(Function<String, Optional<ReplicatedUnit>> units, Function<String, Optional<KnownPlan>> plans,
                  BiFunction<String, LocalDate, Optional<Roster.Entry>> rosters) {
        this.units = units;
        this.plans = plans;
        this.rosters = rosters;
    }

    record Checked(ActivityState state, List<FieldError> warnings) {
    }

    Checked check(ActivityRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = request.startDate();
        LocalDate end = request.endDate() == null ? start : request.endDate();
        ReplicatedUnit unit = unit(errors, request.unitId(), start, end);
        plan(errors, request, start, end);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ActivityState state = new ActivityState(unit.id(), blankToNull(request.planId()), blankToNull(request.taskId()),
                request.form(), request.title().strip(), start, end, blankToNull(request.audience()),
                attendance(request.attendance()), reach(request.reach()),
                request.evidence() == null ? List.of() : request.evidence().stream().map(String::strip).toList());
        return new Checked(state, warnings(state));
    }

    private ReplicatedUnit unit(List<FieldError> errors, String unitId, LocalDate start, LocalDate end) {
        ReplicatedUnit unit = units.apply(unitId).orElse(null);
        if (unit == null) {
            errors.add(new FieldError("unitId", "unknown unit " + unitId));
        } else if (unit.openedOn() != null && start.isBefore(unit.openedOn())) {
            errors.add(new FieldError("startDate", "is before the unit opened on " + unit.openedOn()));
        } else if (unit.closedOn() != null && end.isAfter(unit.closedOn())) {
            errors.add(new FieldError("endDate", "is after the unit closed on " + unit.closedOn()));
        }
        return unit;
    }

    private void plan(List<FieldError> errors, ActivityRequest request, LocalDate start, LocalDate end) {
        String planId = blankToNull(request.planId());
        String taskId = blankToNull(request.taskId());
        if (planId == null) {
            if (taskId != null) {
                errors.add(new FieldError("taskId", "needs the planId of its plan"));
            }
            return;
        }
        KnownPlan plan = plans.apply(planId).orElse(null);
        if (plan == null) {
            errors.add(new FieldError("planId", "unknown plan " + planId));
            return;
        }
        if (taskId != null && !plan.hasTask(taskId)) {
            errors.add(new FieldError("taskId", "plan " + plan.number() + " has no task " + taskId));
        }
        if (start.isBefore(plan.periodStart())) {
            errors.add(new FieldError("startDate", "is before plan " + plan.number() + " was issued on " + plan.periodStart()));
        }
        plan.periodEnd().filter(end::isAfter).ifPresent(last -> errors.add(new FieldError(
                "endDate", "is after the end of plan " + plan.number() + "'s period, " + last)));
    }

    private static Attendance attendance(ActivityRequest.Counts counts) {
        return counts == null ? Attendance.NONE
                : new Attendance(zeroIfNull(counts.members()), zeroIfNull(counts.nonMemberWorkers()), zeroIfNull(counts.officers()));
    }

    private static Reach reach(ActivityRequest.Reach reach) {
        return reach == null ? Reach.NONE
                : new Reach(zeroIfNull(reach.views()), zeroIfNull(reach.shares()), zeroIfNull(reach.reactions()));
    }

    private static long zeroIfNull(Long value) {
        return value == null ? 0 : value;
    }

    private List<FieldError> warnings(ActivityState state) {
        List<FieldError> warnings = new ArrayList<>();
        Attendance attendance = state.attendance();
        rosters.apply(state.unitId(), state.startDate()).ifPresent(roster -> {
            if (attendance.members() > roster.members()) {
                warnings.add(new FieldError("attendance.members", attendance.members() + " members attended, more than the "
                        + roster.members() + " on the unit's roster from " + roster.effectiveFrom()));
            }
            long nonMembers = roster.workers() - roster.members();
            if (attendance.nonMemberWorkers() > nonMembers) {
                warnings.add(new FieldError("attendance.nonMemberWorkers", attendance.nonMemberWorkers()
                        + " non-member workers attended, more than the " + nonMembers + " on the unit's roster from "
                        + roster.effectiveFrom()));
            }
        });
        ActivityForm.Kind kind = state.form().kind();
        if (kind == ActivityForm.Kind.POST && attendance.total() > 0) {
            warnings.add(new FieldError("attendance", "a post (" + state.form().label() + ") has reach, not attendance"));
        }
        if (kind == ActivityForm.Kind.GATHERING && !state.reach().equals(Reach.NONE)) {
            warnings.add(new FieldError("reach", "a gathering (" + state.form().label() + ") has attendance, not reach"));
        }
        return warnings;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
