package vn.congdoan.portal.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.congdoan.portal.web.FormErrors;

/** The plan editor's fields written over a stored plan, and what a revision adds, drops and changes. */
class PlanFormTest {
    private static final String STORED = """
            {"number":"45/KH-LĐLĐ","issuingUnitId":"P","issueDate":"2026-06-15","title":"Kế hoạch tuyên truyền",
             "legalBasis":[{"kind":"Nghị quyết","number":"02-NQ/TW"}],
             "targets":[{"id":"c1","metric":"ĐVNLĐ được học tập","comparator":"GT","threshold":90,"measure":"PERCENT_OF_MEMBERS",
                         "sector":"PUBLIC_SECTOR","level":null,"period":"YEARLY","indicator":"STUDY_SESSIONS"}],
             "tasks":[{"id":"t1","title":"Phát động thi đua","reportTask":false,"deadline":{"kind":"YEARLY","day":"--12-31"},
                       "deadlinePhrase":"Hàng năm","assignees":[{"unitId":null,"level":"GRASSROOTS","sector":null}]},
                      {"id":"t2","title":"Tổng hợp báo cáo","reportTask":true,
                       "deadline":{"kind":"PERIODIC","rules":[{"kind":"MONTHLY"},{"kind":"QUARTERLY"},{"kind":"YEARLY","day":"--12-31"}]},
                       "deadlinePhrase":null,"assignees":[{"unitId":"P","level":null,"sector":null}]}],
             "reminders":{"daysBefore":[7,3,1,0],"overdueEveryDays":3,"escalateAfterDaysOverdue":7}}
            """;

    @Test
    void theFieldsAsShownSentBackUnchangedGiveTheSameContentAndNoChange() {
        JsonNode stored = PlanForm.JSON.readTree(STORED);
        FormErrors errors = new FormErrors();
        ObjectNode edited = PlanForm.of(params(stored, Map.of()), assignees(stored)).applyTo(stored, errors);
        assertThat(errors.any()).isFalse();
        assertThat(edited.get("legalBasis")).as("what the page does not show is kept").isEqualTo(stored.get("legalBasis"));
        assertThat(edited.get("targets").get(0).get("indicator").asString()).isEqualTo("STUDY_SESSIONS");
        assertThat(PlanDiff.between(stored, edited).none()).isTrue();
    }

    @Test
    void anAssumedDayCorrectedADroppedTaskAndANewOneAreWhatTheRevisionShows() {
        JsonNode stored = PlanForm.JSON.readTree(STORED);
        Map<String, String> changes = new HashMap<>();
        changes.put("tasks[0].day", "15/01");
        changes.put("tasks[1].remove", "on");
        changes.put("tasks[2].title", "Tổng kết 5 năm");
        changes.put("tasks[2].kind", "ONGOING");
        Map<String, List<String>> assignees = new HashMap<>(assignees(stored));
        assignees.put("tasks[2].assignees", List.of("scope:UPPER_GRASSROOTS:"));
        FormErrors errors = new FormErrors();
        ObjectNode edited = PlanForm.of(params(stored, changes), assignees).applyTo(stored, errors);

        assertThat(errors.any()).isFalse();
        assertThat(edited.get("tasks")).hasSize(2);
        assertThat(edited.get("tasks").get(0).get("deadline").get("day").asString()).isEqualTo("--01-15");
        assertThat(edited.get("tasks").get(1).get("id").asString()).as("a new task's id follows the importer's").isEqualTo("t3");
        assertThat(edited.get("tasks").get(1).get("assignees").get(0).get("level").asString()).isEqualTo("UPPER_GRASSROOTS");
        PlanDiff diff = PlanDiff.between(stored, edited);
        assertThat(diff.added()).extracting(PlanDiff.Item::text).containsExactly("Tổng kết 5 năm");
        assertThat(diff.dropped()).extracting(PlanDiff.Item::text).containsExactly("Tổng hợp báo cáo");
        assertThat(diff.changed()).extracting(PlanDiff.Item::id).containsExactly("t1");
        assertThat(PlanDiff.fingerprint(edited)).isNotEqualTo(PlanDiff.fingerprint(stored));
    }

    @Test
    void whatThePortalCanTellIsNamedByField() {
        JsonNode stored = PlanForm.JSON.readTree(STORED);
        Map<String, String> changes = Map.of("number", "", "tasks[0].day", "31-12", "targets[0].threshold", "chín mươi",
                "reminders.overdueEveryDays", "0");
        FormErrors errors = new FormErrors();
        PlanForm.of(params(stored, changes), Map.of()).applyTo(stored, errors);
        assertThat(errors.all()).containsEntry("number", "planning.required")
                .containsEntry("tasks[0].day", "planning.task.day.invalid")
                .containsEntry("targets[0].threshold", "planning.target.threshold.invalid")
                .containsEntry("reminders.overdueEveryDays", "planning.reminders.overdueEveryDays.invalid")
                .containsEntry("tasks[0].assignees", "planning.task.assignees.missing");
    }

    /** The form's fields as the page renders them from {@code stored}, with {@code changes} typed over them. */
    private static Map<String, String> params(JsonNode stored, Map<String, String> changes) {
        PlanForm shown = PlanForm.of(stored);
        Map<String, String> params = new HashMap<>();
        params.put("number", shown.number());
        params.put("title", shown.title());
        params.put("issueDate", shown.issueDate());
        params.put("reminders.daysBefore", shown.daysBefore());
        params.put("reminders.overdueEveryDays", shown.overdueEveryDays());
        params.put("reminders.escalateAfterDaysOverdue", shown.escalateAfterDaysOverdue());
        for (PlanForm.TargetRow t : shown.targets()) {
            String p = "targets[" + t.row() + "].";
            params.put(p + "id", t.id());
            params.put(p + "metric", t.metric());
            params.put(p + "comparator", t.comparator());
            params.put(p + "threshold", t.threshold());
            params.put(p + "measure", t.measure());
            params.put(p + "period", t.period());
        }
        for (PlanForm.TaskRow t : shown.tasks()) {
            String p = "tasks[" + t.row() + "].";
            params.put(p + "id", t.id());
            params.put(p + "title", t.title());
            params.put(p + "kind", t.kind());
            params.put(p + "due", t.due());
            params.put(p + "day", t.day());
            params.put(p + "phrase", t.phrase());
            if (t.report()) {
                params.put(p + "report", "on");
            }
        }
        params.putAll(changes);
        return params;
    }

    private static Map<String, List<String>> assignees(JsonNode stored) {
        Map<String, List<String>> multi = new HashMap<>();
        for (PlanForm.TaskRow t : PlanForm.of(stored).tasks()) {
            multi.put("tasks[" + t.row() + "].assignees", t.assignees());
        }
        return multi;
    }
}
