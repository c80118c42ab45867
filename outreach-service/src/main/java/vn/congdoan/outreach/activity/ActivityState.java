package vn.congdoan.outreach.activity;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import vn.congdoan.contracts.outreach.Activity;
import vn.congdoan.contracts.outreach.Activity.Attendance;
import vn.congdoan.contracts.outreach.Activity.Reach;
import vn.congdoan.contracts.outreach.ActivityForm;

/** One version of an activity, as stored: everything but its id and version number. */
record ActivityState(String unitId, String planId, String taskId, ActivityForm form, String title,
                     LocalDate startDate, LocalDate endDate, String audience, Attendance attendance, Reach reach,
                     List<String> evidence) {
    ActivityState {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    int year() {
        return startDate.getYear();
    }

    Activity toActivity(String activityId, long version) {
        return new Activity(activityId, version, unitId, planId, taskId, form, title, startDate, endDate, audience,
                attendance, reach, evidence.stream().map(URI::create).toList());
    }
}
