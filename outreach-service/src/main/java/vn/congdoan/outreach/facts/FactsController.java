package vn.congdoan.outreach.facts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import vn.congdoan.outreach.roster.Roster;
import vn.congdoan.outreach.roster.Rosters;
import vn.congdoan.outreach.unit.UnitDirectory;
import vn.congdoan.security.UnitScope;
import vn.congdoan.units.ReplicatedUnit;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.NotFoundException;

/**
 * Facts for targets, read from the per-unit year documents: a branch rolled up by level and sector,
 * and a plan's coverage of one form at one level. Each answer is three queries (the branch from the
 * unit copy's {@code ancestors}, its facts of the year, its rosters) summed in memory: a province's
 * ~1,000 units are a few hundred kilobytes.
 */
@RestController
class FactsController {
    private final UnitDirectory directory;
    private final FactsRefresher facts;
    private final Rosters rosters;
    private final KnownPlans plans;
    private final UnitScope unitScope;

    FactsController(UnitDirectory directory, FactsRefresher facts, Rosters rosters, KnownPlans plans, UnitScope unitScope) {
        this.directory = directory;
        this.facts = facts;
        this.rosters = rosters;
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
        Map<String, YearFacts> byUnit = factsOf(scope, y);
        Rollup.Figures figures = Rollup.of(scope, byUnit, rosterMembers(scope, y), planId);
        UnitYear own = Optional.ofNullable(byUnit.get(unitId))
                .map(f -> new UnitYear(f.version(), f.forms(), f.attendance(), f.rosterMembers())).orElse(null);
        return new FactsView(unitId, y, planId, own, figures.total(), figures.byLevel(), figures.bySector());
    }

    record CoverageView(String planId, ActivityForm form, String formLabel, UnitLevel level, Sector sector, int year,
                        String unitId, int unitsInScope, int unitsDone, double shareDone, List<UnitDone> done,
                        List<UnitRef> notDone) {
    }

    record UnitDone(String unitId, String code, String name, int activities, LocalDate firstOn) {
    }

    record UnitRef(String unitId, String code, String name) {
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
        Map<String, YearFacts> byUnit = factsOf(scope, y);
        List<UnitDone> done = scope.stream().map(u -> done(u, byUnit.get(u.id()), form, planId))
                .flatMap(Optional::stream).sorted(Comparator.comparing(UnitDone::code)).toList();
        List<UnitRef> notDone = scope.stream().filter(u -> done.stream().noneMatch(d -> d.unitId().equals(u.id())))
                .map(u -> new UnitRef(u.id(), u.code(), u.name())).sorted(Comparator.comparing(UnitRef::code)).toList();
        return new CoverageView(planId, form, form.label(), level, sector, y, root, scope.size(), done.size(),
                scope.isEmpty() ? 0 : (double) done.size() / scope.size(), done, notDone);
    }

    private static Optional<UnitDone> done(ReplicatedUnit unit, YearFacts facts, ActivityForm form, String planId) {
        if (facts == null) {
            return Optional.empty();
        }
        return facts.forms().stream().filter(f -> f.form() == form && planId.equals(f.planId())).findFirst()
                .map(f -> new UnitDone(unit.id(), unit.code(), unit.name(), f.activities(), f.firstOn()));
    }

    private List<ReplicatedUnit> scope(String unitId, int year, java.util.function.Predicate<ReplicatedUnit> filter) {
        if (directory.find(unitId).isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        unitScope.requireWithin(unitId); // the caller's unit or one below it
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return directory.subtree(unitId).stream().filter(u -> UnitDirectory.openDuring(u, from, to)).filter(filter)
                .toList();
    }

    private Map<String, YearFacts> factsOf(List<ReplicatedUnit> scope, int year) {
        return facts.ofYear(scope.stream().map(ReplicatedUnit::id).toList(), year).stream()
                .collect(Collectors.toMap(YearFacts::unitId, Function.identity()));
    }

    private Map<String, Long> rosterMembers(List<ReplicatedUnit> scope, int year) {
        LocalDate day = facts.rosterDay(year);
        Map<String, Long> members = new HashMap<>();
        for (Roster roster : rosters.getAll(scope.stream().map(ReplicatedUnit::id).toList()).values()) {
            Long count = roster.membersAsOf(day);
            if (count != null) {
                members.put(roster.unitId(), count);
            }
        }
        return members;
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
