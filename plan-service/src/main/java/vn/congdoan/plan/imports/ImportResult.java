package vn.congdoan.plan.imports;

import java.util.List;

/** The draft plan and everything the importer wants the officer to look at before accepting it. */
public record ImportResult(PlanDraft draft, List<Finding> findings) {

    public ImportResult {
        findings = List.copyOf(findings);
    }
}
