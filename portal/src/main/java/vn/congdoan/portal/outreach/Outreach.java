package vn.congdoan.portal.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import vn.congdoan.portal.services.Services;

/** Outreach activities and rosters from outreach-service: list, read, record, correct; the forms catalogue. */
@Component
class Outreach {
    private final Services services;

    Outreach(Services services) {
        this.services = services;
    }

    /** The unit's own activities and those of the units below it, newest first. */
    List<Activity> activities(String unitId) {
        Page<Activity> page = services.outreach().get().uri("/api/activities?unitId={id}&size=100", unitId).retrieve()
                .body(new ParameterizedTypeReference<Page<Activity>>() { });
        return page == null ? List.of() : page.items();
    }

    Optional<Details> activity(String id) {
        return Services.found(() -> services.outreach().get().uri("/api/activities/{id}", id).retrieve().body(Details.class));
    }

    List<Form> forms() {
        List<Form> forms = services.outreach().get().uri("/api/forms").retrieve()
                .body(new ParameterizedTypeReference<List<Form>>() { });
        return forms == null ? List.of() : forms;
    }

    /** The roster in force today; empty when the unit has never given one. */
    Optional<Roster> roster(String unitId) {
        return Services.found(() -> services.outreach().get().uri("/api/units/{id}/roster", unitId).retrieve()
                .body(Roster.class));
    }

    /** Records once per {@code idempotencyKey}: a form sent twice (a double tap, a reload) records one activity. */
    Written record(Map<String, Object> request, String idempotencyKey) {
        return services.outreach().post().uri("/api/activities").header("Idempotency-Key", idempotencyKey)
                .body(request).retrieve().body(Written.class);
    }

    Written correct(String id, Map<String, Object> request) {
        return services.outreach().post().uri("/api/activities/{id}/corrections", id).body(request).retrieve()
                .body(Written.class);
    }

    record Page<T>(List<T> items) {
    }

    record Form(String form, String label, String kind) {
    }

    record Attendance(long members, long nonMemberWorkers, long officers) {
        public long total() {
            return members + nonMemberWorkers + officers;
        }
    }

    record Reach(long views, long shares, long reactions) {
    }

    record Activity(String activityId, long version, String unitId, String planId, String taskId, String form,
                    String title, LocalDate startDate, LocalDate endDate, String audience, Attendance attendance,
                    Reach reach, List<String> evidence) {
    }

    record Version(long version, Activity activity, String reason, Instant at) {
    }

    record Details(Activity activity, String formLabel, String formKind, Instant recordedAt, List<Version> versions) {
    }

    record Warning(String field, String message) {
    }

    record Written(Activity activity, List<Warning> warnings) {
    }

    record RosterEntry(LocalDate effectiveFrom) {
    }

    record Roster(String unitId, LocalDate asOf, RosterEntry inForce, Long members, Long workers) {
    }
}
