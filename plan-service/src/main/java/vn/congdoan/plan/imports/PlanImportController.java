package vn.congdoan.plan.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.plan.issuing.PlanLifecycle;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.InvalidRequestException;

/**
 * Reads a plan document (UTF-8 text, with or without BOM, any line endings, or .docx) into a draft
 * plan and the findings an officer must look at: every line not turned into structure, with its
 * line number, and every deadline that was ambiguous. With {@code issuingUnitId} the draft is also
 * stored as a DRAFT plan ({@code planId}) that the officer corrects and issues; without it nothing
 * is stored.
 */
@RestController
@RequestMapping("/api/plan-imports")
class PlanImportController {
    private final PlanImporter importer = new PlanImporter();
    private final DraftPlanning planning;
    private final PlanLifecycle lifecycle;
    private final UnitScope scope;

    PlanImportController(DraftPlanning planning, PlanLifecycle lifecycle, UnitScope scope) {
        this.planning = planning;
        this.lifecycle = lifecycle;
        this.scope = scope;
    }

    @PostMapping(consumes = MediaType.ALL_VALUE)
    ImportResponse importDocument(@RequestBody(required = false) byte[] document,
                                  @RequestParam(defaultValue = "document.txt") String filename,
                                  @RequestParam(required = false) String issuingUnitId,
                                  @RequestParam(required = false) String number,
                                  @RequestParam(required = false) LocalDate issueDate) {
        if (issuingUnitId != null) {
            scope.requireOwn(issuingUnitId); // staff store drafts only for their own unit
        }
        ImportResult result = read(document, filename);
        if (issuingUnitId == null) {
            return new ImportResponse(null, result.draft(), result.findings());
        }
        String planNumber = required(number != null ? number : result.draft().number(), "number");
        LocalDate date = required(issueDate != null ? issueDate : result.draft().issueDate(), "issueDate");
        List<Finding> findings = new ArrayList<>(result.findings());
        String planId = lifecycle.draft(planning.content(result.draft(), issuingUnitId, planNumber, date, findings)).id();
        return new ImportResponse(planId, result.draft(), findings);
    }

    private ImportResult read(byte[] document, String filename) {
        if (document == null || document.length == 0) {
            throw new InvalidRequestException("body", "is empty: send the document's bytes");
        }
        if (document.length > PlanImporter.MAX_BYTES) {
            throw new InvalidRequestException("body", "is larger than 10 MB");
        }
        try {
            return importer.importDocument(document, filename);
        } catch (UnreadableDocumentException e) {
            throw new InvalidRequestException("body", e.getMessage());
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidRequestException(field, "the document does not say it: pass ?" + field + "=");
        }
        return value;
    }

    /** @param planId the stored DRAFT plan, when an issuing unit was given */
    record ImportResponse(String planId, PlanDraft draft, List<Finding> findings) {
    }
}
