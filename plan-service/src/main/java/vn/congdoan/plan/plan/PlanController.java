package vn.congdoan.plan.plan;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
import vn.congdoan.web.PageView;

@RestController
@RequestMapping("/api/plans")
@Validated
class PlanController {
    private final PlanLifecycle lifecycle;
    private final Plans plans;
    private final MongoTemplate mongo;

    PlanController(PlanLifecycle lifecycle, Plans plans, MongoTemplate mongo) {
        this.lifecycle = lifecycle;
        this.plans = plans;
        this.mongo = mongo;
    }

    @PostMapping
    ResponseEntity<PlanView> draft(@Valid @RequestBody PlanContent content) {
        Plan plan = lifecycle.draft(content);
        return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(PlanView.of(plan));
    }

    @GetMapping("/{id}")
    PlanView get(@PathVariable String id) {
        return PlanView.of(lifecycle.find(id));
    }

    @GetMapping
    PageView<PlanView> list(@RequestParam(required = false) PlanStatus status,
                        @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "updatedAt"));
        Page<Plan> found = status == null ? plans.findAll(request) : plans.findByStatus(status, request);
        return PageView.of(found, PlanView::of);
    }

    @PutMapping("/{id}")
    PlanView redraft(@PathVariable String id, @Valid @RequestBody PlanContent content) {
        return PlanView.of(lifecycle.redraft(id, content));
    }

    /** Expands every task's assignees to the units open on the issue date and publishes the plan. */
    @PostMapping("/{id}/issue")
    PlanView issue(@PathVariable String id) {
        return PlanView.of(lifecycle.issue(id));
    }

    @PostMapping("/{id}/revisions")
    PlanView revise(@PathVariable String id, @Valid @RequestBody PlanContent content) {
        return PlanView.of(lifecycle.revise(id, content));
    }

    @GetMapping("/{id}/revisions")
    List<PlanRevision> revisions(@PathVariable String id) {
        lifecycle.find(id);
        return mongo.find(Query.query(Criteria.where("planId").is(id)).with(Sort.by("revision")), PlanRevision.class);
    }

    @PostMapping("/{id}/close")
    PlanView close(@PathVariable String id, @Valid @RequestBody CloseRequest request) {
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
