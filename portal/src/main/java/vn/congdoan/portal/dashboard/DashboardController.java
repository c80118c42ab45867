package vn.congdoan.portal.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congdoan.portal.services.Services;
import vn.congdoan.portal.tasks.Tasks;
import vn.congdoan.portal.web.NotFound;
import vn.congdoan.portal.web.Officer;

/**
 * Theo dõi: the plans the officer's federation follows, and per plan, period and unit the
 * follow-up dashboard (DHIS2's reporting-rate summary: each direct child worst first, drill down one
 * level) with its summary table to download. The services decide which units the officer may see.
 */
@Controller
class DashboardController {
    private static final int MAX_CONTACTED = 50;
    private final FollowUpFigures figures;
    private final Tasks tasks;
    private final Services services;
    private final Clock clock;

    DashboardController(FollowUpFigures figures, Tasks tasks, Services services, Clock clock) {
        this.figures = figures;
        this.tasks = tasks;
        this.services = services;
        this.clock = clock;
    }

    record IssuedPlans(List<Tasks.Plan> items) {
    }

    @GetMapping("/dashboard")
    String plans(Model model) {
        IssuedPlans plans = services.plan().get().uri("/api/plans?status=ISSUED&size=100").retrieve().body(IssuedPlans.class);
        model.addAttribute("plans", plans == null ? List.of() : plans.items());
        return "dashboard-plans";
    }

    @GetMapping("/plans/{planId}/dashboard")
    String dashboard(@PathVariable String planId, @RequestParam(required = false) String period,
                     @RequestParam(required = false) String unit, @ModelAttribute("officer") Officer officer, Model model) {
        Tasks.Plan plan = tasks.plan(planId).orElseThrow(NotFound::new);
        String unitId = unit == null || unit.isBlank() ? officer.unitId() : unit;
        List<FollowUpFigures.Unit> path = figures.path(unitId, officer.unitId());
        List<FollowUpFigures.PlanPeriod> periods = figures.periods(planId, unitId);
        model.addAttribute("plan", plan);
        model.addAttribute("path", path);
        model.addAttribute("periods", periods);
        FollowUpFigures.PlanPeriod chosen = period == null || period.isBlank()
                ? Dashboard.defaultPeriod(periods, LocalDate.now(clock)).orElse(null)
                : periods.stream().filter(p -> p.period().equals(period)).findFirst().orElseThrow(NotFound::new);
        if (chosen != null) {
            model.addAttribute("dashboard", dashboard(plan, periods, chosen, path));
        }
        return "dashboard";
    }

    private Dashboard dashboard(Tasks.Plan plan, List<FollowUpFigures.PlanPeriod> periods, FollowUpFigures.PlanPeriod period,
                                List<FollowUpFigures.Unit> path) {
        String unitId = path.getLast().id();
        FollowUpFigures.CompletenessView completeness = figures.completeness(plan.id(), period.period(), unitId);
        List<Dashboard.MissingWithContacts> missing = figures.missing(plan.id(), period.period(), unitId).stream()
                .limit(MAX_CONTACTED)
                .map(m -> new Dashboard.MissingWithContacts(m, figures.contacts(m.unitId()))).toList();
        return new Dashboard(plan, periods, period, path, completeness, Dashboard.worstFirst(completeness.children()),
                missing, Dashboard.targets(plan, figures.targets(plan.id()), unitId, period),
                figures.outreach(plan.id(), unitId, period.periodEnd().getYear()));
    }

    /** The summary table, named after the plan, period and unit, never an id. */
    @GetMapping("/plans/{planId}/dashboard/export.{format:xlsx|csv}")
    ResponseEntity<byte[]> export(@PathVariable String planId, @PathVariable String format, @RequestParam String period,
                                  @RequestParam(required = false) String unit, @ModelAttribute("officer") Officer officer) {
        Tasks.Plan plan = tasks.plan(planId).orElseThrow(NotFound::new);
        FollowUpFigures.Unit followed = figures.unit(unit == null || unit.isBlank() ? officer.unitId() : unit);
        ResponseEntity<byte[]> table = figures.export(planId, period, followed.id(), format);
        String filename = Dashboard.summaryFileName(plan.number(), period, followed.name(), format);
        return ResponseEntity.ok().contentType(table.getHeaders().getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(table.getBody());
    }
}
