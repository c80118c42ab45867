package vn.congdoan.portal.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.client.RestClientResponseException;

import tools.jackson.databind.JsonNode;
import vn.congdoan.portal.web.FormErrors;

/**
 * plan-service's 400 problem detail, read field by field: {@code tasks[2].assignees[0].unitId} is
 * the assignees of the third task it received, which is the editor's row once removed rows are
 * counted back in. The officer reads the portal's words for the field, never the service's English.
 */
final class ServiceProblem {
    private static final Pattern ROW = Pattern.compile("(targets|tasks)\\[(\\d+)]\\.?([A-Za-z]*).*");

    private ServiceProblem() {
    }

    static List<String> fields(RestClientResponseException e) {
        List<String> fields = new ArrayList<>();
        try {
            for (JsonNode error : PlanForm.JSON.readTree(e.getResponseBodyAsString()).path("errors")) {
                fields.add(error.path("field").asString(""));
            }
        } catch (RuntimeException unreadable) {
            // not a problem detail: the caller words it as a general refusal
        }
        return fields;
    }

    static FormErrors formErrors(RestClientResponseException e, PlanForm form) {
        FormErrors errors = new FormErrors();
        if (e.getStatusCode().value() == 409) {
            return errors.add("form", "planning.conflict");
        }
        for (String field : fields(e)) {
            Matcher row = ROW.matcher(field);
            if (row.matches()) {
                boolean task = row.group(1).equals("tasks");
                int index = Integer.parseInt(row.group(2));
                List<Integer> rows = task ? form.keptTasks().stream().map(PlanForm.TaskRow::row).toList()
                        : form.keptTargets().stream().map(PlanForm.TargetRow::row).toList();
                String property = task ? taskField(row.group(3)) : targetField(row.group(3));
                if (index < rows.size()) {
                    errors.add(row.group(1) + "[" + rows.get(index) + "]." + property,
                            "planning." + (task ? "task." : "target.") + property + ".invalid");
                    continue;
                }
            }
            switch (field) {
                case "number", "title", "issueDate" -> errors.add(field, "planning." + field + ".invalid");
                default -> errors.add("form", field.startsWith("reminders") ? "planning.reminders.invalid" : "planning.invalid");
            }
        }
        return errors.any() ? errors : errors.add("form", "planning.invalid");
    }

    /** The editor's field for a task property plan-service names: the deadline's parts are the kind's fields. */
    private static String taskField(String property) {
        return switch (property) {
            case "title", "assignees" -> property;
            case "deadlinePhrase" -> "phrase";
            default -> "kind";
        };
    }

    private static String targetField(String property) {
        return switch (property) {
            case "metric", "threshold" -> property;
            default -> "metric";
        };
    }
}
