package vn.congdoan.portal.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;

import vn.congdoan.portal.services.Services;
import vn.congdoan.portal.tasks.Tasks;
import vn.congdoan.portal.web.NotFound;
import vn.congdoan.portal.web.Officer;

/**
 * A plan's page (its number, title and targets) and a target's page (what the target-met, -missed
 * and -at-risk messages link to): the plan's own words for the target and, per unit and period,
 * where it stands today as reporting-service judges it, for the units the officer may see.
 */
@Controller
class PlansController {
    private final Tasks tasks;
    private final Services services;

    PlansController(Tasks tasks, Services services) {
        this.tasks = tasks;
        this.services = services;
    }

    @GetMapping("/plans/{planId}")
    String plan(@PathVariable String planId, Model model) {
        model.addAttribute("plan", tasks.plan(planId).orElseThrow(NotFound::new));
        return "plan";
    }

    /** {@code unit}: the unit the message was about (default the officer's); {@code period}: one period only. */
    @GetMapping("/plans/{planId}/targets/{targetId}")
    String target(@PathVariable String planId, @PathVariable String targetId, @RequestParam(required = false) String unit,
                  @RequestParam(required = false) String period, @ModelAttribute("officer") Officer officer, Model model) {
        Tasks.Plan plan = tasks.plan(planId).orElseThrow(NotFound::new);
        Tasks.Target target = plan.targets().stream().filter(t -> t.id().equals(targetId)).findFirst().orElseThrow(NotFound::new);
        String unitId = unit != null ? unit : officer.unitId();
        List<Figures> figures = figures(planId).stream()
                .filter(f -> f.targetId().equals(targetId) && f.unitId().equals(unitId))
                .filter(f -> period == null || f.period().equals(period))
                .sorted(Comparator.comparing(Figures::periodEnd, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("plan", plan);
        model.addAttribute("target", target);
        model.addAttribute("figures", figures);
        model.addAttribute("unitName", unitId == null ? null : unitName(unitId));
        return "target";
    }

    private List<Figures> figures(String planId) {
        // none while reporting-service has not heard of the plan yet
        return Services.found(() -> services.reporting().get().uri("/api/plans/{id}/targets", planId).retrieve()
                .body(new ParameterizedTypeReference<List<Figures>>() { })).orElse(List.of());
    }

    private String unitName(String unitId) {
        try {
            Unit found = services.plan().get().uri("/api/units/{id}", unitId).retrieve().body(Unit.class);
            return found == null ? null : found.name();
        } catch (HttpClientErrorException e) {
            throw new NotFound(); // a unit outside the officer's line, or none
        }
    }

    record Unit(String id, String name) {
    }

    /** One target's standing for one unit and period. */
    public record Figures(String targetId, String unitId, String period, LocalDate periodEnd, Verdict verdict) {
    }

    /** {@code value}: a count, or a percentage of {@code numerator} over {@code denominator}. */
    public record Verdict(String status, long numerator, long denominator, BigDecimal value, BigDecimal progressPercent) {
    }
}
