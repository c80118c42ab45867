package vn.congdoan.notification.routing;

/** Whose officers hear of an occasion, relative to the unit it concerns. */
public enum Audience {
    /** The officers of the unit the task is assigned to. */
    ASSIGNED_UNIT,
    /** The officers of the unit above it (escalations, follow-up). */
    PARENT_UNIT
}
