package vn.congdoan.portal.directory;

import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import vn.congdoan.portal.services.Services;
import vn.congdoan.portal.settings.Preferences;
import vn.congdoan.portal.web.NotFound;
import vn.congdoan.portal.web.Officer;

/** A unit's officers (notification-service): name, role, phone, e-mail and how each hears of each kind of notification. */
@Controller
class OfficersController {
    private final Units units;
    private final Services services;

    OfficersController(Units units, Services services) {
        this.units = units;
        this.services = services;
    }

    @GetMapping("/units/{id}/officers")
    String officers(@PathVariable String id, @ModelAttribute("officer") Officer officer, Model model) {
        DirectoryController.staffOnly(officer);
        Units.Unit unit = units.unit(id).orElseThrow(NotFound::new);
        OfficerPage page = services.notification().get().uri("/api/officers?unitId={id}&size=100", id).retrieve()
                .body(new ParameterizedTypeReference<OfficerPage>() { });
        model.addAttribute("unit", unit);
        model.addAttribute("officers", page == null ? List.of() : page.items());
        model.addAttribute("kinds", Preferences.KINDS);
        return "unit-officers";
    }

    record OfficerPage(List<UnitOfficer> items, long total) {
    }

    record UnitOfficer(String id, String name, String role, String phone, String email, Preferences preferences) {
        /** The channels this officer hears of {@code kind} on; none when they chose none. */
        public List<String> channels(String kind) {
            return preferences == null ? List.of() : preferences.channels().getOrDefault(kind, preferences.defaultChannels());
        }
    }
}
