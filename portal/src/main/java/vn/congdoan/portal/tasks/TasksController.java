package vn.congdoan.portal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.congdoan.portal.services.Services;
import vn.congdoan.portal.web.FormErrors;
import vn.congdoan.portal.web.NotFound;
import vn.congdoan.portal.web.Officer;

/**
 * Việc cần làm: the unit's open tasks, overdue first; one task's page (the e-mails link to it) with
 * the form that marks its next occurrence done.
 */
@Controller
class TasksController {
    private static final int NOTE_MAX = 4000;
    private final Tasks tasks;
    private final Clock clock;

    TasksController(Tasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/tasks";
    }

    @GetMapping("/tasks")
    String list(@ModelAttribute("officer") Officer officer, Model model) {
        List<Tasks.OpenTask> open = officer.unitId() == null ? List.of() : tasks.open(officer.unitId());
        model.addAttribute("tasks", open);
        model.addAttribute("planTitles", tasks.planTitles(open.stream().map(Tasks.OpenTask::assignment).toList()));
        model.addAttribute("overdue", open.stream().filter(Tasks.OpenTask::overdue).count());
        model.addAttribute("today", LocalDate.now(clock));
        Tasks.FeedAddress feed = officer.unitId() == null ? null : tasks.calendarFeed(officer.unitId()).orElse(null);
        model.addAttribute("feed", feed);
        if (feed != null) {
            String address = ServletUriComponentsBuilder.fromCurrentContextPath().path(CalendarFeedRoute.PATH)
                    .buildAndExpand(feed.secret()).toUriString();
            model.addAttribute("feedUrl", address);
            model.addAttribute("webcalUrl", address.replaceFirst("^https?://", "webcal://"));
        }
        return "tasks";
    }

    /** A secret calendar address for the unit, or a new one in place of an address that was passed around too far. */
    @PostMapping("/tasks/calendar-feed")
    String renewCalendarFeed(@ModelAttribute("officer") Officer officer) {
        if (officer.unitId() == null) {
            throw new NotFound();
        }
        tasks.renewCalendarFeed(officer.unitId());
        return "redirect:/tasks?feed#calendar";
    }

    /** The link in every task e-mail. */
    @GetMapping("/plans/{planId}/assignments/{assignmentId}")
    String taskOfPlan(@PathVariable String planId, @PathVariable String assignmentId,
                      @ModelAttribute("officer") Officer officer, Model model) {
        Tasks.Assignment assignment = find(assignmentId);
        if (!planId.equals(assignment.planId())) {
            throw new NotFound();
        }
        return task(assignment, officer, model, new FormErrors(), null, null);
    }

    /** A task given to the unit directly, outside any plan. */
    @GetMapping("/assignments/{assignmentId}")
    String task(@PathVariable String assignmentId, @ModelAttribute("officer") Officer officer, Model model) {
        return task(find(assignmentId), officer, model, new FormErrors(), null, null);
    }

    @PostMapping("/assignments/{assignmentId}/completions")
    String complete(@PathVariable String assignmentId, @RequestParam LocalDate occurrence,
                    @RequestParam(required = false) String note, @RequestParam(required = false) String evidenceUrl,
                    @ModelAttribute("officer") Officer officer, Model model) {
        Tasks.Assignment assignment = find(assignmentId);
        FormErrors errors = new FormErrors();
        if (note != null && note.length() > NOTE_MAX) {
            errors.add("note", "complete.note.tooLong");
        }
        if (evidenceUrl != null && !evidenceUrl.isBlank() && !evidenceUrl.strip().matches("https?://\\S+")) {
            errors.add("evidenceUrl", "complete.evidenceUrl.invalid");
        }
        if (!errors.any()) {
            try {
                tasks.complete(assignmentId, occurrence, note, evidenceUrl);
                return "redirect:" + path(assignment) + "?done=" + occurrence;
            } catch (RestClientResponseException e) {
                if (e.getStatusCode().value() >= 500) {
                    throw e;
                }
                errors = FormErrors.from(e, "complete", List.of("note", "evidenceUrl", "occurrence"));
            }
        }
        return task(assignment, officer, model, errors, note, evidenceUrl);
    }

    @GetMapping("/calendar.ics")
    ResponseEntity<String> calendar(@ModelAttribute("officer") Officer officer) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lich-han-nhiem-vu.ics").build().toString())
                .body(tasks.calendar(officer.unitId()));
    }

    private String task(Tasks.Assignment assignment, Officer officer, Model model, FormErrors errors, String note,
                        String evidenceUrl) {
        Tasks.OpenTask open = tasks.open(assignment.unitId()).stream()
                .filter(t -> t.assignment().id().equals(assignment.id())).findFirst().orElse(null);
        model.addAttribute("assignment", assignment);
        model.addAttribute("open", open);
        model.addAttribute("plan", assignment.planId() == null ? null : tasks.plan(assignment.planId()).orElse(null));
        model.addAttribute("ownUnit", assignment.unitId().equals(officer.unitId()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", errors);
        model.addAttribute("note", note);
        model.addAttribute("evidenceUrl", evidenceUrl);
        model.addAttribute("selfPath", path(assignment));
        return "task";
    }

    private static String path(Tasks.Assignment assignment) {
        return assignment.planId() == null ? "/assignments/" + assignment.id()
                : "/plans/" + assignment.planId() + "/assignments/" + assignment.id();
    }

    private Tasks.Assignment find(String id) {
        return Services.found(() -> tasks.assignment(id)).orElseThrow(NotFound::new);
    }
}
