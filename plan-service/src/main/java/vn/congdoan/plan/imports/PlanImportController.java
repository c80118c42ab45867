package vn.congdoan.plan.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.plan.issuing.PlanLifecycle;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.NotFoundException;

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
    private final MongoTemplate mongo;

    PlanImportController(DraftPlanning planning, PlanLifecycle lifecycle, UnitScope scope, MongoTemplate mongo) {
        this.planning = planning;
        this.lifecycle = lifecycle;
        this.scope = scope;
        this.mongo = mongo;
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
        List<String> lines = lines(document, filename);
        ImportResult result = importer.importLines(lines);
        if (issuingUnitId == null) {
            return new ImportResponse(null, result.draft(), result.findings());
        }
        if (result.draft().kind() != null && !DocumentKinds.PLAN.equals(result.draft().kind())) {
            throw new InvalidRequestException("kind", "the document is a " + result.draft().kind()
                    + ", not a Kế hoạch: only a plan is stored as a draft");
        }
        String planNumber = required(number != null ? number : result.draft().number(), "number");
        LocalDate date = required(issueDate != null ? issueDate : result.draft().issueDate(), "issueDate");
        List<Finding> findings = new ArrayList<>(result.findings());
        String planId = lifecycle.draft(planning.content(result.draft(), issuingUnitId, planNumber, date, findings)).id();
        mongo.save(new ImportedDocument(planId, issuingUnitId, filename, lines, findings));
        return new ImportResponse(planId, result.draft(), findings);
    }

    /** The document a draft was imported from, with its findings: for the staff of the plan's issuer. */
    @GetMapping("/{planId}")
    ImportedDocument document(@PathVariable String planId) {
        ImportedDocument found = mongo.findById(planId, ImportedDocument.class);
        if (found == null) {
            throw new NotFoundException("plan import", planId);
        }
        scope.requireInLine(found.issuingUnitId(), "plan import", planId);
        scope.requireOwn(found.issuingUnitId());
        return found;
    }

    private static List<String> lines(byte[] document, String filename) {
        if (document == null || document.length == 0) {
            throw new InvalidRequestException("body", "is empty: send the document's bytes");
        }
        if (document.length > PlanImporter.MAX_BYTES) {
            throw new InvalidRequestException("body", "is larger than 10 MB");
        }
        try {
            return PlanDocumentReader.read(document, filename);
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
