package vn.congdoan.notification.tasks;

/** JSON payloads of plan.tasks as plan-service sends them, with the seed plan's annual report task. */
final class TaskEvents {
    static final String ANNUAL_REPORT = "Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh";

    private TaskEvents() {
    }

    static String dueSoon(String assignmentId, String unit, int daysLeft) {
        return """
                {"assignmentId":"%s","planId":"p-45","planNumber":"45/KH-LĐLĐ","taskTitle":"%s","unitId":"%s",
                 "dueDate":"2026-11-30","daysLeft":%d}""".formatted(assignmentId, ANNUAL_REPORT, unit, daysLeft);
    }

    static String due(String assignmentId, String unit) {
        return """
                {"assignmentId":"%s","planId":"p-45","planNumber":"45/KH-LĐLĐ","taskTitle":"%s","unitId":"%s",
                 "dueDate":"2026-11-30"}""".formatted(assignmentId, ANNUAL_REPORT, unit);
    }

    static String escalatedOverdue(String assignmentId, String unit, String parentUnit, int daysOverdue) {
        return """
                {"assignmentId":"%s","planId":"p-45","planNumber":"45/KH-LĐLĐ","taskTitle":"%s","unitId":"%s",
                 "parentUnitId":"%s","dueDate":"2026-11-30","daysOverdue":%d,"escalated":true}"""
                .formatted(assignmentId, ANNUAL_REPORT, unit, parentUnit, daysOverdue);
    }
}
