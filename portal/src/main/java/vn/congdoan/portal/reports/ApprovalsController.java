package vn.congdoan.portal.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;

import vn.congdoan.portal.tasks.Tasks;
import vn.congdoan.portal.web.FormErrors;
import vn.congdoan.portal.web.NotFound;
import vn.congdoan.portal.web.Officer;

/**
 * For the upper-level union's approver: the children's reports waiting for a decision, approving or
 * returning one with a reason, and the follow-up page (who has not done what, and whom to call).
 */
@Controller
class ApprovalsController {
    private static final int COMMENT_MAX = 2000;
    private final Reports reports;
    private final Directory directory;
    private final Tasks tasks;
    private final Clock clock;

    ApprovalsController(Reports reports, Directory directory, Tasks tasks, Clock clock) {
        this.reports = reports;
        this.directory = directory;
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/approvals")
    String waiting(@ModelAttribute("officer") Officer officer, Model model) {
        List<Reports.Summary> waiting = officer.unitId() == null ? List.of() : reports.waitingFor(officer.unitId());
        model.addAttribute("waiting", waiting);
        model.addAttribute("unitNames", unitNames(officer));
        return "approvals";
    }

    @PostMapping("/reports/{reportId}/approval")
    String decide(@PathVariable String reportId, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String comment, @RequestParam int version,
                  @ModelAttribute("officer") Officer officer, Model model) {
        Reports.Report report = reports.find(reportId).orElseThrow(NotFound::new);
        FormErrors errors = new FormErrors();
        if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
            errors.add("decision", "decision.choose");
        } else if ("RETURN".equals(decision) && (comment == null || comment.isBlank())) {
            errors.add("comment", "decision.comment.missing");
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            errors.add("comment", "decision.comment.tooLong");
        }
        if (!errors.any()) {
            try {
                Map<String, Object> body = new HashMap<>();
                body.put("decision", decision);
                body.put("comment", comment == null || comment.isBlank() ? null : comment.strip());
                body.put("version", version);
                body.put("decidedBy", officer.name());
                body.put("unitId", officer.unitId());
                reports.decide(reportId, body);
                return "redirect:/approvals?decided=" + decision;
            } catch (RestClientResponseException e) {
                if (e.getStatusCode().value() >= 500) {
                    throw e;
                }
                errors = FormErrors.from(e, "decision", List.of("comment", "decision"));
            }
        }
        model.addAttribute("report", report);
        model.addAttribute("plan", tasks.plan(report.planId()).orElse(null));
        model.addAttribute("ownUnit", report.unitId().equals(officer.unitId()));
        model.addAttribute("mayDecide", true);
        model.addAttribute("errors", errors);
        model.addAttribute("decision", decision);
        model.addAttribute("comment", comment);
        return "report";
    }

    /** The link in the daily follow-up e-mail. */
    @GetMapping("/units/{unitId}/follow-up")
    String followUp(@PathVariable String unitId, @RequestParam(required = false) LocalDate date,
                    @ModelAttribute("officer") Officer officer, Model model) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        Directory.FollowUp followUp = directory.followUp(unitId, day);
        List<Directory.Unit> children = directory.children(unitId).stream().filter(c -> c.closedOn() == null
                || !c.closedOn().isBefore(day)).toList();
        List<ChildStatus> rows = children.stream().map(child -> new ChildStatus(child,
                followUp.items().stream().filter(item -> item.missing().contains(child.name()))
                        .map(Directory.Item::taskTitle).toList(),
                directory.contacts(child.id()))).sorted(java.util.Comparator.comparing(
                (ChildStatus s) -> s.open().isEmpty()).thenComparing(s -> s.unit().name())).toList();
        model.addAttribute("followUp", followUp);
        model.addAttribute("rows", rows);
        model.addAttribute("date", day);
        return "follow-up";
    }

    private Map<String, String> unitNames(Officer officer) {
        return officer.unitId() == null ? Map.of() : directory.children(officer.unitId()).stream()
                .collect(Collectors.toMap(Directory.Unit::id, Directory.Unit::name, (a, b) -> a));
    }

    /** A child unit, the tasks the follow-up names it for, and whom to call. */
    record ChildStatus(Directory.Unit unit, List<String> open, List<Directory.Contact> contacts) {
    }
}
