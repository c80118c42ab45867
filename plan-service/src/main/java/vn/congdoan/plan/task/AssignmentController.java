package vn.congdoan.plan.task;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.congdoan.plan.deadline.DeadlineRule;
import vn.congdoan.plan.deadline.ReminderPolicy;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.NotFoundException;

@RestController
@RequestMapping("/api/assignments")
class AssignmentController {
    private final Assignments assignments;
    private final TaskCompletions completions;
    private final Clock clock;
    private final UnitScope scope;

    AssignmentController(Assignments assignments, TaskCompletions completions, Clock clock, UnitScope scope) {
        this.assignments = assignments;
        this.completions = completions;
        this.clock = clock;
        this.scope = scope;
    }

    /** Staff give a task to a unit below their own. */
    @PostMapping
    ResponseEntity<AssignmentView> assign(@Valid @RequestBody AssignTaskRequest request) {
        scope.requireBelow(request.unitId());
        ReminderPolicy policy = request.reminders() == null ? ReminderPolicy.defaults() : request.reminders();
        Assignment assignment = assignments.insert(Assignment.adHoc(UUID.randomUUID().toString(), request.taskTitle(),
                request.unitId(), request.parentUnitId(), request.deadline(), policy, LocalDate.now(clock)));
        return ResponseEntity.created(URI.create("/api/assignments/" + assignment.id()))
                .body(AssignmentView.of(assignment));
    }

    @GetMapping("/{id}")
    AssignmentView get(@PathVariable String id) {
        return AssignmentView.of(visible(id));
    }

    /** An assignment of a unit outside the caller's subtree does not exist for them. */
    private Assignment visible(String id) {
        Assignment assignment = assignments.findById(id).orElseThrow(() -> new NotFoundException("assignment", id));
        scope.requireVisible(assignment.unitId(), "assignment", id);
        return assignment;
    }

    /** The unit finished one occurrence: its reminders stop and TaskCompleted is published. */
    @PostMapping("/{id}/completions")
    AssignmentView complete(@PathVariable String id, @Valid @RequestBody CompleteTaskRequest request) {
        scope.requireOwn(visible(id).unitId());
        return AssignmentView.of(completions.complete(id, request, scope.caller().name()));
    }

    record AssignmentView(String id, String planId, int planRevision, String planNumber, String taskId,
                          String taskTitle, boolean reportTask, String unitId, String parentUnitId,
                          DeadlineRule deadline, List<String> rrules, ReminderPolicy reminders, LocalDate activeFrom,
                          LocalDate activeUntil,
                          List<Completion> completions, Set<String> reminded, Set<String> missedWhileDown) {
        static AssignmentView of(Assignment a) {
            return new AssignmentView(a.id(), a.planId(), a.planRevision(), a.planNumber(), a.taskId(), a.taskTitle(),
                    a.reportTask(), a.unitId(), a.parentUnitId(), a.rule(), a.rule().rrules(), a.policy(),
                    a.activeFrom(), a.activeUntil(), a.completions(), a.reminded(), a.missed());
        }
    }
}
