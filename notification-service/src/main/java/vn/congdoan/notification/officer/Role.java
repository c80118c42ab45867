package vn.congdoan.notification.officer;

/** An officer's position in the unit: chủ tịch, phó chủ tịch, cán bộ, ban chuyên môn. */
public enum Role {
    CHAIR, VICE_CHAIR, STAFF, DEPARTMENT
}
