package vn.congdoan.notification.units;

import java.time.LocalTime;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import vn.congdoan.security.Role;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.NotFoundException;

/** A unit's daily digest time: read, choose, or go back to the default. The unit must be in the directory. */
@RestController
class DigestTimeController {
    private final DigestTimes times;
    private final UnitNames units;
    private final UnitScope scope;

    DigestTimeController(DigestTimes times, UnitNames units, UnitScope scope) {
        this.times = times;
        this.units = units;
        this.scope = scope;
    }

    @Operation(summary = "When the unit's daily digest goes out (its follow-up, and its officers' digest e-mail)")
    @GetMapping("/api/units/{unitId}/digest-time")
    DigestTime get(@PathVariable String unitId) {
        known(unitId);
        scope.requireWithin(unitId);
        return view(unitId);
    }

    @Operation(summary = "Choose the unit's daily digest time, local time of the domain's zone (HH:mm)")
    @PutMapping("/api/units/{unitId}/digest-time")
    DigestTime choose(@PathVariable String unitId, @RequestBody @Valid DigestTimeRequest request) {
        known(unitId);
        mayChange(unitId);
        times.choose(unitId, request.digestAt());
        return view(unitId);
    }

    @Operation(summary = "Go back to the default digest time")
    @DeleteMapping("/api/units/{unitId}/digest-time")
    ResponseEntity<Void> clear(@PathVariable String unitId) {
        known(unitId);
        mayChange(unitId);
        times.clear(unitId);
        return ResponseEntity.noContent().build();
    }

    /** The unit's own officers choose; staff for any unit of their scope. */
    private void mayChange(String unitId) {
        if (scope.caller().has(Role.FEDERATION_STAFF)) {
            scope.requireWithin(unitId);
        } else {
            scope.requireOwn(unitId);
        }
    }

    private void known(String unitId) {
        if (units.nameOf(unitId).isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
    }

    private DigestTime view(String unitId) {
        return times.chosen(unitId).map(at -> new DigestTime(unitId, at, false))
                .orElseGet(() -> new DigestTime(unitId, times.fallback(), true));
    }

    record DigestTimeRequest(@NotNull LocalTime digestAt) {
    }

    /** The unit's digest time, and whether it is the default rather than the unit's choice. */
    record DigestTime(String unitId, LocalTime digestAt, boolean isDefault) {
    }
}
