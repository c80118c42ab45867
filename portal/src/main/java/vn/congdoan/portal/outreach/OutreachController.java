package vn.congdoan.portal.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

import vn.congdoan.portal.tasks.Tasks;
import vn.congdoan.portal.web.FormErrors;
import vn.congdoan.portal.web.NotFound;
import vn.congdoan.portal.web.Officer;

/**
 * Tuyên truyền: the unit's outreach activities and roster figures; record an activity, open one
 * with every version it has had, correct it with a reason.
 */
@Controller
class OutreachController {
    /** The warnings outreach-service gives (each worded by {@code activity.check.<field>}). */
    private static final java.util.Set<String> CHECKS = java.util.Set.of("attendance.members",
            "attendance.nonMemberWorkers", "attendance", "reach");
    private final Outreach outreach;
    private final Tasks tasks;
    private final Clock clock;

    OutreachController(Outreach outreach, Tasks tasks, Clock clock) {
        this.outreach = outreach;
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/outreach")
    String list(@ModelAttribute("officer") Officer officer, Model model) {
        List<Outreach.Activity> activities = officer.unitId() == null ? List.of() : outreach.activities(officer.unitId());
        model.addAttribute("activities", activities);
        model.addAttribute("labels", labels());
        model.addAttribute("roster", officer.unitId() == null ? null : outreach.roster(officer.unitId()).orElse(null));
        return "outreach";
    }

    @GetMapping("/outreach/new")
    String newActivity(@ModelAttribute("officer") Officer officer, Model model) {
        ownUnitRequired(officer);
        return form(ActivityEntry.empty(LocalDate.now(clock)), null, UUID.randomUUID().toString(), new FormErrors(),
                officer, model);
    }

    @PostMapping("/outreach/new")
    String record(@RequestParam Map<String, String> params, @RequestParam String key,
                  @ModelAttribute("officer") Officer officer, Model model) {
        ownUnitRequired(officer);
        ActivityEntry entry = ActivityEntry.of(params);
        FormErrors errors = entry.validate(false);
        if (!errors.any()) {
            try {
                Outreach.Written written = outreach.record(entry.request(officer.unitId(), null), key);
                return saved(written, "recorded");
            } catch (RestClientResponseException e) {
                errors = refused(e);
            }
        }
        return form(entry, null, key, errors, officer, model);
    }

    @GetMapping("/outreach/{id}")
    String activity(@PathVariable String id, @RequestParam(required = false) List<String> check,
                    @ModelAttribute("officer") Officer officer, Model model) {
        Outreach.Details details = outreach.activity(id).orElseThrow(NotFound::new);
        model.addAttribute("details", details);
        model.addAttribute("checks", check == null ? List.of()
                : check.stream().filter(c -> CHECKS.contains(c) || c.equals("other")).distinct().toList());
        model.addAttribute("labels", labels());
        model.addAttribute("ownUnit", details.activity().unitId().equals(officer.unitId()));
        model.addAttribute("plan", details.activity().planId() == null ? null
                : tasks.plan(details.activity().planId()).orElse(null));
        return "activity";
    }

    @GetMapping("/outreach/{id}/edit")
    String edit(@PathVariable String id, @ModelAttribute("officer") Officer officer, Model model) {
        Outreach.Activity activity = own(id, officer);
        return form(ActivityEntry.of(activity), activity, null, new FormErrors(), officer, model);
    }

    @PostMapping("/outreach/{id}/edit")
    String correct(@PathVariable String id, @RequestParam Map<String, String> params, @RequestParam long version,
                   @ModelAttribute("officer") Officer officer, Model model) {
        Outreach.Activity activity = own(id, officer);
        ActivityEntry entry = ActivityEntry.of(params);
        FormErrors errors = entry.validate(true);
        if (!errors.any()) {
            try {
                return saved(outreach.correct(id, entry.request(officer.unitId(), version)), "corrected");
            } catch (RestClientResponseException e) {
                errors = refused(e);
            }
        }
        return form(entry, activity, null, errors, officer, model);
    }

    /** The activity's page, saying it was saved and what the officer should look at again. */
    private static String saved(Outreach.Written written, String what) {
        UriComponentsBuilder page = UriComponentsBuilder.fromPath("/outreach/{id}").queryParam(what);
        written.warnings().stream().map(w -> CHECKS.contains(w.field()) ? w.field() : "other").distinct()
                .forEach(field -> page.queryParam("check", field));
        return "redirect:" + page.buildAndExpand(written.activity().activityId()).toUriString();
    }

    private static FormErrors refused(RestClientResponseException e) {
        if (e.getStatusCode().value() >= 500) {
            throw e;
        }
        return FormErrors.from(e, "activity", ActivityEntry.FIELDS);
    }

    private String form(ActivityEntry entry, Outreach.Activity activity, String key, FormErrors errors, Officer officer,
                        Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("activity", activity);
        model.addAttribute("key", key);
        model.addAttribute("errors", errors);
        model.addAttribute("forms", outreach.forms());
        model.addAttribute("plans", tasks.plansOf(officer.unitId(), activity == null ? null : activity.planId()));
        return "activity-form";
    }

    private Map<String, String> labels() {
        return outreach.forms().stream().collect(java.util.stream.Collectors.toMap(Outreach.Form::form, Outreach.Form::label));
    }

    private Outreach.Activity own(String id, Officer officer) {
        Outreach.Activity activity = outreach.activity(id).orElseThrow(NotFound::new).activity();
        if (!activity.unitId().equals(officer.unitId())) {
            throw new NotFound();
        }
        return activity;
    }

    private static void ownUnitRequired(Officer officer) {
        if (officer.unitId() == null) {
            throw new NotFound();
        }
    }
}
