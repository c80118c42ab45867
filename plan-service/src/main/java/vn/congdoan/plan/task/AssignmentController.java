package vn.congdoan.plan.task;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.congdoan.web.NotFoundException;

@RestController
@RequestMapping("/api/assignments")
class AssignmentController {
    private final Assignments assignments;
    private final Clock clock;

    AssignmentController(Assignments assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<AssignmentView> assign(@Valid @RequestBody AssignTaskRequest request) {
        Assignment assignment = assignments.insert(Assignment.assign(UUID.randomUUID().toString(), request.unitId(),
                request.taskTitle(), request.dueDate(), LocalDate.now(clock)));
        return ResponseEntity.created(URI.create("/api/assignments/" + assignment.id()))
                .body(AssignmentView.of(assignment));
    }

    @GetMapping("/{id}")
    AssignmentView get(@PathVariable String id) {
        return assignments.findById(id).map(AssignmentView::of)
                .orElseThrow(() -> new NotFoundException("assignment", id));
    }

    record AssignmentView(String id, String unitId, String taskTitle, LocalDate dueDate, LocalDate completedOn) {
        static AssignmentView of(Assignment a) {
            return new AssignmentView(a.id(), a.unitId(), a.taskTitle(), a.dueDate(), a.completedOn());
        }
    }
}
