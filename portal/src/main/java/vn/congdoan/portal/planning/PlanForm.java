package vn.congdoan.portal.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.congdoan.portal.web.FormErrors;

/**
 * The plan editor's fields, as the page shows them and as the officer sent them back: number, title,
 * issue date, reminders, every target and every task (title, who carries it out, deadline rule,
 * the document's deadline words, whether a report closes it), one empty task and target to add, and
 * a box to remove each. {@link #applyTo} writes them over the plan's stored content, so what the page
 * does not show (legal basis, purposes, recipients, signer, a target's indicator) stays as it was.
 * Field names are plan-service's paths ({@code tasks[3].title}), so its 400 names the field back.
 */
public record PlanForm(String number, String title, String issueDate, String daysBefore, String overdueEveryDays,
                String escalateAfterDaysOverdue, List<TargetRow> targets, List<TaskRow> tasks) {
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The deadline rules an officer chooses from: those the importer reads deadline phrases into. */
    static final List<String> KINDS = List.of("ONCE", "YEARLY", "SEMI_ANNUAL", "QUARTERLY", "MONTHLY", "PERIODIC", "ONGOING");
    static final List<String> COMPARATORS = List.of("GT", "GTE");
    static final List<String> MEASURES = List.of("PERCENT_OF_MEMBERS", "PERCENT_OF_UNITS", "COUNT");
    static final List<String> PERIODS = List.of("YEARLY", "PLAN");
    /** Scopes a task can go to below the issuer: every open unit of a level (and sector). */
    static final List<String> SCOPES = List.of("scope:UPPER_GRASSROOTS:", "scope:GRASSROOTS:", "scope:GRASSROOTS:ENTERPRISE",
            "scope:GRASSROOTS:PUBLIC_SECTOR");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    /**
     * @param id  plan-service's id of the target, blank for a new one
     * @param row the index among the page's rows (the service's index once removed rows are left out)
     */
    public record TargetRow(int row, String id, String metric, String comparator, String threshold, String measure,
                     String period, boolean remove) {
        public boolean blank() {
            return id.isBlank() && metric.isBlank() && threshold.isBlank();
        }
    }

    /** @param assignees {@code unit:<id>} for one unit, {@code scope:<LEVEL>:<SECTOR>} for a scope */
    public record TaskRow(int row, String id, String title, String kind, String due, String day, String phrase,
                   List<String> assignees, boolean report, boolean remove) {
        public boolean blank() {
            return id.isBlank() && title.isBlank();
        }
    }

    static PlanForm of(JsonNode content) {
        List<TargetRow> targets = new ArrayList<>();
        for (JsonNode t : content.path("targets")) {
            targets.add(new TargetRow(targets.size(), t.path("id").asString(""), t.path("metric").asString(""),
                    t.path("comparator").asString("GTE"), t.path("threshold").asString(""), t.path("measure").asString(""),
                    t.path("period").asString("PLAN"), false));
        }
        targets.add(new TargetRow(targets.size(), "", "", "GTE", "", "PERCENT_OF_MEMBERS", "YEARLY", false));
        List<TaskRow> tasks = new ArrayList<>();
        for (JsonNode t : content.path("tasks")) {
            JsonNode rule = t.path("deadline");
            String day = rule.path("day").asString("");
            tasks.add(new TaskRow(tasks.size(), t.path("id").asString(""), t.path("title").asString(""),
                    rule.path("kind").asString("ONGOING"), rule.path("due").asString(""),
                    day.isEmpty() ? "" : DAY_MONTH.format(MonthDay.parse(day)), t.path("deadlinePhrase").asString(""),
                    assignees(t.path("assignees")), t.path("reportTask").asBoolean(false), false));
        }
        tasks.add(new TaskRow(tasks.size(), "", "", "ONCE", "", "", "", List.of(), false, false));
        JsonNode reminders = content.path("reminders");
        return new PlanForm(content.path("number").asString(""), content.path("title").asString(""),
                content.path("issueDate").asString(""), join(reminders.path("daysBefore")),
                reminders.path("overdueEveryDays").asString("3"), reminders.path("escalateAfterDaysOverdue").asString("7"),
                targets, tasks);
    }

    /** The fields as sent: {@code params} for single values, {@code multi} for the assignees' boxes. */
    static PlanForm of(Map<String, String> params, Map<String, List<String>> multi) {
        List<TargetRow> targets = new ArrayList<>();
        for (int i = 0; params.containsKey("targets[" + i + "].metric"); i++) {
            String p = "targets[" + i + "].";
            targets.add(new TargetRow(i, value(params, p + "id"), value(params, p + "metric"), value(params, p + "comparator"),
                    value(params, p + "threshold"), value(params, p + "measure"), value(params, p + "period"),
                    params.containsKey(p + "remove")));
        }
        List<TaskRow> tasks = new ArrayList<>();
        for (int i = 0; params.containsKey("tasks[" + i + "].title"); i++) {
            String p = "tasks[" + i + "].";
            tasks.add(new TaskRow(i, value(params, p + "id"), value(params, p + "title"), value(params, p + "kind"),
                    value(params, p + "due"), value(params, p + "day"), value(params, p + "phrase"),
                    multi.getOrDefault(p + "assignees", List.of()), params.containsKey(p + "report"),
                    params.containsKey(p + "remove")));
        }
        return new PlanForm(value(params, "number"), value(params, "title"), value(params, "issueDate"),
                value(params, "reminders.daysBefore"), value(params, "reminders.overdueEveryDays"),
                value(params, "reminders.escalateAfterDaysOverdue"), targets, tasks);
    }

    /** The rows plan-service will receive, in its order: kept and non-blank. */
    List<TargetRow> keptTargets() {
        return targets.stream().filter(t -> !t.remove() && !t.blank()).toList();
    }

    List<TaskRow> keptTasks() {
        return tasks.stream().filter(t -> !t.remove() && !t.blank()).toList();
    }

    /** Every assignee choice the page offers the tasks: the issuing unit, the scopes, and any unit a task names. */
    List<String> assigneeChoices(String issuingUnitId) {
        Set<String> choices = new LinkedHashSet<>();
        choices.add("unit:" + issuingUnitId);
        choices.addAll(SCOPES);
        tasks.forEach(t -> choices.addAll(t.assignees()));
        return List.copyOf(choices);
    }

    /**
     * The plan's content with these fields written over {@code stored}; {@code errors} gets what the
     * portal can tell is wrong before plan-service sees it.
     */
    ObjectNode applyTo(JsonNode stored, FormErrors errors) {
        ObjectNode content = (ObjectNode) stored.deepCopy();
        required(errors, "number", number);
        required(errors, "title", title);
        content.put("number", number);
        content.put("title", title);
        content.put("issueDate", date(errors, "issueDate", issueDate, true));
        content.set("reminders", reminders(errors));
        ArrayNode targetNodes = JSON.createArrayNode();
        int nextTarget = nextNumber(stored.path("targets"), "c");
        for (TargetRow t : keptTargets()) {
            targetNodes.add(target(t, t.id().isBlank() ? "c" + nextTarget++ : t.id(), byId(stored.path("targets"), t.id()), errors));
        }
        content.set("targets", targetNodes);
        ArrayNode taskNodes = JSON.createArrayNode();
        int next = nextNumber(stored.path("tasks"), "t");
        for (TaskRow t : keptTasks()) {
            taskNodes.add(task(t, t.id().isBlank() ? "t" + next++ : t.id(), byId(stored.path("tasks"), t.id()), errors));
        }
        content.set("tasks", taskNodes);
        return content;
    }

    private ObjectNode reminders(FormErrors errors) {
        ObjectNode reminders = JSON.createObjectNode();
        ArrayNode days = reminders.putArray("daysBefore");
        for (String day : daysBefore.split("[,;\\s]+")) {
            if (!day.isBlank()) {
                Integer parsed = whole(day);
                if (parsed == null) {
                    errors.add("reminders.daysBefore", "planning.reminders.daysBefore.invalid");
                } else {
                    days.add(parsed);
                }
            }
        }
        Integer every = whole(overdueEveryDays);
        Integer escalate = whole(escalateAfterDaysOverdue);
        if (every == null || every < 1) {
            errors.add("reminders.overdueEveryDays", "planning.reminders.overdueEveryDays.invalid");
        }
        if (escalate == null) {
            errors.add("reminders.escalateAfterDaysOverdue", "planning.reminders.escalateAfterDaysOverdue.invalid");
        }
        reminders.put("overdueEveryDays", every == null || every < 1 ? 1 : every);
        reminders.put("escalateAfterDaysOverdue", escalate == null ? 0 : escalate);
        return reminders;
    }

    private static ObjectNode target(TargetRow t, String id, JsonNode stored, FormErrors errors) {
        String p = "targets[" + t.row() + "].";
        ObjectNode node = stored.isObject() ? (ObjectNode) stored.deepCopy() : JSON.createObjectNode();
        required(errors, p + "metric", t.metric());
        node.put("id", id);
        node.put("metric", t.metric());
        node.put("comparator", COMPARATORS.contains(t.comparator()) ? t.comparator() : "GTE");
        node.put("measure", MEASURES.contains(t.measure()) ? t.measure() : "PERCENT_OF_MEMBERS");
        node.put("period", PERIODS.contains(t.period()) ? t.period() : "PLAN");
        try {
            BigDecimal threshold = new BigDecimal(t.threshold().replace(',', '.'));
            if (threshold.signum() < 0) {
                throw new NumberFormatException("negative");
            }
            node.put("threshold", threshold);
        } catch (NumberFormatException e) {
            errors.add(p + "threshold", "planning.target.threshold.invalid");
        }
        return node;
    }

    private static ObjectNode task(TaskRow t, String id, JsonNode stored, FormErrors errors) {
        String p = "tasks[" + t.row() + "].";
        ObjectNode node = JSON.createObjectNode();
        required(errors, p + "title", t.title());
        node.put("id", id);
        node.put("title", t.title());
        node.put("reportTask", t.report());
        JsonNode storedRule = stored.path("deadline");
        boolean keptPeriodic = "PERIODIC".equals(t.kind()) && "PERIODIC".equals(storedRule.path("kind").asString(""));
        node.set("deadline", keptPeriodic ? storedRule.deepCopy() : rule(t, p, errors));
        node.put("deadlinePhrase", t.phrase().isBlank() ? null : t.phrase());
        ArrayNode assignees = node.putArray("assignees");
        for (String choice : t.assignees()) {
            String[] parts = choice.split(":", -1);
            ObjectNode assignee = assignees.addObject();
            if (parts[0].equals("unit") && parts.length == 2) {
                assignee.put("unitId", parts[1]);
            } else if (parts[0].equals("scope") && parts.length == 3) {
                assignee.put("level", parts[1]);
                assignee.put("sector", parts[2].isEmpty() ? null : parts[2]);
            }
        }
        if (t.assignees().isEmpty()) {
            errors.add(p + "assignees", "planning.task.assignees.missing");
        }
        return node;
    }

    /**
     * The rule of the kind chosen; a new PERIODIC is "định kỳ tháng, quý, năm", as the importer reads
     * it (a task that already had a periodic rule keeps its own members).
     */
    private static ObjectNode rule(TaskRow t, String p, FormErrors errors) {
        ObjectNode rule = JSON.createObjectNode();
        String kind = KINDS.contains(t.kind()) ? t.kind() : "ONGOING";
        switch (kind) {
            case "ONCE" -> {
                rule.put("kind", kind);
                rule.put("due", date(errors, p + "due", t.due(), true));
            }
            case "YEARLY" -> {
                rule.put("kind", kind);
                try {
                    rule.put("day", MonthDay.parse(t.day().trim(), DAY_MONTH).toString());
                } catch (DateTimeParseException e) {
                    errors.add(p + "day", "planning.task.day.invalid");
                }
            }
            case "PERIODIC" -> {
                rule.put("kind", kind);
                ArrayNode rules = rule.putArray("rules");
                rules.addObject().put("kind", "MONTHLY");
                rules.addObject().put("kind", "QUARTERLY");
                rules.addObject().put("kind", "YEARLY").put("day", "--12-31");
            }
            default -> rule.put("kind", kind);
        }
        return rule;
    }

    private static String date(FormErrors errors, String field, String value, boolean required) {
        if (value.isBlank()) {
            if (required) {
                errors.add(field, "planning.date.missing");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim()).toString();
        } catch (DateTimeParseException e) {
            errors.add(field, "planning.date.invalid");
            return null;
        }
    }

    private static void required(FormErrors errors, String field, String value) {
        if (value.isBlank()) {
            errors.add(field, "planning.required");
        }
    }

    private static Integer whole(String value) {
        String trimmed = value.trim();
        return trimmed.matches("\\d{1,4}") ? Integer.valueOf(trimmed) : null;
    }

    private static JsonNode byId(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.path("id").asString("").equals(id)) {
                return item;
            }
        }
        return JSON.missingNode();
    }

    /** One more than the highest {@code <prefix><number>} id the importer gave ("t9" → 10). */
    private static int nextNumber(JsonNode items, String prefix) {
        int max = 0;
        for (JsonNode item : items) {
            String id = item.path("id").asString("");
            if (id.matches(prefix + "\\d{1,6}")) {
                max = Math.max(max, Integer.parseInt(id.substring(1)));
            }
        }
        return max + 1;
    }

    private static List<String> assignees(JsonNode assignees) {
        List<String> values = new ArrayList<>();
        for (JsonNode a : assignees) {
            values.add(a.hasNonNull("unitId") ? "unit:" + a.get("unitId").asString()
                    : "scope:" + a.path("level").asString("") + ":" + a.path("sector").asString(""));
        }
        return values;
    }

    private static String join(JsonNode numbers) {
        List<String> values = new ArrayList<>();
        numbers.forEach(n -> values.add(n.asString()));
        return String.join(", ", values);
    }

    private static String value(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null ? "" : value.strip();
    }
}
