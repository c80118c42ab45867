package vn.congdoan.plan.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Gathers the parts of a {@link PlanDraft} while the recognisers read the document. */
final class DraftBuilder {

    private final LegalBasis legalBasis;
    private final List<String> purposes = new ArrayList<>();
    private final List<String> requirements = new ArrayList<>();
    private final List<DraftTarget> targets = new ArrayList<>();
    private final List<DraftTask> tasks = new ArrayList<>();
    private final List<String> recipients = new ArrayList<>();
    private final List<DraftSection> sections = new ArrayList<>();
    private final List<DescriptionBlock> description = new ArrayList<>();
    private String kind;
    private String issuer;
    private String parentIssuer;
    private String number;
    private String place;
    private LocalDate issueDate;
    private String title;
    private String archive;
    private Signer signer;

    DraftBuilder(Findings findings) {
        this.legalBasis = new LegalBasis(findings);
    }

    void kind(String kind) {
        this.kind = kind;
    }

    void header(String issuer, String parentIssuer, String number, String place, LocalDate issueDate) {
        this.issuer = issuer;
        this.parentIssuer = parentIssuer;
        this.number = number;
        this.place = place;
        this.issueDate = issueDate;
    }

    void title(String title) {
        this.title = title;
    }

    /** Drops the document's own number from the legal basis: a title line names it, but nothing cites itself. */
    void dropSelfReference(String ownNumber) {
        legalBasis.remove(ownNumber);
    }

    /** Takes the references a text mentions into the legal basis. */
    void cites(String text, int line) {
        legalBasis.addAll(ReferenceRecognizer.recognise(text), line, text);
    }

    void purpose(String text) {
        purposes.add(text);
    }

    void requirement(String text) {
        requirements.add(text);
    }

    void targets(List<DraftTarget> found) {
        targets.addAll(found);
    }

    void task(DraftTask task) {
        tasks.add(task);
    }

    void section(DraftSection section) {
        sections.add(section);
    }

    void describe(String section, int line, String text) {
        description.add(new DescriptionBlock(section, line, text));
    }

    void recipient(String recipient) {
        recipients.add(recipient);
    }

    boolean hasRecipients() {
        return !recipients.isEmpty();
    }

    void archive(String archive) {
        this.archive = archive;
    }

    void signer(Signer signer) {
        this.signer = signer;
    }

    PlanDraft build() {
        return new PlanDraft(kind, issuer, parentIssuer, number, place, issueDate, title, legalBasis.list(), purposes, requirements,
                targets, tasks, recipients, archive, signer, sections, description);
    }
}
