package vn.congdoan.contracts.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one unit did in one calendar year, for target evaluation: the activity forms it carried
 * out per plan, attendance totals and its roster's members. The whole state; {@code version}
 * grows with every change, keep the highest. Key = factsId ({@code unitId:year}), on outreach.facts.
 *
 * @param rosterMembers members on the unit's roster at the end of the year (or today); null if no roster
 */
public record OutreachFactsUpdated(String factsId, String unitId, int year, long version, List<FormFact> forms,
                                   Activity.Attendance attendance, Long rosterMembers, Instant updatedAt)
        implements OutreachEvent {
    public OutreachFactsUpdated {
        forms = List.copyOf(forms);
    }

    @Override
    public String key() {
        return factsId;
    }

    /** The unit carried out {@code form} {@code activities} times for {@code planId} (null: for no plan), first on {@code firstOn}. */
    public record FormFact(ActivityForm form, String planId, int activities, LocalDate firstOn) {
    }
}
