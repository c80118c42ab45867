package vn.congdoan.portal.planning;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.node.ObjectNode;
import vn.congdoan.portal.web.FormErrors;
import vn.congdoan.portal.web.NotFound;
import vn.congdoan.portal.web.Officer;

/**
 * Kế hoạch, for the federation's staff: the unit's plans; import a document into a draft; review the
 * draft beside the document (each finding marked at its line) and correct every field; see how many
 * units each task will reach, then issue it; list the issued revisions and revise the plan, seeing
 * what the revision adds and drops before it is saved. Every page works without JavaScript.
 */
@Controller
class PlanningController {
    /** The document kinds read: plan-service reads UTF-8 text and Word's .docx. */
    private static final Set<String> EXTENSIONS = Set.of("txt", "docx");
    private final Planning planning;
    private final Clock clock;
    private final MessageSource messages;

    PlanningController(Planning planning, Clock clock, MessageSource messages) {
        this.planning = planning;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/plans")
    String list(@ModelAttribute("officer") Officer officer, Model model) {
        model.addAttribute("plans", planning.plansOf(staffUnit(officer)));
        return "planning-list";
    }

    @GetMapping("/plans/import")
    String importForm(@RequestParam(required = false) String tooBig, @ModelAttribute("officer") Officer officer, Model model) {
        staffUnit(officer);
        FormErrors errors = new FormErrors();
        if (tooBig != null) {
            errors.add("document", "planning.document.tooBig");
        }
        return importPage("", LocalDate.now(clock).toString(), errors, model);
    }

    @PostMapping("/plans/import")
    String importDocument(@RequestParam(required = false) MultipartFile document, @RequestParam(defaultValue = "") String number,
                          @RequestParam(defaultValue = "") String issueDate, @ModelAttribute("officer") Officer officer,
                          Model model) throws IOException {
        String unitId = staffUnit(officer);
        FormErrors errors = new FormErrors();
        String filename = document == null || document.getOriginalFilename() == null ? "" : document.getOriginalFilename();
        String extension = filename.contains(".") ? filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
        if (document == null || filename.isBlank()) {
            errors.add("document", "planning.document.missing");
        } else if (!EXTENSIONS.contains(extension)) {
            errors.add("document", "planning.document.kind");
        } else if (document.isEmpty()) {
            errors.add("document", "planning.document.empty");
        } else if (document.getSize() > Planning.MAX_BYTES) {
            errors.add("document", "planning.document.tooBig");
        }
        LocalDate date = null;
        try {
            date = issueDate.isBlank() ? null : LocalDate.parse(issueDate.strip());
        } catch (DateTimeParseException e) {
            errors.add("issueDate", "planning.date.invalid");
        }
        if (!errors.any()) {
            try {
                String planId = planning.importDocument(document.getBytes(), filename, unitId,
                        number.isBlank() ? null : number.strip(), date);
                return "redirect:/plans/" + planId + "/edit?imported";
            } catch (RestClientResponseException e) {
                errors = importRefused(e);
            }
        }
        return importPage(number, issueDate, errors, model);
    }

    private String importPage(String number, String issueDate, FormErrors errors, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("issueDate", issueDate);
        model.addAttribute("errors", errors);
        return "planning-import";
    }

    /** plan-service's 400 names the part of the request it refused: the document, its kind, or what it does not say. */
    private static FormErrors importRefused(RestClientResponseException e) {
        if (e.getStatusCode().value() >= 500) {
            throw e;
        }
        FormErrors errors = new FormErrors();
        for (String field : ServiceProblem.fields(e)) {
            switch (field) {
                case "kind" -> errors.add("document", "planning.document.notAPlan");
                case "number" -> errors.add("number", "planning.import.number.missing");
                case "issueDate" -> errors.add("issueDate", "planning.import.issueDate.missing");
                default -> errors.add("document", "planning.document.unreadable");
            }
        }
        return errors.any() ? errors : errors.add("document", "planning.document.unreadable");
    }

    @GetMapping("/plans/{planId}/edit")
    String edit(@PathVariable String planId, @ModelAttribute("officer") Officer officer, Locale locale, Model model) {
        Planning.PlanView plan = own(planId, officer);
        return editor(plan, PlanForm.of(plan.content()), new FormErrors(), null, officer, locale, model);
    }

    /**
     * A draft is saved at once. An issued plan is revised in two steps: the first shows what the
     * revision adds, drops and changes; it is saved only when sent again unchanged ({@code reviewed}).
     */
    @PostMapping("/plans/{planId}/edit")
    String save(@PathVariable String planId, @RequestParam Map<String, String> params,
                @RequestParam MultiValueMap<String, String> multi, @ModelAttribute("officer") Officer officer, Locale locale,
                Model model) {
        Planning.PlanView plan = own(planId, officer);
        PlanForm form = PlanForm.of(params, multi);
        FormErrors errors = new FormErrors();
        ObjectNode edited = form.applyTo(plan.content(), errors);
        PlanDiff diff = plan.draft() ? null : PlanDiff.between(plan.content(), edited);
        if (!errors.any() && (plan.draft() || PlanDiff.fingerprint(edited).equals(params.get("reviewed")))) {
            try {
                if (plan.draft()) {
                    planning.save(planId, edited);
                    return "redirect:/plans/" + planId + "/edit?saved";
                }
                planning.revise(planId, edited);
                return "redirect:/plans/" + planId + "/revisions?revised";
            } catch (RestClientResponseException e) {
                if (e.getStatusCode().value() >= 500) {
                    throw e;
                }
                errors = ServiceProblem.formErrors(e, form);
            }
        }
        model.addAttribute("reviewed", errors.any() ? null : PlanDiff.fingerprint(edited));
        return editor(plan, form, errors, diff, officer, locale, model);
    }

    private String editor(Planning.PlanView plan, PlanForm form, FormErrors errors, PlanDiff diff, Officer officer,
                          Locale locale, Model model) {
        Planning.SourceDocument source = planning.source(plan.id()).orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("diff", diff);
        model.addAttribute("source", source);
        model.addAttribute("findings", source == null ? List.of() : Findings.of(source));
        model.addAttribute("flagged", source == null ? Map.of() : Findings.byLine(source));
        model.addAttribute("choices", choices(plan, form, officer, locale));
        model.addAttribute("kinds", PlanForm.KINDS);
        model.addAttribute("comparators", PlanForm.COMPARATORS);
        model.addAttribute("measures", PlanForm.MEASURES);
        model.addAttribute("periods", PlanForm.PERIODS);
        return "planning-edit";
    }

    /**
     * Each assignee box's words: the issuing unit by its name, a scope in words ("Các công đoàn cơ sở
     * trong doanh nghiệp"), a unit a task names (a department) by its name in the directory.
     */
    private Map<String, String> choices(Planning.PlanView plan, PlanForm form, Officer officer, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        String issuer = plan.content().path("issuingUnitId").asString();
        for (String choice : form.assigneeChoices(issuer)) {
            labels.put(choice, choice.equals("unit:" + issuer) ? messages.getMessage("planning.assignee.issuer",
                    new Object[]{officer.unitName()}, locale)
                    : choice.startsWith("scope:") ? messages.getMessage(scope(choice), locale)
                    : planning.unitName(choice.substring(5)).orElse(messages.getMessage("planning.assignee.unknown", null, locale)));
        }
        return labels;
    }

    /**
     * {@code scope:GRASSROOTS:ENTERPRISE} is worded by {@code planning.assignee.GRASSROOTS.ENTERPRISE},
     * a sector without words of its own by its level's.
     */
    private static MessageSourceResolvable scope(String choice) {
        String[] parts = choice.split(":", -1);
        String level = "planning.assignee." + parts[1];
        return new DefaultMessageSourceResolvable(parts[2].isEmpty() ? new String[]{level} : new String[]{level + "." + parts[2], level});
    }

    @GetMapping("/plans/{planId}/issue")
    String preview(@PathVariable String planId, @ModelAttribute("officer") Officer officer, Model model) {
        Planning.PlanView plan = own(planId, officer);
        if (!plan.draft()) {
            return "redirect:/plans/" + planId + "/revisions";
        }
        model.addAttribute("plan", plan);
        Planning.Reach reach = planning.reach(planId);
        model.addAttribute("reach", reach);
        model.addAttribute("unreached", reach.tasks().stream().filter(t -> t.units() == 0).count());
        return "planning-issue";
    }

    @PostMapping("/plans/{planId}/issue")
    String issue(@PathVariable String planId, @ModelAttribute("officer") Officer officer) {
        Planning.PlanView plan = own(planId, officer);
        if (plan.draft()) {
            planning.issue(planId);
        }
        return "redirect:/plans/" + planId + "/revisions?issued";
    }

    @GetMapping("/plans/{planId}/revisions")
    String revisions(@PathVariable String planId, @ModelAttribute("officer") Officer officer, Model model) {
        Planning.PlanView plan = own(planId, officer);
        model.addAttribute("plan", plan);
        model.addAttribute("revisions", planning.revisions(planId).reversed());
        return "planning-revisions";
    }

    /** A plan the officer's own unit issued; any other is not found. */
    private Planning.PlanView own(String planId, Officer officer) {
        String unitId = staffUnit(officer);
        Planning.PlanView plan = planning.plan(planId).orElseThrow(NotFound::new);
        if (!unitId.equals(plan.content().path("issuingUnitId").asString(""))) {
            throw new NotFound();
        }
        return plan;
    }

    private static String staffUnit(Officer officer) {
        if (!officer.staff() || officer.unitId() == null) {
            throw new NotFound();
        }
        return officer.unitId();
    }
}
