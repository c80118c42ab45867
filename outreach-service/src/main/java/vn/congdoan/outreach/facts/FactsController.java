package vn.congdoan.outreach.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.congdoan.contracts.outreach.Activity.Attendance;
import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.contracts.outreach.OutreachFactsUpdated.FormFact;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.outreach.plan.KnownPlan;
import vn.congdoan.outreach.plan.KnownPlans;
import vn.congdoan.outreach.unit.UnitDirectory;
import vn.congdoan.security.UnitScope;
import vn.congdoan.units.ReplicatedUnit;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.NotFoundException;

/**
 * Facts for targets, read from the per-unit year documents: a branch rolled up by level and sector
 * ({@link Rollup}), and a plan's coverage of one form at one level ({@link Coverage}). What they are
 * computed from is read by {@link BranchFacts}.
 */
@RestController
class FactsController {
    private final UnitDirectory directory;
    private final BranchFacts branch;
    private final FactsRefresher facts;
    private final KnownPlans plans;
    private final UnitScope unitScope;

    FactsController(UnitDirectory directory, BranchFacts branch, FactsRefresher facts, KnownPlans plans,
                    UnitScope unitScope) {
        this.directory = directory;
        this.branch = branch;
        this.facts = facts;
        this.plans = plans;
        this.unitScope = unitScope;
    }

    record FactsView(String unitId, int year, String planId, UnitYear own, Rollup.Group total,
                     Map<UnitLevel, Rollup.Group> byLevel, Map<Sector, Rollup.Group> bySector) {
    }

    record UnitYear(long version, List<FormFact> forms, Attendance attendance, Long rosterMembers) {
    }

    @Operation(summary = "A unit's branch in one year: forms carried out, attendance and rosters, by level and sector",
            description = "Units in scope are the unit and those below it that were open during the year. "
                    + "planId (optional) counts only the forms carried out for that plan; attendance is every activity's.")
    @GetMapping("/api/units/{unitId}/facts")
    FactsView facts(@PathVariable String unitId, @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) String planId) {
        int y = year(year);
        List<ReplicatedUnit> scope = scope(unitId, y, u -> true);
        Map<String, YearFacts> byUnit = branch.factsOf(scope, y);
        Rollup.Figures figures = Rollup.of(scope, byUnit, branch.rosterMembers(scope, y), planId);
        UnitYear own = Optional.ofNullable(byUnit.get(unitId))
                .map(f -> new UnitYear(f.version(), f.forms(), f.attendance(), f.rosterMembers())).orElse(null);
        return new FactsView(unitId, y, planId, own, figures.total(), figures.byLevel(), figures.bySector());
    }

    record CoverageView(String planId, ActivityForm form, String formLabel, UnitLevel level, Sector sector, int year,
                        String unitId, int unitsInScope, int unitsDone, double shareDone, List<Coverage.UnitDone> done,
                        List<Coverage.UnitRef> notDone) {
    }

    @Operation(summary = "Which units of a level (in a branch) carried out a form for a plan in a year, and which did not",
            description = "E.g. form=FANPAGE_POST&level=UPPER_GRASSROOTS for \"100% of upper-level unions post on their "
                    + "fanpage\". unitId defaults to the plan's issuing unit; year to the current one.")
    @GetMapping("/api/plans/{planId}/coverage")
    CoverageView coverage(@PathVariable String planId, @RequestParam ActivityForm form,
                          @RequestParam(defaultValue = "UPPER_GRASSROOTS") UnitLevel level,
                          @RequestParam(required = false) Sector sector, @RequestParam(required = false) Integer year,
                          @RequestParam(required = false) String unitId) {
        KnownPlan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        int y = year(year);
        String root = unitId == null ? plan.issuingUnitId() : unitId;
        List<ReplicatedUnit> scope = scope(root, y, u -> u.level() == level && (sector == null || u.sector() == sector));
        Coverage coverage = Coverage.of(scope, branch.factsOf(scope, y), form, planId);
        return new CoverageView(planId, form, form.label(), level, sector, y, root, coverage.unitsInScope(),
                coverage.done().size(), coverage.shareDone(), coverage.done(), coverage.notDone());
    }

    /** The branch under {@code unitId} that the caller may see: 404 for an unknown unit, 403 outside their subtree. */
    private List<ReplicatedUnit> scope(String unitId, int year, Predicate<ReplicatedUnit> filter) {
        if (directory.find(unitId).isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        unitScope.requireWithin(unitId); // the caller's unit or one below it
        return branch.unitsOpenDuring(unitId, year, filter);
    }

    private int year(Integer year) {
        if (year == null) {
            return facts.currentYear();
        }
        if (year < 1900 || year > 9999) {
            throw new InvalidRequestException("year", "must be a calendar year, e.g. 2026");
        }
        return year;
    }
}
