package vn.congdoan.security;

/**
 * What a caller may do, from the {@code roles} claim of the access token. Scope (which units) comes
 * from the caller's unit, never from the role.
 */
public enum Role {
    /** Reads the unit's subtree; changes only the unit's own data. */
    UNIT_OFFICER,
    /** Approves or returns the reports of the unit's direct children. */
    APPROVER,
    /** Creates, revises, issues and closes the unit's plans; manages the directory and officers below the unit. */
    FEDERATION_STAFF,
    /** Sweeps, evaluations, follow-ups, the directory import, actuator details. */
    OPERATOR,
    /** Another system, by the client-credentials grant: reads its unit's subtree, changes nothing. */
    INTEGRATION
}
