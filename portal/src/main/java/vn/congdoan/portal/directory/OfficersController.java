package vn.congdoan.portal.directory;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;

import vn.congdoan.portal.settings.Preferences;
import vn.congdoan.portal.web.FormErrors;
import vn.congdoan.portal.web.NotFound;
import vn.congdoan.portal.web.Officer;

/**
 * A unit's officers (notification-service): name, role, phone, e-mail and how each hears of each
 * kind of notification; the staff add one to a unit of theirs.
 */
@Controller
class OfficersController {
    private final Units units;
    private final UnitOfficers officers;

    OfficersController(Units units, UnitOfficers officers) {
        this.units = units;
        this.officers = officers;
    }

    @GetMapping("/units/{id}/officers")
    String list(@PathVariable String id, @ModelAttribute("officer") Officer officer, Model model) {
        DirectoryController.staffOnly(officer);
        model.addAttribute("unit", units.unit(id).orElseThrow(NotFound::new));
        model.addAttribute("officers", officers.of(id));
        model.addAttribute("kinds", Preferences.KINDS);
        return "unit-officers";
    }

    @GetMapping("/units/{id}/officers/new")
    String newOfficer(@PathVariable String id, @ModelAttribute("officer") Officer officer, Model model) {
        return form(own(id, officer), OfficerEntry.empty(), new FormErrors(), model);
    }

    @PostMapping("/units/{id}/officers/new")
    String add(@PathVariable String id, @RequestParam Map<String, String> params,
               @ModelAttribute("officer") Officer officer, Model model) {
        Units.Unit unit = own(id, officer);
        OfficerEntry entry = OfficerEntry.of(params);
        FormErrors errors = entry.validate();
        if (!errors.any()) {
            try {
                officers.add(entry.request(id));
                return "redirect:/units/" + id + "/officers?added";
            } catch (RestClientResponseException e) {
                errors = Refusals.of(e, "directory.officer", OfficerEntry.FIELDS);
            }
        }
        return form(unit, entry, errors, model);
    }

    private String form(Units.Unit unit, OfficerEntry entry, FormErrors errors, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("entry", entry);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", OfficerEntry.ROLES);
        return "officer-form";
    }

    /** Staff add officers to their own unit or one below it. */
    private Units.Unit own(String id, Officer officer) {
        DirectoryController.staffOnly(officer);
        Units.Unit unit = units.unit(id).orElseThrow(NotFound::new);
        if (!unit.id().equals(officer.unitId()) && !unit.below(officer.unitId())) {
            throw new NotFound();
        }
        return unit;
    }
}
