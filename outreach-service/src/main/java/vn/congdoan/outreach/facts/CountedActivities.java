package vn.congdoan.outreach.facts;

import java.util.List;

/** The current state of one unit's activities that start in one year (one small query). */
public interface CountedActivities {
    List<Counted> of(String unitId, int year);
}
