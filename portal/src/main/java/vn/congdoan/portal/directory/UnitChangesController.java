package vn.congdoan.portal.directory;

import java.time.Clock;
import java.time.LocalDate;
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

import vn.congdoan.portal.web.FormErrors;
import vn.congdoan.portal.web.NotFound;
import vn.congdoan.portal.web.Officer;

/**
 * The staff change the tree below their unit: open a unit under one they see, close one (after a
 * page saying what closing does), move a branch under another parent they manage (the 2025
 * reorganisation), each form with its mistakes named beside the field.
 */
@Controller
class UnitChangesController {
    private static final List<String> MOVE_FIELDS = List.of("parentId", "effectiveOn");
    private static final List<String> CLOSE_FIELDS = List.of("closedOn");
    private final Units units;
    private final Clock clock;

    UnitChangesController(Units units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/units/{id}/new")
    String newUnit(@PathVariable String id, @ModelAttribute("officer") Officer officer, Model model) {
        Units.Unit parent = visible(id, officer);
        return openForm(parent, UnitEntry.empty(LocalDate.now(clock)), new FormErrors(), model);
    }

    @PostMapping("/units/{id}/new")
    String open(@PathVariable String id, @RequestParam Map<String, String> params,
                @ModelAttribute("officer") Officer officer, Model model) {
        Units.Unit parent = visible(id, officer);
        UnitEntry entry = UnitEntry.of(params);
        FormErrors errors = entry.validate(parent.childLevels());
        if (!errors.any()) {
            try {
                return "redirect:/units/" + units.open(entry.request(parent.id())).id() + "?opened";
            } catch (RestClientResponseException e) {
                errors = Refusals.of(e, "directory.unit", UnitEntry.FIELDS);
            }
        }
        return openForm(parent, entry, errors, model);
    }

    @GetMapping("/units/{id}/close")
    String closing(@PathVariable String id, @ModelAttribute("officer") Officer officer, Model model) {
        Units.Unit unit = managed(id, officer);
        return closeForm(unit, LocalDate.now(clock).toString(), new FormErrors(), model);
    }

    @PostMapping("/units/{id}/close")
    String close(@PathVariable String id, @RequestParam(defaultValue = "") String closedOn,
                 @ModelAttribute("officer") Officer officer, Model model) {
        Units.Unit unit = managed(id, officer);
        LocalDate date = UnitEntry.date(closedOn);
        FormErrors errors = new FormErrors();
        if (date == null) {
            errors.add("closedOn", "directory.close.closedOn.invalid");
        } else {
            try {
                units.close(id, date);
                return "redirect:/units/" + id + "?closed";
            } catch (RestClientResponseException e) {
                errors = Refusals.of(e, "directory.close", CLOSE_FIELDS);
            }
        }
        return closeForm(unit, closedOn, errors, model);
    }

    @GetMapping("/units/{id}/move")
    String moving(@PathVariable String id, @ModelAttribute("officer") Officer officer, Model model) {
        Units.Unit unit = managed(id, officer);
        return moveForm(unit, "", LocalDate.now(clock).toString(), new FormErrors(), model);
    }

    @PostMapping("/units/{id}/move")
    String move(@PathVariable String id, @RequestParam(defaultValue = "") String parentId,
                @RequestParam(defaultValue = "") String effectiveOn,
                @ModelAttribute("officer") Officer officer, Model model) {
        Units.Unit unit = managed(id, officer);
        LocalDate date = UnitEntry.date(effectiveOn);
        FormErrors errors = new FormErrors();
        if (parentId.isBlank()) {
            errors.add("parentId", "directory.move.parentId.missing");
        }
        if (date == null) {
            errors.add("effectiveOn", "directory.move.effectiveOn.invalid");
        }
        if (!errors.any()) {
            try {
                units.move(id, parentId, date);
                return "redirect:/units/" + parentId + "?moved=" + id;
            } catch (RestClientResponseException e) {
                errors = Refusals.of(e, "directory.move", MOVE_FIELDS);
            }
        }
        return moveForm(unit, parentId, effectiveOn, errors, model);
    }

    private String openForm(Units.Unit parent, UnitEntry entry, FormErrors errors, Model model) {
        model.addAttribute("parent", parent);
        model.addAttribute("entry", entry);
        model.addAttribute("errors", errors);
        return "unit-form";
    }

    private String closeForm(Units.Unit unit, String closedOn, FormErrors errors, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("closedOn", closedOn);
        model.addAttribute("errors", errors);
        model.addAttribute("openChildren", units.children(unit.id(), 0, 500).items().stream()
                .filter(child -> !child.closed()).count());
        return "unit-close";
    }

    /** The new parent is chosen among the open units the person manages whose level may hold this unit. */
    private String moveForm(Units.Unit unit, String parentId, String effectiveOn, FormErrors errors, Model model) {
        List<Units.Unit> parents = Units.LEVELS.subList(1, Units.LEVELS.indexOf(unit.level())).stream()
                .flatMap(level -> units.openAtLevel(level).stream())
                .filter(candidate -> !candidate.id().equals(unit.parentId()) && !candidate.below(unit.id()))
                .toList();
        model.addAttribute("unit", unit);
        model.addAttribute("parents", parents);
        model.addAttribute("parentId", parentId);
        model.addAttribute("effectiveOn", effectiveOn);
        model.addAttribute("branchSize", units.branchSize(unit.id()));
        model.addAttribute("errors", errors);
        return "unit-move";
    }

    private Units.Unit visible(String id, Officer officer) {
        DirectoryController.staffOnly(officer);
        Units.Unit unit = units.unit(id).orElseThrow(NotFound::new);
        if (!unit.id().equals(officer.unitId()) && !unit.below(officer.unitId())) {
            throw new NotFound();
        }
        return unit;
    }

    /** Closing and moving are for the units below the person's own. */
    private Units.Unit managed(String id, Officer officer) {
        Units.Unit unit = visible(id, officer);
        if (!unit.below(officer.unitId())) {
            throw new NotFound();
        }
        return unit;
    }
}
