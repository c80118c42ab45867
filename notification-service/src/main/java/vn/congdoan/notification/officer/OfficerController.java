package vn.congdoan.notification.officer;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.ConflictException;
import vn.congdoan.web.InvalidRequestException;

/** The officer directory: who hears what for which unit, and how they want to hear it. */
@RestController
@Validated
@RequestMapping("/api/officers")
class OfficerController {
    private final Officers officers;
    private final OfficerImport imports;
    private final PreferenceDefaults defaults;
    private final WebhookUrls webhookUrls;
    private final Clock clock;
    private final OfficerScope scope;
    private final UnitScope units;

    OfficerController(Officers officers, OfficerImport imports, PreferenceDefaults defaults, WebhookUrls webhookUrls,
                      Clock clock, OfficerScope scope, UnitScope units) {
        this.officers = officers;
        this.imports = imports;
        this.defaults = defaults;
        this.webhookUrls = webhookUrls;
        this.clock = clock;
        this.scope = scope;
        this.units = units;
    }

    /** Staff add officers to their unit or a unit below it. */
    @PostMapping
    ResponseEntity<Officer> create(@RequestBody @Valid OfficerRequest request) {
        scope.requireStaffOver(request.unitId());
        checkWebhookUrl(request);
        Officer created = store(request.toOfficer(UUID.randomUUID().toString(), defaults.preferences(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/officers/" + created.id())).body(created);
    }

    @GetMapping
    OfficerPage list(@RequestParam(required = false) String unitId,
                     @RequestParam(defaultValue = "0") @Min(0) int page,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        String unit = unitId != null ? unitId : units.callerUnit().id();
        units.requireWithin(unit);
        Page<Officer> found = officers.findByUnitIdOrderByNameAsc(unit, PageRequest.of(page, size));
        return new OfficerPage(found.getContent().stream().map(scope::shown).toList(), found.getTotalElements(), page, size);
    }

    @GetMapping("/{id}")
    Officer get(@PathVariable String id) {
        return scope.shown(scope.visible(id));
    }

    /** Staff of the officer's unit or above, to a unit in their scope. */
    @PutMapping("/{id}")
    Officer replace(@PathVariable String id, @RequestBody @Valid OfficerRequest request) {
        Officer current = scope.visible(id);
        scope.requireStaffOver(current.unitId());
        scope.requireStaffOver(request.unitId());
        checkWebhookUrl(request);
        return store(request.toOfficer(id, current.preferences(), clock.instant()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        Officer current = scope.visible(id);
        scope.requireStaffOver(current.unitId());
        officers.delete(current);
        return ResponseEntity.noContent().build();
    }

    /** The operator loads every unit's officers at setup; staff only officers of their scope. */
    @PostMapping("/import")
    OfficerImport.Result importAll(@RequestBody List<OfficerRequest> requests) {
        if (!units.caller().has(vn.congdoan.security.Role.OPERATOR)) {
            for (OfficerRequest request : requests) {
                scope.requireStaffOver(request.unitId());
                if (request.email() != null) {
                    officers.findByEmail(request.normalisedEmail()).ifPresent(known -> scope.requireStaffOver(known.unitId()));
                }
            }
        }
        return imports.importAll(requests);
    }

    @GetMapping("/{id}/preferences")
    Preferences preferences(@PathVariable String id) {
        return scope.managed(id).preferences();
    }

    /** The officer chooses how they hear; their staff may too. */
    @PutMapping("/{id}/preferences")
    Preferences choose(@PathVariable String id, @RequestBody @Valid PreferencesRequest request) {
        Officer current = scope.managed(id);
        return officers.save(current.withPreferences(request.over(defaults.preferences()), clock.instant())).preferences();
    }

    private void checkWebhookUrl(OfficerRequest request) {
        if (request.webhookUrl() != null) {
            webhookUrls.problem(request.webhookUrl()).ifPresent(problem -> {
                throw new InvalidRequestException("webhookUrl", problem);
            });
        }
    }

    private Officer store(Officer officer) {
        try {
            return officers.save(officer);
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("email", "another officer already has the email " + officer.email());
        }
    }

    record OfficerPage(List<Officer> items, long total, int page, int size) {
    }
}
