package vn.congdoan.portal.outreach;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.portal.web.FormErrors;

/**
 * The activity form as the officer fills it in: what form the outreach took, its title, dates, who
 * it was for, attendance (gatherings), reach (posts) and evidence links, one per line. Checked here
 * first so that the officer reads why beside the field; outreach-service checks again.
 */
final class ActivityEntry {
    static final List<String> ATTENDANCE = List.of("members", "nonMemberWorkers", "officers");
    static final List<String> REACH = List.of("views", "shares", "reactions");
    /** The fields of outreach-service's request that this form has an input for. */
    static final List<String> FIELDS = List.of("planId", "title", "startDate", "endDate", "audience",
            "evidence", "reason", "attendance", "reach");
    private static final int TEXT_MAX = 1_000;
    private static final int EVIDENCE_MAX = 50;
    private static final long COUNT_MAX = 100_000_000;

    final Map<String, String> values = new LinkedHashMap<>();

    private ActivityEntry() {
    }

    static ActivityEntry empty(LocalDate today) {
        ActivityEntry entry = new ActivityEntry();
        entry.values.put("startDate", today.toString());
        return entry;
    }

    static ActivityEntry of(Outreach.Activity activity) {
        ActivityEntry entry = new ActivityEntry();
        entry.values.put("outreachForm", activity.form());
        entry.values.put("planId", activity.planId() == null ? "" : activity.planId());
        entry.values.put("title", activity.title());
        entry.values.put("startDate", activity.startDate().toString());
        entry.values.put("endDate", activity.endDate() == null || activity.endDate().equals(activity.startDate())
                ? "" : activity.endDate().toString());
        entry.values.put("audience", activity.audience() == null ? "" : activity.audience());
        Outreach.Attendance attendance = activity.attendance();
        entry.values.put("members", Long.toString(attendance.members()));
        entry.values.put("nonMemberWorkers", Long.toString(attendance.nonMemberWorkers()));
        entry.values.put("officers", Long.toString(attendance.officers()));
        Outreach.Reach reach = activity.reach();
        entry.values.put("views", Long.toString(reach.views()));
        entry.values.put("shares", Long.toString(reach.shares()));
        entry.values.put("reactions", Long.toString(reach.reactions()));
        entry.values.put("evidence", String.join("\n", activity.evidence()));
        return entry;
    }

    static ActivityEntry of(Map<String, String> params) {
        ActivityEntry entry = new ActivityEntry();
        for (String name : names()) {
            entry.values.put(name, params.getOrDefault(name, "").strip());
        }
        return entry;
    }

    private static List<String> names() {
        List<String> names = new java.util.ArrayList<>(List.of("outreachForm", "planId", "title", "startDate", "endDate",
                "audience", "evidence", "reason"));
        names.addAll(ATTENDANCE);
        names.addAll(REACH);
        return names;
    }

    /** The inputs of attendance, for the template. */
    public List<String> attendanceFields() {
        return ATTENDANCE;
    }

    /** The inputs of reach, for the template. */
    public List<String> reachFields() {
        return REACH;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** What is wrong, field by field; a correction must say why ({@code reasonRequired}). */
    FormErrors validate(boolean reasonRequired) {
        FormErrors errors = new FormErrors();
        if (value("outreachForm").isEmpty()) {
            errors.add("outreachForm", "activity.outreachForm.missing");
        }
        if (value("title").isEmpty()) {
            errors.add("title", "activity.title.missing");
        } else if (value("title").length() > TEXT_MAX) {
            errors.add("title", "activity.text.tooLong");
        }
        if (value("audience").length() > TEXT_MAX) {
            errors.add("audience", "activity.text.tooLong");
        }
        LocalDate start = date(errors, "startDate", true);
        LocalDate end = date(errors, "endDate", false);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endDate", "activity.endDate.beforeStart");
        }
        for (String name : ATTENDANCE) {
            count(errors, name);
        }
        for (String name : REACH) {
            count(errors, name);
        }
        List<String> links = evidence();
        if (links.size() > EVIDENCE_MAX) {
            errors.add("evidence", "activity.evidence.tooMany");
        } else if (!links.stream().allMatch(ActivityEntry::httpLink)) {
            errors.add("evidence", "activity.evidence.invalid");
        }
        if (reasonRequired && value("reason").isEmpty()) {
            errors.add("reason", "activity.reason.missing");
        } else if (value("reason").length() > TEXT_MAX) {
            errors.add("reason", "activity.text.tooLong");
        }
        return errors;
    }

    /** outreach-service's request: a new activity of {@code unitId}, or (with a reason) a correction of {@code version}. */
    Map<String, Object> request(String unitId, Long expectedVersion) {
        Map<String, Object> request = new HashMap<>();
        request.put("unitId", unitId);
        request.put("planId", value("planId").isEmpty() ? null : value("planId"));
        request.put("form", value("outreachForm"));
        request.put("title", value("title"));
        request.put("startDate", value("startDate"));
        request.put("endDate", value("endDate").isEmpty() ? null : value("endDate"));
        request.put("audience", value("audience").isEmpty() ? null : value("audience"));
        request.put("attendance", counts(ATTENDANCE));
        request.put("reach", counts(REACH));
        request.put("evidence", evidence());
        if (expectedVersion != null) {
            request.put("reason", value("reason"));
            request.put("expectedVersion", expectedVersion);
        }
        return request;
    }

    List<String> evidence() {
        return Arrays.stream(value("evidence").split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private Map<String, Long> counts(List<String> names) {
        Map<String, Long> counts = new HashMap<>();
        names.forEach(name -> counts.put(name, number(name)));
        return counts;
    }

    /** 1.200 and 1 200 as the officer may write them; blank is 0. */
    private Long number(String name) {
        String digits = value(name).replace(".", "").replace(" ", "");
        return digits.isEmpty() ? 0L : Long.parseLong(digits);
    }

    private void count(FormErrors errors, String name) {
        String digits = value(name).replace(".", "").replace(" ", "");
        if (!digits.isEmpty() && (!digits.matches("\\d{1,9}") || Long.parseLong(digits) > COUNT_MAX)) {
            errors.add(name, "activity.count.invalid");
        }
    }

    private LocalDate date(FormErrors errors, String name, boolean required) {
        if (value(name).isEmpty()) {
            if (required) {
                errors.add(name, "activity." + name + ".missing");
            }
            return null;
        }
        try {
            return LocalDate.parse(value(name));
        } catch (DateTimeParseException e) {
            errors.add(name, "activity.date.invalid");
            return null;
        }
    }

    private static boolean httpLink(String link) {
        try {
            URI uri = new URI(link);
            return uri.getScheme() != null && uri.getScheme().matches("(?i)https?") && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
