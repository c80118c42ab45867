package vn.congdoan.plan.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/** What Bean Validation refuses in a plan before any rule of the service runs: each refusal names its field. */
class PlanContentValidationTest {
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private final PlanContent plan = PlanFixtures.propagandaPlan2021(Map.of("LDLD-BINHDINH", "u-p", "BD-BAN-TGNC", "u-b"));

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void theFixturePlanIsValid() {
        assertThat(refusedFields(plan)).isEmpty();
    }

    @Test
    void aTaskOrTargetIdOutsideTheSafeAlphabetIsRefusedNamingTheField() {
        TaskSpec task = plan.tasks().get(0);
        TargetSpec target = plan.targets().get(0);
        TaskSpec forgedTask = new TaskSpec("t1\r\nBcc: spy@evil.example", task.title(), task.reportTask(), task.deadline(),
                task.deadlinePhrase(), task.assignees());
        TargetSpec spacedTarget = new TargetSpec("chỉ tiêu 1", target.metric(), target.comparator(), target.threshold(),
                target.measure(), target.sector(), target.level(), target.period(), target.indicator(), target.source(),
                target.dueBy(), target.horizon(), target.qualifier());

        assertThat(refusedFields(with(List.of(spacedTarget), List.of(forgedTask)))).containsExactlyInAnyOrder("tasks[0].id", "targets[0].id");
    }

    @Test
    void listsAndTextsBeyondTheirBoundsAreRefusedNamingTheField() {
        List<String> tooMany = java.util.Collections.nCopies(PlanContent.MAX_ITEMS + 1, "Quán triệt nghị quyết");
        PlanContent bloated = new PlanContent(plan.number(), plan.issuingUnitId(), plan.issueDate(), plan.title(),
                plan.legalBasis(), tooMany, List.of("x".repeat(PlanContent.MAX_TEXT + 1)), plan.targets(),
                java.util.Collections.nCopies(PlanContent.MAX_TASKS + 1, plan.tasks().get(0)), plan.recipients(),
                plan.signer(), plan.reminders());

        assertThat(refusedFields(bloated)).containsExactlyInAnyOrder("purposes", "requirements[0].<list element>", "tasks");
    }

    private PlanContent with(List<TargetSpec> targets, List<TaskSpec> tasks) {
        return new PlanContent(plan.number(), plan.issuingUnitId(), plan.issueDate(), plan.title(), plan.legalBasis(),
                plan.purposes(), plan.requirements(), targets, tasks, plan.recipients(), plan.signer(), plan.reminders());
    }

    private static List<String> refusedFields(PlanContent content) {
        return VALIDATION.getValidator().validate(content).stream()
                .map(ConstraintViolation::getPropertyPath).map(Object::toString).toList();
    }
}
