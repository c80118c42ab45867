package vn.congdoan.contracts;

import java.util.Arrays;
import java.util.Optional;

import vn.congdoan.contracts.notification.NotificationDelivered;
import vn.congdoan.contracts.notification.NotificationFailed;
import vn.congdoan.contracts.outreach.ActivityCorrected;
import vn.congdoan.contracts.outreach.ActivityRecorded;
import vn.congdoan.contracts.outreach.OutreachFactsUpdated;
import vn.congdoan.contracts.outreach.RosterUpdated;
import vn.congdoan.contracts.plan.PlanClosed;
import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.report.ReportApproved;
import vn.congdoan.contracts.report.ReportReturned;
import vn.congdoan.contracts.report.ReportSubmitted;
import vn.congdoan.contracts.target.TargetAtRisk;
import vn.congdoan.contracts.target.TargetMet;
import vn.congdoan.contracts.target.TargetMissed;
import vn.congdoan.contracts.task.TaskAssigned;
import vn.congdoan.contracts.task.TaskCompleted;
import vn.congdoan.contracts.task.TaskDue;
import vn.congdoan.contracts.task.TaskDueSoon;
import vn.congdoan.contracts.task.TaskOverdue;
import vn.congdoan.contracts.unit.UnitChanged;

/**
 * The catalogue in code: every CloudEvents {@code ce_type}, the topic it travels on and the
 * payload record it carries. {@code asyncapi.yaml} describes the same set for humans and other
 * systems; {@code EventCatalogueTest} keeps the two in step. A breaking change is a new
 * versioned type published beside the old one, never an edit of an existing one.
 */
public enum EventType {
    REPORT_SUBMITTED("vn.congdoan.report.submitted.v1", Topic.REPORTING_REPORTS, ReportSubmitted.class),
    REPORT_APPROVED("vn.congdoan.report.approved.v1", Topic.REPORTING_REPORTS, ReportApproved.class),
    REPORT_RETURNED("vn.congdoan.report.returned.v1", Topic.REPORTING_REPORTS, ReportReturned.class),
    TARGET_MET("vn.congdoan.target.met.v1", Topic.REPORTING_TARGETS, TargetMet.class),
    TARGET_MISSED("vn.congdoan.target.missed.v1", Topic.REPORTING_TARGETS, TargetMissed.class),
    TARGET_AT_RISK("vn.congdoan.target.at-risk.v1", Topic.REPORTING_TARGETS, TargetAtRisk.class),
    ACTIVITY_RECORDED("vn.congdoan.outreach.activity-recorded.v1", Topic.OUTREACH_ACTIVITIES, ActivityRecorded.class),
    ACTIVITY_CORRECTED("vn.congdoan.outreach.activity-corrected.v1", Topic.OUTREACH_ACTIVITIES,
            ActivityCorrected.class),
    ROSTER_UPDATED("vn.congdoan.outreach.roster-updated.v1", Topic.OUTREACH_ROSTERS, RosterUpdated.class),
    OUTREACH_FACTS_UPDATED("vn.congdoan.outreach.facts-updated.v1", Topic.OUTREACH_FACTS, OutreachFactsUpdated.class),
    TASK_ASSIGNED("vn.congdoan.task.assigned.v1", Topic.PLAN_TASKS, TaskAssigned.class),
    TASK_DUE_SOON("vn.congdoan.task.due-soon.v1", Topic.PLAN_TASKS, TaskDueSoon.class),
    TASK_DUE("vn.congdoan.task.due.v1", Topic.PLAN_TASKS, TaskDue.class),
    TASK_OVERDUE("vn.congdoan.task.overdue.v1", Topic.PLAN_TASKS, TaskOverdue.class),
    TASK_COMPLETED("vn.congdoan.task.completed.v1", Topic.PLAN_TASKS, TaskCompleted.class),
    UNIT_CHANGED("vn.congdoan.unit.changed.v1", Topic.PLAN_UNITS, UnitChanged.class),
    PLAN_ISSUED("vn.congdoan.plan.issued.v1", Topic.PLAN_PLANS, PlanIssued.class),
    PLAN_CLOSED("vn.congdoan.plan.closed.v1", Topic.PLAN_PLANS, PlanClosed.class),
    NOTIFICATION_DELIVERED("vn.congdoan.notification.delivered.v1", Topic.NOTIFICATION_DELIVERIES,
            NotificationDelivered.class),
    NOTIFICATION_FAILED("vn.congdoan.notification.failed.v1", Topic.NOTIFICATION_DELIVERIES, NotificationFailed.class);

    private final String ceType;
    private final Topic topic;
    private final Class<?> payloadType;

    EventType(String ceType, Topic topic, Class<?> payloadType) {
        this.ceType = ceType;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String ceType() {
        return ceType;
    }

    public Topic topic() {
        return topic;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    /** Classpath location of the JSON Schema of the payload, inside this module. */
    public String schemaResource() {
        return "schemas/" + ceType + ".json";
    }

    public static Optional<EventType> ofCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }

    public static EventType ofPayload(Class<?> payloadType) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType.equals(payloadType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in the event catalogue: " + payloadType.getName()));
    }
}
