package vn.congdoan.audit;

import java.time.Instant;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.PageView;

/**
 * The audit trail of one unit within the caller's subtree (the federation's staff and operators,
 * ResourceServerAutoConfiguration): what its callers did and what was done to it, newest first.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {
    private final AuditTrail trail;
    private final UnitScope scope;

    AuditController(AuditTrail trail, UnitScope scope) {
        this.trail = trail;
        this.scope = scope;
    }

    @GetMapping
    PageView<AuditEntry> list(@RequestParam(required = false) String unitId,
                              @RequestParam(required = false) Instant from,
                              @RequestParam(required = false) Instant to,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        String unit = unitId != null ? unitId : scope.callerUnit().id();
        scope.requireWithin(unit);
        return PageView.of(trail.about(unit, from, to, PageRequest.of(page, size)), entry -> entry);
    }
}
