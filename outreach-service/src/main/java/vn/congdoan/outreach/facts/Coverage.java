package vn.congdoan.outreach.facts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.units.ReplicatedUnit;

/**
 * Which units in scope carried out a form for a plan in a year (with how often and from when), and
 * which did not, each list by unit code. No Spring: computed from the units and their year facts.
 */
record Coverage(int unitsInScope, List<UnitDone> done, List<UnitRef> notDone) {

    record UnitDone(String unitId, String code, String name, int activities, LocalDate firstOn) {
    }

    record UnitRef(String unitId, String code, String name) {
    }

    /** @param facts the year facts of the units in scope, by unit id (a unit without any did nothing) */
    static Coverage of(List<ReplicatedUnit> scope, Map<String, YearFacts> facts, ActivityForm form, String planId) {
        List<UnitDone> done = scope.stream().map(u -> done(u, facts.get(u.id()), form, planId))
                .flatMap(Optional::stream).sorted(Comparator.comparing(UnitDone::code)).toList();
        Set<String> doneIds = done.stream().map(UnitDone::unitId).collect(Collectors.toSet());
        List<UnitRef> notDone = scope.stream().filter(u -> !doneIds.contains(u.id()))
                .map(u -> new UnitRef(u.id(), u.code(), u.name())).sorted(Comparator.comparing(UnitRef::code)).toList();
        return new Coverage(scope.size(), done, notDone);
    }

    /** The share of units in scope that did it; 0 when none is in scope. */
    double shareDone() {
        return unitsInScope == 0 ? 0 : (double) done.size() / unitsInScope;
    }

    private static Optional<UnitDone> done(ReplicatedUnit unit, YearFacts facts, ActivityForm form, String planId) {
        if (facts == null) {
            return Optional.empty();
        }
        return facts.forms().stream().filter(f -> f.form() == form && planId.equals(f.planId())).findFirst()
                .map(f -> new UnitDone(unit.id(), unit.code(), unit.name(), f.activities(), f.firstOn()));
    }
}
