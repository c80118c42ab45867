package vn.congdoan.plan.unit;

import java.net.URI;
import java.util.regex.Pattern;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
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
import jakarta.validation.constraints.Size;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.plan.unit.UnitRequests.CloseUnit;
import vn.congdoan.plan.unit.UnitRequests.CreateUnit;
import vn.congdoan.plan.unit.UnitRequests.MoveUnit;
import vn.congdoan.plan.unit.UnitRequests.ReviseUnit;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.PageView;

/** The union directory over REST: one unit at a time (bulk imports: {@link UnitImportController}). */
@RestController
@RequestMapping("/api/units")
class UnitController {
    private static final Sort BY_CODE = Sort.by("code");
    private static final Sort TOP_DOWN = Sort.by("depth", "code");

    private final UnitDirectory directory;
    private final Units units;
    private final UnitScope scope;

    UnitController(UnitDirectory directory, Units units, UnitScope scope) {
        this.directory = directory;
        this.units = units;
        this.scope = scope;
    }

    /** Staff open a unit under their own or one below it (the national unit comes with the operator's import). */
    @PostMapping
    ResponseEntity<UnitView> create(@Valid @RequestBody CreateUnit request) {
        parentInScope(request.parentId());
        Unit unit = directory.create(request);
        return ResponseEntity.created(URI.create("/api/units/" + unit.id())).body(UnitView.of(unit));
    }

    @GetMapping("/{id}")
    UnitView get(@PathVariable String id) {
        Unit unit = units.get(id);
        scope.requireInLine(id, "unit", id);
        return UnitView.of(unit);
    }

    /**
     * A parent in the caller's scope; a parent the directory does not know is the request's 400
     * (naming parentId), and no parent at all (a national unit) is the operator's import.
     */
    private void parentInScope(String parentId) {
        if (parentId == null || scope.knows(parentId)) {
            scope.requireWithin(parentId);
        }
    }

    /** A unit the caller's staff manage: below their unit (403), and one they cannot see does not exist (404). */
    private void managed(String id) {
        units.get(id);
        scope.requireInLine(id, "unit", id);
        scope.requireBelow(id);
    }

    /**
     * Units filtered by parent, level, code and {@code q} (each optional), by code: {@code q} finds
     * the units whose name holds it (any case, as written: "Quy Nhơn") or whose code starts with it.
     */
    @GetMapping
    PageView<UnitView> list(@RequestParam(required = false) String parentId, @RequestParam(required = false) UnitLevel level,
                  @RequestParam(required = false) String code,
                  @RequestParam(required = false) @Size(min = 1, max = 100) String q,
                  @RequestParam(defaultValue = "0") @Min(0) int page,
                  @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        String own = scope.callerUnit().id();
        Criteria inScope = new Criteria().orOperator(Criteria.where("_id").is(own), Criteria.where("ancestors").is(own));
        Criteria criteria = q == null ? inScope : new Criteria().andOperator(inScope, nameOrCode(q));
        if (parentId != null) {
            criteria.and("parentId").is(parentId);
        }
        if (level != null) {
            criteria.and("level").is(level);
        }
        if (code != null) {
            criteria.and("code").is(UnitRules.normalCode(code));
        }
        return PageView.of(units.search(criteria, PageRequest.of(page, size, BY_CODE)), UnitView::of);
    }

    private static Criteria nameOrCode(String q) {
        String name = Pattern.quote(UnitRules.normalName(q));
        String code = "^" + Pattern.quote(UnitRules.normalCode(q));
        return new Criteria().orOperator(Criteria.where("name").regex(name, "i"), Criteria.where("code").regex(code));
    }

    /** The unit and every unit below it, top down (one indexed query on ancestors). */
    @GetMapping("/{id}/subtree")
    PageView<UnitView> subtree(@PathVariable String id,
                     @RequestParam(defaultValue = "0") @Min(0) int page,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        units.get(id);
        scope.requireInLine(id, "unit", id);
        scope.requireWithin(id);
        Criteria branch = new Criteria().orOperator(Criteria.where("_id").is(id), Criteria.where("ancestors").is(id));
        return PageView.of(units.search(branch, PageRequest.of(page, size, TOP_DOWN)), UnitView::of);
    }

    @PutMapping("/{id}")
    UnitView revise(@PathVariable String id, @Valid @RequestBody ReviseUnit request) {
        managed(id);
        return UnitView.of(directory.revise(id, request));
    }

    @PostMapping("/{id}/move")
    UnitView move(@PathVariable String id, @Valid @RequestBody MoveUnit request) {
        managed(id);
        parentInScope(request.parentId());
        return UnitView.of(directory.move(id, request));
    }

    @PostMapping("/{id}/close")
    UnitView close(@PathVariable String id, @Valid @RequestBody CloseUnit request) {
        managed(id);
        return UnitView.of(directory.close(id, request));
    }
}
