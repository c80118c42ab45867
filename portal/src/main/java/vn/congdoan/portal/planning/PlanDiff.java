package vn.congdoan.portal.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What a revision adds to, drops from and changes in the plan in force, task by task and target by
 * target (matched by id), worked out in the portal from the current content and the edited one:
 * plan-service has no dry run of a revision.
 */
public record PlanDiff(List<Item> added, List<Item> dropped, List<Item> changed, boolean headerChanged) {

    /** @param kind "task" or "target"; {@code text} the task's title or the target's sentence */
    public record Item(String kind, String id, String text) {
    }

    public boolean none() {
        return added.isEmpty() && dropped.isEmpty() && changed.isEmpty() && !headerChanged;
    }

    /** Names the edited content exactly, so that a revision is saved only as it was shown. */
    static String fingerprint(JsonNode content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(PlanForm.JSON.writeValueAsBytes(content)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static PlanDiff between(JsonNode current, JsonNode edited) {
        List<Item> added = new ArrayList<>();
        List<Item> dropped = new ArrayList<>();
        List<Item> changed = new ArrayList<>();
        compare("target", "metric", current.path("targets"), edited.path("targets"), added, dropped, changed);
        compare("task", "title", current.path("tasks"), edited.path("tasks"), added, dropped, changed);
        boolean header = !current.path("number").equals(edited.path("number")) || !current.path("title").equals(edited.path("title"))
                || !current.path("issueDate").equals(edited.path("issueDate"))
                || !current.path("reminders").equals(edited.path("reminders"));
        return new PlanDiff(added, dropped, changed, header);
    }

    private static void compare(String kind, String textField, JsonNode before, JsonNode after,
                                List<Item> added, List<Item> dropped, List<Item> changed) {
        Map<String, JsonNode> old = byId(before);
        Map<String, JsonNode> now = byId(after);
        now.forEach((id, item) -> {
            Item shown = new Item(kind, id, item.path(textField).asString(""));
            if (!old.containsKey(id)) {
                added.add(shown);
            } else if (!signature(old.get(id)).equals(signature(item))) {
                changed.add(shown);
            }
        });
        old.forEach((id, item) -> {
            if (!now.containsKey(id)) {
                dropped.add(new Item(kind, id, item.path(textField).asString("")));
            }
        });
    }

    /**
     * What the editor can change of a task or a target, written out the same way however plan-service
     * or the editor spelled it (90 or 90.0, a null field or none).
     */
    private static String signature(JsonNode item) {
        StringBuilder out = new StringBuilder();
        for (String field : List.of("metric", "comparator", "measure", "period", "title", "reportTask", "deadlinePhrase")) {
            out.append(item.path(field).asString("")).append('|');
        }
        JsonNode threshold = item.path("threshold");
        out.append(threshold.isNumber() ? threshold.decimalValue().stripTrailingZeros().toPlainString() : "").append('|');
        out.append(rule(item.path("deadline"))).append('|');
        item.path("assignees").forEach(a -> out.append(a.path("unitId").asString("")).append('/')
                .append(a.path("level").asString("")).append('/').append(a.path("sector").asString("")).append(';'));
        return out.toString();
    }

    private static String rule(JsonNode rule) {
        StringBuilder out = new StringBuilder(rule.path("kind").asString("")).append(rule.path("due").asString(""))
                .append(rule.path("day").asString(""));
        rule.path("rules").forEach(member -> out.append('(').append(rule(member)).append(')'));
        return out.toString();
    }

    private static Map<String, JsonNode> byId(JsonNode items) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.path("id").asString(""), item));
        return byId;
    }
}
