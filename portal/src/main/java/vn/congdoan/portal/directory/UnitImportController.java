package vn.congdoan.portal.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.JsonNode;
import vn.congdoan.portal.web.Officer;

/**
 * Nhập đơn vị từ tệp CSV: the staff upload a file of units (the columns of
 * {@code samples/units-binh-dinh.csv}); plan-service imports it whole or not at all, and the page
 * shows either what was created and changed, or every error by row and column in words.
 */
@Controller
class UnitImportController {
    /** The columns (and the file's other places) an error may name, each worded by {@code directory.import.column.<name>}. */
    private static final List<String> PLACES = List.of("code", "name", "level", "sector", "parentCode", "openedOn",
            "closedOn", "header", "row", "body");
    private final Units units;

    UnitImportController(Units units) {
        this.units = units;
    }

    @GetMapping("/units/import")
    String form(@RequestParam(required = false) String tooBig, @ModelAttribute("officer") Officer officer, Model model) {
        DirectoryController.staffOnly(officer);
        if (tooBig != null) {
            model.addAttribute("problem", "directory.import.file.tooBig");
        }
        return "unit-import";
    }

    @PostMapping("/units/import")
    String importFile(@RequestParam(required = false) MultipartFile file, @ModelAttribute("officer") Officer officer,
                      Model model) throws IOException {
        DirectoryController.staffOnly(officer);
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "directory.import.file.missing");
            return "unit-import";
        }
        model.addAttribute("filename", file.getOriginalFilename());
        try {
            model.addAttribute("result", units.importCsv(file.getBytes()));
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().is5xxServerError()) {
                throw e;
            }
            model.addAttribute("problem", e.getStatusCode().value() == 403 ? "directory.import.outOfScope"
                    : "directory.import.refused");
            model.addAttribute("rowErrors", rowErrors(Refusals.problem(e)));
        }
        return "unit-import";
    }

    private static List<RowError> rowErrors(JsonNode problem) {
        List<RowError> errors = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asString("");
            errors.add(new RowError(error.path("row").asInt(0), error.path("unit").asString(""),
                    PLACES.contains(field) ? field : "row"));
        }
        return errors;
    }

    /** One thing wrong in the file: its line (the header is line 1; 0: the whole file), the unit's code, the column. */
    record RowError(int row, String code, String column) {
    }
}
