package vn.congdoan.plan.issuing;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.PageView;

@RestController
@RequestMapping("/api/plans")
@Validated
class PlanController {
    private final PlanLifecycle lifecycle;
    private final Plans plans;
    private final UnitScope scope;
    private final PlanIssuing issuing;

    PlanController(PlanLifecycle lifecycle, Plans plans, UnitScope scope, PlanIssuing issuing) {
        this.lifecycle = lifecycle;
        this.plans = plans;
        this.scope = scope;
        this.issuing = issuing;
    }

    /** Staff draft plans issued by their own unit. */
    @PostMapping
    ResponseEntity<PlanView> draft(@Valid @RequestBody PlanContent content) {
        issuedByCaller(content.issuingUnitId());
        Plan plan = lifecycle.draft(content);
        return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(PlanView.of(plan));
    }

    @GetMapping("/{id}")
    PlanView get(@PathVariable String id) {
        return PlanView.of(visible(id));
    }

    /**
     * A plan reaches the units below its issuer: the caller sees it when it was issued by the
     * caller's unit, a unit above it or one below it; otherwise it does not exist for them (404).
     */
    private Plan visible(String id) {
        Plan plan = lifecycle.find(id);
        scope.requireInLine(plan.content().issuingUnitId(), "plan", id);
        return plan;
    }

    /**
     * The plan's content names the caller's unit as its issuer; an issuer the directory does not
     * know is left for the plan's own checks to refuse (400 naming the field with the others).
     */
    private void issuedByCaller(String issuingUnitId) {
        if (scope.knows(issuingUnitId)) {
            scope.requireOwn(issuingUnitId);
        }
    }

    /** A plan the caller's unit issued (403 for one only seen, 404 for one not seen). */
    private void ownPlan(String id) {
        scope.requireOwn(visible(id).content().issuingUnitId());
    }

    @GetMapping
    PageView<PlanView> list(@RequestParam(required = false) PlanStatus status,
                        @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return PageView.of(plans.issuedBy(scope::inLine, status, page, size), PlanView::of);
    }

    @PutMapping("/{id}")
    PlanView redraft(@PathVariable String id, @Valid @RequestBody PlanContent content) {
        ownPlan(id);
        issuedByCaller(content.issuingUnitId());
        return PlanView.of(lifecycle.redraft(id, content));
    }

    /** Expands every task's assignees to the units open on the issue date and publishes the plan. */
    @PostMapping("/{id}/issue")
    PlanView issue(@PathVariable String id) {
        ownPlan(id);
        return PlanView.of(lifecycle.issue(id));
    }

    /** How many units each task reaches on the issue date, as issuing would expand it now: a preview, nothing written. */
    @GetMapping("/{id}/reach")
    Reach reach(@PathVariable String id) {
        Plan plan = visible(id);
        scope.requireOwn(plan.content().issuingUnitId());
        List<PlanIssuing.TaskReach> tasks = issuing.reach(plan);
        return new Reach(plan.content().issueDate(), tasks.stream().mapToLong(PlanIssuing.TaskReach::units).sum(), tasks);
    }

    /** @param assignments how many assignments issuing would write: the sum of the tasks' units */
    record Reach(LocalDate issueDate, long assignments, List<PlanIssuing.TaskReach> tasks) {
    }

    @PostMapping("/{id}/revisions")
    PlanView revise(@PathVariable String id, @Valid @RequestBody PlanContent content) {
        ownPlan(id);
        issuedByCaller(content.issuingUnitId());
        return PlanView.of(lifecycle.revise(id, content));
    }

    @GetMapping("/{id}/revisions")
    List<PlanRevision> revisions(@PathVariable String id) {
        visible(id);
        return plans.revisions(id);
    }

    @PostMapping("/{id}/close")
    PlanView close(@PathVariable String id, @Valid @RequestBody CloseRequest request) {
        ownPlan(id);
        return PlanView.of(lifecycle.close(id, request.closedOn()));
    }

    record CloseRequest(@NotNull LocalDate closedOn) {
    }

    record PlanView(String id, PlanStatus status, int revision, PlanContent content, LocalDate closedOn,
                    long assignmentCount, boolean settling, Instant updatedAt) {
        static PlanView of(Plan p) {
            boolean settling = Boolean.TRUE.equals(p.expansionDue()) || Boolean.TRUE.equals(p.unannounced());
            return new PlanView(p.id(), p.status(), p.revision(), p.content(), p.closedOn(), p.assignmentCount(),
                    settling, p.updatedAt());
        }
    }
}
