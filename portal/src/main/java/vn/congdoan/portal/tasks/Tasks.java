package vn.congdoan.portal.tasks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

import vn.congdoan.portal.services.Services;

/** The unit's tasks from plan-service, with the plans' titles. */
@Component
public class Tasks {
    private final Services services;

    Tasks(Services services) {
        this.services = services;
    }

    List<OpenTask> open(String unitId) {
        List<OpenTask> tasks = services.plan().get().uri("/api/units/{id}/tasks", unitId).retrieve()
                .body(new ParameterizedTypeReference<List<OpenTask>>() { });
        return tasks == null ? List.of() : tasks;
    }

    /** Titles of the plans these tasks belong to; a plan the officer may not read keeps its number only. */
    Map<String, String> planTitles(List<Assignment> assignments) {
        Map<String, String> titles = new HashMap<>();
        assignments.stream().map(Assignment::planId).filter(java.util.Objects::nonNull).distinct()
                .forEach(planId -> plan(planId).ifPresent(plan -> titles.put(planId, plan.title())));
        return titles;
    }

    /**
     * The plans the unit has open tasks of, and {@code alsoPlanId} when given, by id: each as its number
     * and the start of its title, for a choice of plan.
     */
    public Map<String, String> plansOf(String unitId, String alsoPlanId) {
        Map<String, String> plans = new java.util.LinkedHashMap<>();
        java.util.stream.Stream.concat(open(unitId).stream().map(t -> t.assignment().planId()),
                        java.util.stream.Stream.ofNullable(alsoPlanId))
                .filter(java.util.Objects::nonNull).distinct()
                .forEach(planId -> plan(planId).ifPresent(plan -> plans.put(planId,
                        plan.number() + (plan.title() == null ? "" : ": " + Words.shorten(plan.title(), 80)))));
        return plans;
    }

    public Assignment assignment(String id) {
        return services.plan().get().uri("/api/assignments/{id}", id).retrieve().body(Assignment.class);
    }

    /** The calendar feed of the unit's open deadlines (iCalendar text). */
    String calendar(String unitId) {
        return services.plan().get().uri("/api/units/{id}/calendar.ics", unitId).retrieve().body(String.class);
    }

    /** The unit's secret calendar address, when its officers have made one. */
    java.util.Optional<FeedAddress> calendarFeed(String unitId) {
        return Services.found(() -> services.plan().get().uri("/api/units/{id}/calendar-feed", unitId).retrieve()
                .body(FeedAddress.class));
    }

    /** A new secret calendar address for the unit; the old one stops answering. */
    FeedAddress renewCalendarFeed(String unitId) {
        return services.plan().post().uri("/api/units/{id}/calendar-feed", unitId).retrieve().body(FeedAddress.class);
    }

    /** The calendar at a secret address, asked for by a calendar app that is not signed in; empty when the address is not a unit's. */
    java.util.Optional<String> subscribedCalendar(String secret) {
        try {
            return java.util.Optional.ofNullable(services.planWithoutToken().get()
                    .uri("/api/calendar-feeds/{secret}.ics", secret).retrieve().body(String.class));
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.BadRequest e) {
            return java.util.Optional.empty();
        }
    }

    public java.util.Optional<Plan> plan(String planId) {
        try {
            return java.util.Optional.ofNullable(services.plan().get().uri("/api/plans/{id}", planId).retrieve()
                    .body(Plan.class));
        } catch (HttpClientErrorException e) {
            return java.util.Optional.empty();
        }
    }

    void complete(String assignmentId, LocalDate occurrence, String note, String evidenceUrl) {
        Map<String, Object> completion = new HashMap<>();
        completion.put("occurrence", occurrence);
        completion.put("note", note == null || note.isBlank() ? null : note.strip());
        completion.put("evidenceUrl", evidenceUrl == null || evidenceUrl.isBlank() ? null : evidenceUrl.strip());
        services.plan().post().uri("/api/assignments/{id}/completions", assignmentId).body(completion)
                .retrieve().toBodilessEntity();
    }

    public record Assignment(String id, String planId, String planNumber, String taskId, String taskTitle,
                             boolean reportTask, String unitId, Deadline deadline, LocalDate activeFrom,
                             LocalDate activeUntil, List<Completion> completions, Set<String> reminded) {
    }

    record FeedAddress(String secret, java.time.Instant createdAt, String createdBy) {
    }

    public record Completion(LocalDate occurrence, LocalDate completedOn, String note, String evidenceUrl) {
    }

    record OpenTask(Assignment assignment, LocalDate nextDue, boolean overdue, long remindersSent) {
    }

    /** plan-service's plan: its number, title and targets are in {@code content}. */
    public record Plan(String id, Content content) {
        public String number() {
            return content == null ? null : content.number();
        }

        public String title() {
            return content == null ? null : content.title();
        }

        public List<Target> targets() {
            return content == null || content.targets() == null ? List.of() : content.targets();
        }
    }

    public record Content(String number, String title, LocalDate issueDate, List<Target> targets) {
    }

    /** A target as the plan words it: {@code metric} is the plan's own sentence. */
    public record Target(String id, String metric, String comparator, java.math.BigDecimal threshold, String measure) {
    }
}
