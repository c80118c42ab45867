package vn.congdoan.notification.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.task.TaskCompleted;
import vn.congdoan.contracts.task.TaskDueSoon;
import vn.congdoan.contracts.task.TaskOverdue;
import vn.congdoan.notification.delivery.NotificationKind;
import vn.congdoan.notification.routing.Occasion;

class TaskEventNotifierTest {
    private static final LocalDate DUE = LocalDate.of(2026, 11, 30);
    private static final String PLAN_TITLE = "Kế hoạch tuyên truyền, phổ biến, quán triệt và triển khai thực hiện Nghị quyết";
    private static final Function<String, Optional<String>> PLANS =
            planId -> "p-45".equals(planId) ? Optional.of(PLAN_TITLE) : Optional.empty();

    @Test
    void aDueSoonReminderIsAReminderForTheAssignedUnitWithTheDaysLeft() {
        Occasion occasion = TaskEventNotifier.occasionOf("e1",
                new TaskDueSoon("a1", "p-45", "45/KH-LĐLĐ", "Báo cáo năm", "cdcs-1", DUE, 7), PLANS).orElseThrow();

        assertThat(occasion.kind()).isEqualTo(NotificationKind.TASK_DUE_SOON);
        assertThat(occasion.unitId()).isEqualTo("cdcs-1");
        assertThat(occasion.data().daysLeft()).isEqualTo(7);
        assertThat(occasion.data().planNumber()).isEqualTo("45/KH-LĐLĐ");
        assertThat(occasion.data().planTitle()).isEqualTo(PLAN_TITLE);
    }

    @Test
    void anEscalatedOverdueTaskNamesTheParentUnit() {
        Occasion occasion = TaskEventNotifier.occasionOf("e2",
                new TaskOverdue("a1", "p-45", "45/KH-LĐLĐ", "Báo cáo năm", "cdcs-1", "ldld-huyen", DUE, 9, true), PLANS)
                .orElseThrow();

        assertThat(occasion.kind()).isEqualTo(NotificationKind.TASK_ESCALATED);
        assertThat(occasion.parentUnitId()).isEqualTo("ldld-huyen");
        assertThat(occasion.data().daysOverdue()).isEqualTo(9);
    }

    @Test
    void anOverdueTaskNotYetEscalatedStaysWithTheAssignedUnit() {
        Occasion occasion = TaskEventNotifier.occasionOf("e3",
                new TaskOverdue("a1", "p-45", "45/KH-LĐLĐ", "Báo cáo năm", "cdcs-1", "ldld-huyen", DUE, 3, false), PLANS)
                .orElseThrow();

        assertThat(occasion.kind()).isEqualTo(NotificationKind.TASK_OVERDUE);
    }

    @Test
    void aPlanNotSeenYetLeavesTheTitleOutRatherThanHoldingTheReminder() {
        Occasion occasion = TaskEventNotifier.occasionOf("e5",
                new TaskDueSoon("a1", "p-unknown", "12/KH-LĐLĐ", "Báo cáo năm", "cdcs-1", DUE, 3), PLANS).orElseThrow();

        assertThat(occasion.data().planTitle()).isNull();
        assertThat(occasion.data().planNumber()).isEqualTo("12/KH-LĐLĐ");
    }

    @Test
    void aCompletedTaskTellsNobody() {
        assertThat(TaskEventNotifier.occasionOf("e4",
                new TaskCompleted("a1", "p-45", "cdcs-1", DUE, DUE, null, null), PLANS)).isEmpty();
    }
}
