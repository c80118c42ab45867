package vn.congdoan.portal.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

import vn.congdoan.portal.services.Services;
import vn.congdoan.portal.web.NotFound;

/**
 * What the dashboard shows, read from the services with the signed-in officer's token: the plan's
 * periods and completeness (reporting-service), the units' names, parents and officers (plan- and
 * notification-service), the outreach done under the plan (outreach-service). A unit outside the
 * officer's subtree is refused by the services (403) and is "not found" here.
 */
@Component
class FollowUpFigures {
    private static final int MAX_MISSING = 500;
    private static final int MAX_DEPTH = 8;
    private final Services services;

    FollowUpFigures(Services services) {
        this.services = services;
    }

    List<PlanPeriod> periods(String planId, String unitId) {
        return list(() -> services.reporting().get().uri("/api/plans/{p}/periods?unitId={u}", planId, unitId).retrieve()
                .body(new ParameterizedTypeReference<List<PlanPeriod>>() { }));
    }

    CompletenessView completeness(String planId, String period, String unitId) {
        return refusedIsNotFound(() -> services.reporting().get()
                .uri("/api/plans/{p}/periods/{period}/completeness?unitId={u}", planId, period, unitId).retrieve()
                .body(CompletenessView.class));
    }

    List<MissingUnit> missing(String planId, String period, String unitId) {
        Page<MissingUnit> page = refusedIsNotFound(() -> services.reporting().get()
                .uri("/api/plans/{p}/periods/{period}/missing?unitId={u}&size=" + MAX_MISSING, planId, period, unitId)
                .retrieve().body(new ParameterizedTypeReference<Page<MissingUnit>>() { }));
        return page == null ? List.of() : page.items();
    }

    List<TargetFigures> targets(String planId) {
        return list(() -> services.reporting().get().uri("/api/plans/{p}/targets", planId).retrieve()
                .body(new ParameterizedTypeReference<List<TargetFigures>>() { }));
    }

    /** The summary table as reporting-service writes it ({@code xlsx} or {@code csv}), with its content type. */
    ResponseEntity<byte[]> export(String planId, String period, String unitId, String format) {
        return refusedIsNotFound(() -> services.reporting().get()
                .uri("/api/plans/{p}/periods/{period}/export." + format + "?unitId={u}", planId, period, unitId)
                .retrieve().toEntity(byte[].class));
    }

    /** The forms of outreach carried out for the plan in the unit's branch in {@code year}, with their labels. */
    List<FormCoverage> outreach(String planId, String unitId, int year) {
        return Services.found(() -> services.outreach().get()
                        .uri("/api/units/{u}/facts?planId={p}&year={y}", unitId, planId, year).retrieve().body(Facts.class))
                .filter(facts -> facts.total() != null).map(facts -> facts.total().forms())
                .orElse(List.of()); // outreach-service has not heard of the unit yet
    }

    /** The unit and those above it up to {@code topUnitId} (the officer's own), top first. */
    List<Unit> path(String unitId, String topUnitId) {
        List<Unit> path = new ArrayList<>();
        String next = unitId;
        while (next != null && path.size() < MAX_DEPTH) {
            Unit unit = unit(next);
            path.add(unit);
            next = unit.id().equals(topUnitId) ? null : unit.parentId();
        }
        Collections.reverse(path);
        return path;
    }

    Unit unit(String unitId) {
        return refusedIsNotFound(() -> services.plan().get().uri("/api/units/{id}", unitId).retrieve().body(Unit.class));
    }

    List<Contact> contacts(String unitId) {
        Page<Contact> page = services.notification().get().uri("/api/officers?unitId={id}&size=20", unitId).retrieve()
                .body(new ParameterizedTypeReference<Page<Contact>>() { });
        return page == null ? List.of() : page.items();
    }

    private static <T> List<T> list(java.util.function.Supplier<List<T>> call) {
        List<T> found = refusedIsNotFound(call::get);
        return found == null ? List.of() : found;
    }

    private static <T> T refusedIsNotFound(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden e) {
            throw new NotFound(); // a plan or unit the officer may not see, or none
        }
    }

    record Page<T>(List<T> items) {
    }

    record PlanPeriod(String period, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate, long expected) {
    }

    record UnitRef(String unitId, String name, String level) {
    }

    record Completeness(long expected, long submitted, long onTime, long late, long missing,
                        BigDecimal completenessRate, BigDecimal timelinessRate) {
    }

    record CompletenessRow(UnitRef unit, Completeness completeness) {
    }

    record CompletenessView(UnitRef unit, Completeness completeness, List<CompletenessRow> children) {
    }

    record MissingUnit(String unitId, String name, String level, String parentUnitId, LocalDate dueDate) {
    }

    record Unit(String id, String code, String name, String level, String parentId) {
    }

    record Contact(String name, String role, String email, String phone) {
    }

    /** One target's standing for one unit and period, as reporting-service judges it. */
    record TargetFigures(String targetId, String unitId, String period, LocalDate periodEnd, Verdict verdict) {
    }

    /** {@code value}: a count, or a percentage of {@code numerator} over {@code denominator}; progress and elapsed in %. */
    record Verdict(String status, long numerator, long denominator, BigDecimal value, BigDecimal progressPercent,
                   BigDecimal elapsedPercent) {
    }

    record FormCoverage(String form, String label, int units, int activities, double shareOfUnits) {
    }

    record Group(int unitsInScope, List<FormCoverage> forms) {
    }

    record Facts(Group total) {
    }
}
