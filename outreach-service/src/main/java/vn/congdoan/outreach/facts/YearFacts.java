package vn.congdoan.outreach.facts;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import vn.congdoan.contracts.outreach.Activity.Attendance;
import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.contracts.outreach.OutreachFactsUpdated;
import vn.congdoan.contracts.outreach.OutreachFactsUpdated.FormFact;

/**
 * What one unit did in one calendar year (an activity counts in the year it starts): per form and
 * plan how many activities and the first day, attendance summed, and the roster's members at the
 * end of the year (or today, for the current year). The stored document behind OutreachFactsUpdated;
 * {@code pending} is true from a change until its event is staged.
 */
@Document("facts")
@CompoundIndex(name = "unitYear", def = "{'unitId': 1, 'year': 1}")
@CompoundIndex(name = "unpublished", def = "{'pending': 1, 'updatedAt': 1}")
public record YearFacts(@Id String factsId, String unitId, int year, long version, List<FormFact> forms,
                        Attendance attendance, Long rosterMembers, Instant updatedAt, boolean pending) {
    private static final Comparator<FormFact> ORDER = Comparator.comparing((FormFact f) -> f.form().ordinal())
            .thenComparing(FormFact::planId, Comparator.nullsFirst(Comparator.naturalOrder()));

    public YearFacts {
        forms = forms == null ? List.of() : List.copyOf(forms);
        attendance = attendance == null ? Attendance.NONE : attendance;
    }

    public static String id(String unitId, int year) {
        return unitId + ":" + year;
    }

    /** The facts of {@code activities} (all of one unit and year), not yet stored (version 0). */
    public static YearFacts of(String unitId, int year, List<Counted> activities, Long rosterMembers) {
        Map<Key, FormFact> forms = new LinkedHashMap<>();
        long members = 0;
        long workers = 0;
        long officers = 0;
        for (Counted activity : activities) {
            forms.merge(new Key(activity.form(), activity.planId()),
                    new FormFact(activity.form(), activity.planId(), 1, activity.startDate()),
                    (a, b) -> new FormFact(a.form(), a.planId(), a.activities() + 1,
                            a.firstOn().isBefore(b.firstOn()) ? a.firstOn() : b.firstOn()));
            Attendance attendance = activity.attendance() == null ? Attendance.NONE : activity.attendance();
            members += attendance.members();
            workers += attendance.nonMemberWorkers();
            officers += attendance.officers();
        }
        return new YearFacts(id(unitId, year), unitId, year, 0, forms.values().stream().sorted(ORDER).toList(),
                new Attendance(members, workers, officers), rosterMembers, null, false);
    }

    /** Whether {@code other} says the same (versions and times aside). */
    public boolean sameAs(YearFacts other) {
        return other != null && forms.equals(other.forms) && attendance.equals(other.attendance)
                && Objects.equals(rosterMembers, other.rosterMembers);
    }

    public YearFacts withRosterMembers(Long members) {
        return new YearFacts(factsId, unitId, year, version, forms, attendance, members, updatedAt, pending);
    }

    YearFacts next(long version, Instant at) {
        return new YearFacts(factsId, unitId, year, version, forms, attendance, rosterMembers, at, true);
    }

    public boolean did(ActivityForm form, String planId) {
        return forms.stream().anyMatch(f -> f.form() == form && (planId == null || planId.equals(f.planId())));
    }

    public OutreachFactsUpdated event() {
        return new OutreachFactsUpdated(factsId, unitId, year, version, forms, attendance, rosterMembers, updatedAt);
    }

    public String eventId() {
        return "facts:" + factsId + ":" + version;
    }

    private record Key(ActivityForm form, String planId) {
    }
}
