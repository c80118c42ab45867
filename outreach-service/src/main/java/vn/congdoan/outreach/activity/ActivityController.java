package vn.congdoan.outreach.activity;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.congdoan.contracts.outreach.Activity;
import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.outreach.unit.UnitDirectory;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.FieldError;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.PageView;

/** Outreach activities over REST: record, correct (every version kept), read, list; the forms catalogue. */
@RestController
class ActivityController {
    private final ActivityRecorder recorder;
    private final Activities activities;
    private final UnitDirectory directory;
    private final UnitScope unitScope;

    ActivityController(ActivityRecorder recorder, Activities activities, UnitDirectory directory, UnitScope unitScope) {
        this.recorder = recorder;
        this.activities = activities;
        this.directory = directory;
        this.unitScope = unitScope;
    }

    /** The activity as stored and what the caller should look at again (accepted anyway). */
    record WriteResult(Activity activity, List<FieldError> warnings) {
    }

    record VersionView(long version, Activity activity, String reason, Instant at) {
    }

    record ActivityDetails(Activity activity, String formLabel, ActivityForm.Kind formKind, Instant recordedAt,
                           List<VersionView> versions) {
    }

    record FormView(ActivityForm form, String label, ActivityForm.Kind kind) {
    }

    @Operation(summary = "Record an activity", description = "201 with the activity and warnings[] (e.g. attendance "
            + "above the roster). Idempotency-Key (optional): a repeat with the same key returns the first activity (200).")
    @PostMapping("/api/activities")
    ResponseEntity<WriteResult> record(@RequestBody @Valid ActivityRequest request,
                                       @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        ownUnit(request);
        ActivityRecorder.Written written = recorder.record(request, key);
        WriteResult body = new WriteResult(written.activity().activity(), written.warnings());
        return written.created()
                ? ResponseEntity.created(URI.create("/api/activities/" + written.activity().id())).body(body)
                : ResponseEntity.ok(body);
    }

    @Operation(summary = "Correct an activity: its whole new state and a reason; the old versions are kept")
    @PostMapping("/api/activities/{id}/corrections")
    WriteResult correct(@PathVariable String id, @RequestBody @Valid ActivityRequest request) {
        unitScope.requireOwn(visible(id).unitId());
        ownUnit(request);
        ActivityRecorder.Written written = recorder.correct(id, request);
        return new WriteResult(written.activity().activity(), written.warnings());
    }

    @Operation(summary = "An activity as it stands, with every version it has had (oldest first)")
    @GetMapping("/api/activities/{id}")
    ActivityDetails get(@PathVariable String id) {
        StoredActivity stored = visible(id);
        List<VersionView> versions = stored.revisions().stream()
                .map(r -> new VersionView(r.version(), r.state().toActivity(id, r.version()), r.reason(), r.at())).toList();
        return new ActivityDetails(stored.activity(), stored.form().label(), stored.form().kind(),
                stored.revisions().getFirst().at(), versions);
    }

    /** An activity of a unit outside the caller's subtree does not exist for them. */
    private StoredActivity visible(String id) {
        StoredActivity stored = recorder.get(id);
        unitScope.requireVisible(stored.unitId(), "activity", id);
        return stored;
    }

    /** A unit records its own activities; a unit the directory does not know is the request's 400. */
    private void ownUnit(ActivityRequest request) {
        if (unitScope.knows(request.unitId())) {
            unitScope.requireOwn(request.unitId());
        }
    }

    @Operation(summary = "Activities, newest first", description = "unitId (default: the caller's unit): that unit and every unit below it; "
            + "from/to: activities whose dates overlap the period")
    @GetMapping("/api/activities")
    PageView<Activity> list(@RequestParam(required = false) String unitId,
                            @RequestParam(required = false) ActivityForm form,
                            @RequestParam(required = false) String planId,
                            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Criteria criteria = new Criteria();
        String root = unitId != null ? unitId : unitScope.callerUnit().id();
        if (directory.find(root).isEmpty()) {
            throw new InvalidRequestException("unitId", "unknown unit " + root);
        }
        unitScope.requireWithin(root);
        criteria.and("unitId").in(directory.subtreeIds(root));
        if (form != null) {
            criteria.and("form").is(form);
        }
        if (planId != null) {
            criteria.and("planId").is(planId);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to", "is before from " + from);
        }
        if (from != null) {
            criteria.and("endDate").gte(from);
        }
        if (to != null) {
            criteria.and("startDate").lte(to);
        }
        return PageView.of(activities.page(criteria, PageRequest.of(page, size)), StoredActivity::activity);
    }

    @Operation(summary = "The outreach forms, with their Vietnamese labels and kinds")
    @GetMapping("/api/forms")
    List<FormView> forms() {
        return Arrays.stream(ActivityForm.values()).map(f -> new FormView(f, f.label(), f.kind())).toList();
    }
}
