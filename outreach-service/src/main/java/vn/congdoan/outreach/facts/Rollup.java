package vn.congdoan.outreach.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import vn.congdoan.contracts.outreach.Activity.Attendance;
import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.contracts.outreach.OutreachFactsUpdated.FormFact;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.units.ReplicatedUnit;

/**
 * A branch's year in figures, from its units' facts and rosters: for the whole branch, each level
 * and each sector, how many units were in scope, how many carried out each form (and how often),
 * attendance summed, roster members summed, and attendance relative to the roster. Numerators and
 * denominators are summed, never percentages averaged (docs/architecture.md §6). Pure: no Spring, no database.
 */
public final class Rollup {
    private Rollup() {
    }

    /** One group of units; {@code attendanceToRoster} is members attending / roster members (may pass 1: one member attends many times). */
    public record Group(int unitsInScope, int unitsActive, List<FormCoverage> forms, Attendance attendance,
                        long rosterMembers, int unitsWithRoster, Double attendanceToRoster) {
    }

    /** {@code units} of the group carried {@code form} out, {@code activities} times in all. */
    public record FormCoverage(ActivityForm form, String label, ActivityForm.Kind kind, int units, int activities,
                               double shareOfUnits) {
    }

    public record Figures(Group total, Map<UnitLevel, Group> byLevel, Map<Sector, Group> bySector) {
    }

    /**
     * @param units   the units in scope (open during the year)
     * @param facts   their facts of the year, by unit id (units that did nothing have none)
     * @param rosters their roster members for the year, by unit id (null or absent: no roster)
     * @param planId  count only activities for this plan; null: every activity
     */
    public static Figures of(List<ReplicatedUnit> units, Map<String, YearFacts> facts, Map<String, Long> rosters,
                             String planId) {
        Map<UnitLevel, Group> byLevel = new EnumMap<>(UnitLevel.class);
        for (UnitLevel level : UnitLevel.values()) {
            if (units.stream().anyMatch(u -> u.level() == level)) {
                byLevel.put(level, group(units, u -> u.level() == level, facts, rosters, planId));
            }
        }
        Map<Sector, Group> bySector = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            if (units.stream().anyMatch(u -> u.sector() == sector)) {
                bySector.put(sector, group(units, u -> u.sector() == sector, facts, rosters, planId));
            }
        }
        return new Figures(group(units, u -> true, facts, rosters, planId), byLevel, bySector);
    }

    static Group group(List<ReplicatedUnit> all, Predicate<ReplicatedUnit> member, Map<String, YearFacts> facts,
                       Map<String, Long> rosters, String planId) {
        List<ReplicatedUnit> units = all.stream().filter(member).toList();
        int[] unitsByForm = new int[ActivityForm.values().length];
        int[] activitiesByForm = new int[ActivityForm.values().length];
        long members = 0;
        long workers = 0;
        long officers = 0;
        long rosterMembers = 0;
        int active = 0;
        int withRoster = 0;
        for (ReplicatedUnit unit : units) {
            Long roster = rosters.get(unit.id());
            if (roster != null) {
                rosterMembers += roster;
                withRoster++;
            }
            YearFacts year = facts.get(unit.id());
            if (year == null) {
                continue;
            }
            boolean any = false;
            boolean[] seen = new boolean[ActivityForm.values().length];
            for (FormFact fact : year.forms()) {
                if (planId == null || planId.equals(fact.planId())) {
                    activitiesByForm[fact.form().ordinal()] += fact.activities();
                    seen[fact.form().ordinal()] = true;
                    any = true;
                }
            }
            for (int i = 0; i < seen.length; i++) {
                unitsByForm[i] += seen[i] ? 1 : 0;
            }
            active += any ? 1 : 0;
            members += year.attendance().members();
            workers += year.attendance().nonMemberWorkers();
            officers += year.attendance().officers();
        }
        List<FormCoverage> forms = new ArrayList<>();
        for (ActivityForm form : ActivityForm.values()) {
            if (unitsByForm[form.ordinal()] > 0) {
                forms.add(new FormCoverage(form, form.label(), form.kind(), unitsByForm[form.ordinal()],
                        activitiesByForm[form.ordinal()], (double) unitsByForm[form.ordinal()] / units.size()));
            }
        }
        return new Group(units.size(), active, forms, new Attendance(members, workers, officers), rosterMembers,
                withRoster, rosterMembers == 0 ? null : (double) members / rosterMembers);
    }
}
