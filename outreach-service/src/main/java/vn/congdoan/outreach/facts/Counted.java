package vn.congdoan.outreach.facts;

import java.time.LocalDate;

import vn.congdoan.contracts.outreach.Activity.Attendance;
import vn.congdoan.contracts.outreach.ActivityForm;

/** What of one activity counts for its unit's year: its form, plan, first day and attendance. */
public record Counted(ActivityForm form, String planId, LocalDate startDate, Attendance attendance) {
}
