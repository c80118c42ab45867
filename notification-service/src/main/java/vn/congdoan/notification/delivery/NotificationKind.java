package vn.congdoan.notification.delivery;

/**
 * What a notification is about. Officers choose channels per kind, routing rules are keyed by
 * kind, and every kind has a template in each language.
 */
public enum NotificationKind {
    TASK_DUE_SOON, TASK_DUE, TASK_OVERDUE, TASK_ESCALATED,
    REPORT_SUBMITTED, REPORT_APPROVED, REPORT_RETURNED,
    TARGET_MET, TARGET_MISSED, TARGET_AT_RISK,
    /** a parent unit's daily summary of its children's open assignments */
    FOLLOW_UP;

    /** The template name: {@code TASK_DUE_SOON} is {@code task-due-soon}. */
    public String templateName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
