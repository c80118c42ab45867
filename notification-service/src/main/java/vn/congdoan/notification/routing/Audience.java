package vn.congdoan.notification.routing;

/** Whose officers hear of an occasion, relative to the unit it concerns. */
public enum Audience {
    /** The officers of the unit the occasion concerns: the assigned unit, the reporting unit, a target's scope. */
    ASSIGNED_UNIT,
    /** The officers of the unit above it (escalations, submitted reports, follow-up). */
    PARENT_UNIT,
    /** The officers of the unit that issued the plan (target verdicts). */
    OWNER_UNIT
}
