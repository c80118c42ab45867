package vn.congdoan.plan.imports;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.web.InvalidRequestException;

/**
 * Reads a plan document (UTF-8 text, with or without BOM, any line endings, or .docx) into a draft
 * plan and the findings an officer must look at: every line not turned into structure, with its
 * line number, and every deadline that was ambiguous. Nothing is stored; the officer reviews the
 * draft and posts it to /api/plans.
 */
@RestController
@RequestMapping("/api/plan-imports")
class PlanImportController {
    private static final long MAX_BYTES = 10L * 1024 * 1024;
    private final PlanImporter importer = new PlanImporter();

    @PostMapping(consumes = MediaType.ALL_VALUE)
    ImportResult importDocument(@RequestBody byte[] document,
                                @RequestParam(defaultValue = "document.txt") String filename) {
        if (document.length == 0) {
            throw new InvalidRequestException("body", "is empty: send the document's bytes");
        }
        if (document.length > MAX_BYTES) {
            throw new InvalidRequestException("body", "is larger than 10 MB");
        }
        try {
            return importer.importDocument(document, filename);
        } catch (UnreadableDocumentException e) {
            throw new InvalidRequestException("body", e.getMessage());
        }
    }
}
