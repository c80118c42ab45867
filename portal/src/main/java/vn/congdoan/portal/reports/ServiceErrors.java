package vn.congdoan.portal.reports;

import java.util.List;

import org.springframework.web.client.RestClientResponseException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.portal.web.FormErrors;

/** reporting-service's 400 for a report, turned into the form's own fields and words. */
final class ServiceErrors {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ServiceErrors() {
    }

    static FormErrors ofReport(RestClientResponseException e, ReportForm form) {
        if (e.getStatusCode().value() == 409) {
            return new FormErrors().add("form", "report.conflict");
        }
        FormErrors errors = new FormErrors();
        List<String[]> lines = form.countFields();
        JsonNode problem;
        try {
            problem = JSON.readTree(e.getResponseBodyAsString());
        } catch (RuntimeException unreadable) {
            return errors.add("form", "report.invalid");
        }
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asString("");
            java.util.regex.Matcher count = java.util.regex.Pattern.compile("counts\\[(\\d+)]\\.(value|sector)").matcher(field);
            if (count.matches() && Integer.parseInt(count.group(1)) < lines.size()) {
                String[] line = lines.get(Integer.parseInt(count.group(1)));
                errors.add(ReportForm.field(line[0], line[1]), "value".equals(count.group(2))
                        ? "report.number.refused" : "report.sector.refused");
            } else if (field.equals("period")) {
                errors.add("form", "report.period.refused");
            } else if (field.equals("unitId")) {
                errors.add("form", "report.unit.refused");
            } else if (field.equals("narrative")) {
                errors.add("narrative", "report.narrative.tooLong");
            } else {
                errors.add("form", "report.invalid");
            }
        }
        return errors.any() ? errors : errors.add("form", "report.invalid");
    }
}
