package vn.congdoan.portal.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Báo cáo: the reports the unit owes; one report (the e-mails link to it) with every version and
 * the parent unit's decisions; the form to fill in, correct and resubmit it.
 */
@Controller
class ReportsController {
    private final Reports reports;
    private final Tasks tasks;

    ReportsController(Reports reports, Tasks tasks) {
        this.reports = reports;
        this.tasks = tasks;
    }

    @GetMapping("/reports")
    String list(@ModelAttribute("officer") Officer officer, Model model) {
        List<Reports.Expected> expected = officer.unitId() == null ? List.of() : reports.expected(officer.unitId());
        Map<String, Tasks.Plan> plans = new HashMap<>();
        expected.stream().map(Reports.Expected::planId).distinct()
                .forEach(id -> tasks.plan(id).ifPresent(plan -> plans.put(id, plan)));
        model.addAttribute("expected", expected);
        model.addAttribute("plans", plans);
        return "reports";
    }

    @GetMapping("/reports/{reportId}")
    String report(@PathVariable String reportId, @ModelAttribute("officer") Officer officer, Model model) {
        Reports.Report report = reports.find(reportId).orElse(null);
        if (report == null) {
            if (ReportId.parse(reportId).unitId().equals(officer.unitId())) {
                return "redirect:/reports/" + reportId + "/edit";
            }
            throw new NotFound();
        }
        model.addAttribute("report", report);
        model.addAttribute("plan", tasks.plan(report.planId()).orElse(null));
        model.addAttribute("ownUnit", report.unitId().equals(officer.unitId()));
        model.addAttribute("mayDecide", officer.approver() && officer.unitId() != null
                && officer.unitId().equals(report.parentUnitId()) && "SUBMITTED".equals(report.status()));
        model.addAttribute("errors", new FormErrors());
        return "report";
    }

    @GetMapping("/reports/{reportId}/edit")
    String edit(@PathVariable String reportId, @ModelAttribute("officer") Officer officer, Model model) {
        ReportId id = ownReport(reportId, officer);
        Reports.Report report = reports.find(reportId).orElse(null);
        if (report != null && "APPROVED".equals(report.status())) {
            return "redirect:/reports/" + reportId;
        }
        ReportForm form = ReportForm.forLevel(officer.unitLevel());
        if (report != null) {
            form.fillFrom(report.current());
        }
        return form(id, report, form, new FormErrors(), model);
    }

    @PostMapping("/reports/{reportId}/edit")
    String submit(@PathVariable String reportId, @RequestParam Map<String, String> params,
                  @ModelAttribute("officer") Officer officer, Model model) {
        ReportId id = ownReport(reportId, officer);
        ReportForm form = ReportForm.forLevel(officer.unitLevel()).fillFrom(params);
        FormErrors errors = form.validate();
        if (!errors.any()) {
            try {
                reports.submit(officer.unitId(), form.request(id.planId(), id.period(), officer.name()));
                return "redirect:/reports/" + reportId + "?sent";
            } catch (RestClientResponseException e) {
                if (e.getStatusCode().value() >= 500) {
                    throw e;
                }
                errors = ServiceErrors.ofReport(e, form);
            }
        }
        return form(id, reports.find(reportId).orElse(null), form, errors, model);
    }

    private String form(ReportId id, Reports.Report report, ReportForm form, FormErrors errors, Model model) {
        model.addAttribute("reportId", id.value());
        model.addAttribute("period", id.period());
        model.addAttribute("plan", tasks.plan(id.planId()).orElse(null));
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "report-form";
    }

    private static ReportId ownReport(String reportId, Officer officer) {
        ReportId id = ReportId.parse(reportId);
        if (!id.unitId().equals(officer.unitId())) {
            throw new NotFound();
        }
        return id;
    }

    /** reporting-service's report id: {@code planId:period:unitId}. */
    record ReportId(String value, String planId, String period, String unitId) {
        static ReportId parse(String value) {
            int last = value.lastIndexOf(':');
            int first = value.indexOf(':');
            if (first < 1 || last <= first + 1 || last == value.length() - 1) {
                throw new NotFound();
            }
            return new ReportId(value, value.substring(0, first), value.substring(first + 1, last),
                    value.substring(last + 1));
        }
    }
}
