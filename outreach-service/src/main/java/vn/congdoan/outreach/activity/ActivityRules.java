package vn.congdoan.outreach.activity;

import java.net.URI;
import java.net.URISyntaxException;
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
 * What makes an activity acceptable. Refused (400, every wrong field named): unknown unit or plan,
 * a task not of the plan, dates outside the plan's period or the unit's life, an end before the
 * start, negative counts, evidence that is not an http(s) link. Accepted with warnings: attendance
 * above the unit's roster on the start date, attendance on a post, reach on a gathering.
 */
final class ActivityRules {
    static final int MAX_TEXT = 1_000;
    static final int MAX_EVIDENCE = 50;

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
        required(errors, "form", request.form());
        text(errors, "title", request.title(), true);
        text(errors, "audience", request.audience(), false);
        required(errors, "startDate", request.startDate());
        LocalDate start = request.startDate();
        LocalDate end = request.endDate() == null ? start : request.endDate();
        if (start != null && end.isBefore(start)) {
            errors.add(new FieldError("endDate", "is before startDate " + start));
        }
        ReplicatedUnit unit = unit(errors, request.unitId(), start, end);
        plan(errors, request, start, end);
        Attendance attendance = attendance(errors, request.attendance());
        Reach reach = reach(errors, request.reach());
        List<String> evidence = evidence(errors, request.evidence());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ActivityState state = new ActivityState(unit.id(), blankToNull(request.planId()), blankToNull(request.taskId()),
                request.form(), request.title().strip(), start, end, blankToNull(request.audience()), attendance, reach,
                evidence);
        return new Checked(state, warnings(state));
    }

    private ReplicatedUnit unit(List<FieldError> errors, String unitId, LocalDate start, LocalDate end) {
        if (unitId == null || unitId.isBlank()) {
            errors.add(new FieldError("unitId", "is required"));
            return null;
        }
        ReplicatedUnit unit = units.apply(unitId).orElse(null);
        if (unit == null) {
            errors.add(new FieldError("unitId", "unknown unit " + unitId));
        } else if (start != null && unit.openedOn() != null && start.isBefore(unit.openedOn())) {
            errors.add(new FieldError("startDate", "is before the unit opened on " + unit.openedOn()));
        } else if (end != null && unit.closedOn() != null && end.isAfter(unit.closedOn())) {
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
        if (start != null && start.isBefore(plan.periodStart())) {
            errors.add(new FieldError("startDate", "is before plan " + plan.number() + " was issued on " + plan.periodStart()));
        }
        plan.periodEnd().filter(last -> end != null && end.isAfter(last)).ifPresent(last -> errors.add(new FieldError(
                "endDate", "is after the end of plan " + plan.number() + "'s period, " + last)));
    }

    private static Attendance attendance(List<FieldError> errors, ActivityRequest.Counts counts) {
        if (counts == null) {
            return Attendance.NONE;
        }
        return new Attendance(count(errors, "attendance.members", counts.members()),
                count(errors, "attendance.nonMemberWorkers", counts.nonMemberWorkers()),
                count(errors, "attendance.officers", counts.officers()));
    }

    private static Reach reach(List<FieldError> errors, ActivityRequest.Reach reach) {
        if (reach == null) {
            return Reach.NONE;
        }
        return new Reach(count(errors, "reach.views", reach.views()), count(errors, "reach.shares", reach.shares()),
                count(errors, "reach.reactions", reach.reactions()));
    }

    private static long count(List<FieldError> errors, String field, Long value) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            errors.add(new FieldError(field, "must not be negative"));
        }
        return value;
    }

    private static List<String> evidence(List<FieldError> errors, List<String> links) {
        if (links == null) {
            return List.of();
        }
        if (links.size() > MAX_EVIDENCE) {
            errors.add(new FieldError("evidence", "at most " + MAX_EVIDENCE + " links"));
        }
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            String link = links.get(i) == null ? "" : links.get(i).strip();
            if (httpUrl(link)) {
                valid.add(link);
            } else {
                errors.add(new FieldError("evidence[" + i + "]", "must be an http or https link, not '" + link + "'"));
            }
        }
        return valid;
    }

    private static boolean httpUrl(String link) {
        try {
            URI uri = new URI(link);
            return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
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

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, boolean required) {
        if (required && (value == null || value.isBlank())) {
            errors.add(new FieldError(field, "is required"));
        } else if (value != null && value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "at most " + MAX_TEXT + " characters"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
