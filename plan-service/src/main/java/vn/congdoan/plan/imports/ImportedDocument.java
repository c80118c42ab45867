package vn.congdoan.plan.imports;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The document a draft plan was imported from, kept beside the plan so that the officer who
 * corrects the draft sees the document's own text and where each finding is, on any instance.
 *
 * @param planId        the DRAFT plan the import stored
 * @param issuingUnitId the plan's issuer: only its staff read the document
 * @param lines         the document's lines as read (a finding's {@code line} is a 1-based index into them)
 */
@Document("plan_import_documents")
record ImportedDocument(@Id String planId, String issuingUnitId, String filename, List<String> lines,
                        List<Finding> findings) {
}
