package vn.congdoan.portal.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.portal.web.FormErrors;

/**
 * The report form: members, members who studied the resolution and members who joined skills
 * training, once for a grassroots union (its sector comes from the directory) or per sector for an
 * upper-level union; whether the unit posted on its fanpage; what was done, in words. Each number
 * is an input named {@code <metric>_<sector>}, checked here first so the officer reads why, beside it.
 */
final class ReportForm {
    static final List<String> METRICS = List.of("MEMBERS", "STUDY_SESSIONS", "SKILLS_TRAINING");
    private static final int NARRATIVE_MAX = 20_000;
    private static final long MAX_VALUE = 10_000_000;

    final List<String> sectors;
    final Map<String, String> values = new LinkedHashMap<>();
    String narrative = "";
    boolean fanpage;

    private ReportForm(List<String> sectors) {
        this.sectors = sectors;
    }

    /** {@code ALL} for a grassroots union, else one line per sector. */
    static ReportForm forLevel(String level) {
        return new ReportForm("GRASSROOTS".equals(level) ? List.of("ALL") : List.of("PUBLIC_SECTOR", "ENTERPRISE"));
    }

    static String field(String metric, String sector) {
        return metric + "_" + sector;
    }

    ReportForm fillFrom(Reports.Version version) {
        for (String sector : sectors) {
            for (String metric : METRICS) {
                values.put(field(metric, sector), Long.toString(version.value(metric, "ALL".equals(sector) ? null : sector)));
            }
        }
        narrative = version.narrative() == null ? "" : version.narrative();
        fanpage = Boolean.TRUE.equals(version.flags() == null ? null : version.flags().get("FANPAGE_POST"));
        return this;
    }

    ReportForm fillFrom(Map<String, String> params) {
        for (String sector : sectors) {
            for (String metric : METRICS) {
                values.put(field(metric, sector), params.getOrDefault(field(metric, sector), "").strip());
            }
        }
        narrative = params.getOrDefault("narrative", "").strip();
        fanpage = "true".equals(params.get("fanpage"));
        return this;
    }

    public String value(String metric, String sector) {
        return values.getOrDefault(field(metric, sector), "");
    }

    FormErrors validate() {
        FormErrors errors = new FormErrors();
        for (String sector : sectors) {
            Long members = null;
            for (String metric : METRICS) {
                String name = field(metric, sector);
                String raw = values.get(name).replace(".", "").replace(" ", "");
                if (raw.isEmpty()) {
                    errors.add(name, "report.number.missing");
                } else if (!raw.matches("\\d{1,9}") || Long.parseLong(raw) > MAX_VALUE) {
                    errors.add(name, "report.number.invalid");
                } else if (metric.equals("MEMBERS")) {
                    members = Long.parseLong(raw);
                } else if (members != null && Long.parseLong(raw) > members) {
                    errors.add(name, "report.number.aboveMembers");
                }
            }
        }
        if (narrative.length() > NARRATIVE_MAX) {
            errors.add("narrative", "report.narrative.tooLong");
        }
        return errors;
    }

    /** The request body for reporting-service, with the lines in the order of {@link #countFields()}. */
    Map<String, Object> request(String planId, String period, String submittedBy) {
        List<Map<String, Object>> counts = new ArrayList<>();
        for (String[] line : countFields()) {
            Map<String, Object> count = new HashMap<>();
            count.put("metric", line[0]);
            count.put("sector", "ALL".equals(line[1]) ? null : line[1]);
            count.put("value", Long.parseLong(values.get(field(line[0], line[1])).replace(".", "").replace(" ", "")));
            counts.add(count);
        }
        Map<String, Object> request = new HashMap<>();
        request.put("planId", planId);
        request.put("period", period);
        request.put("counts", counts);
        request.put("flags", Map.of("FANPAGE_POST", fanpage));
        request.put("narrative", narrative);
        request.put("submittedBy", submittedBy);
        return request;
    }

    /** The (metric, sector) of each count line, in the order sent: {@code counts[i]} in a 400 is this line. */
    List<String[]> countFields() {
        List<String[]> lines = new ArrayList<>();
        sectors.forEach(sector -> METRICS.forEach(metric -> lines.add(new String[] {metric, sector})));
        return lines;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public List<String> getMetrics() {
        return METRICS;
    }

    public String getNarrative() {
        return narrative;
    }

    public boolean isFanpage() {
        return fanpage;
    }
}
