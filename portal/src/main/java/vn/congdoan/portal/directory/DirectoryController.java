package vn.congdoan.portal.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congdoan.portal.web.NotFound;
import vn.congdoan.portal.web.Officer;

/**
 * Đơn vị: the federation's staff browse the union tree from their own unit, one unit per page with
 * its parent above and its children below (a page of {@value #CHILDREN_PER_PAGE} at a time, each
 * with the size of its branch), and find a unit by name or code.
 */
@Controller
class DirectoryController {
    static final int CHILDREN_PER_PAGE = 25;
    private static final int RESULTS_PER_PAGE = 25;
    private final Units units;

    DirectoryController(Units units) {
        this.units = units;
    }

    @GetMapping("/units")
    String own(@ModelAttribute("officer") Officer officer) {
        staffOnly(officer);
        return "redirect:/units/" + officer.unitId();
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                @ModelAttribute("officer") Officer officer, Model model) {
        staffOnly(officer);
        Units.Unit unit = units.unit(id).orElseThrow(NotFound::new);
        Units.Page<Units.Unit> children = units.children(id, Math.max(page, 0), CHILDREN_PER_PAGE);
        Map<String, Long> below = new LinkedHashMap<>();
        children.items().stream().filter(child -> !child.grassroots())
                .forEach(child -> below.put(child.id(), units.branchSize(child.id()) - 1));
        model.addAttribute("unit", unit);
        model.addAttribute("parent", unit.parentId() == null ? null : units.unit(unit.parentId()).orElse(null));
        model.addAttribute("children", children);
        model.addAttribute("below", below);
        model.addAttribute("manages", unit.below(officer.unitId()));
        return "units";
    }

    @GetMapping("/units/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                  @ModelAttribute("officer") Officer officer, Model model) {
        staffOnly(officer);
        String text = q.strip();
        model.addAttribute("q", text);
        model.addAttribute("tooLong", text.length() > 100);
        model.addAttribute("results", text.isEmpty() || text.length() > 100 ? null
                : units.search(text, Math.max(page, 0), RESULTS_PER_PAGE));
        return "unit-search";
    }

    /** The directory is the federation's staff's: anyone else finds no such page. */
    static void staffOnly(Officer officer) {
        if (!officer.staff() || officer.unitId() == null) {
            throw new NotFound();
        }
    }
}
