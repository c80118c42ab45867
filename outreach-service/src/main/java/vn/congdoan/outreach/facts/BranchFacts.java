package vn.congdoan.outreach.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.congdoan.outreach.roster.Roster;
import vn.congdoan.outreach.roster.Rosters;
import vn.congdoan.outreach.unit.UnitDirectory;
import vn.congdoan.units.ReplicatedUnit;

/**
 * Reads what the facts of a branch are computed from, one query each: the units of the branch open
 * during a year (from the unit copy's {@code ancestors}), their year facts and their rosters' members.
 * A province's ~1,000 units are a few hundred kilobytes, summed in memory by {@link Rollup} and
 * {@link Coverage}.
 */
@Component
class BranchFacts {
    private final UnitDirectory directory;
    private final FactsRefresher facts;
    private final Rosters rosters;

    BranchFacts(UnitDirectory directory, FactsRefresher facts, Rosters rosters) {
        this.directory = directory;
        this.facts = facts;
        this.rosters = rosters;
    }

    /** The unit and those below it that were open during {@code year} and pass {@code filter}. */
    List<ReplicatedUnit> unitsOpenDuring(String unitId, int year, Predicate<ReplicatedUnit> filter) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return directory.subtree(unitId).stream().filter(u -> UnitDirectory.openDuring(u, from, to)).filter(filter)
                .toList();
    }

    /** The stored year facts of these units, by unit id. */
    Map<String, YearFacts> factsOf(List<ReplicatedUnit> units, int year) {
        return facts.ofYear(ids(units), year).stream().collect(Collectors.toMap(YearFacts::unitId, Function.identity()));
    }

    /** The members on these units' rosters on the day that counts for {@code year}, for the units that have one. */
    Map<String, Long> rosterMembers(List<ReplicatedUnit> units, int year) {
        LocalDate day = facts.rosterDay(year);
        Map<String, Long> members = new HashMap<>();
        for (Roster roster : rosters.getAll(ids(units)).values()) {
            Long count = roster.membersAsOf(day);
            if (count != null) {
                members.put(roster.unitId(), count);
            }
        }
        return members;
    }

    private static List<String> ids(List<ReplicatedUnit> units) {
        return units.stream().map(ReplicatedUnit::id).toList();
    }
}
