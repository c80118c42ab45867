package vn.congdoan.plan.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * What the importer understood of a plan document: a draft for an officer to check, never a plan
 * of record. Every field may be null or empty when the document did not say it; {@link ImportResult}
 * carries the findings that tell the officer why.
 *
 * @param kind        the kind of document as its own heading names it: "Kế hoạch", or for a document
 *                    that is not a plan "Hướng dẫn", "Thể lệ", "Báo cáo" ... (a NOT_A_PLAN finding says so)
 * @param issuer      the body that issues the document ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH"), with its organ
 *                    when the header names one ("... - BAN THƯỜNG VỤ")
 * @param parentIssuer the body the header names above the issuer ("LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA"), or null
 * @param archive     the "Lưu: ..." line of the Nơi nhận block (who keeps the file copy), kept apart
 *                    from the recipients because nobody receives the plan through it
 * @param sections    the document's outline (I., 1., 1.1., a) headings), so the officer sees where
 *                    every task and description block came from
 * @param description every sentence that was not turned into structure, under its section
 */
public record PlanDraft(
        String kind,
        String issuer,
        String parentIssuer,
        String number,
        String place,
        LocalDate issueDate,
        String title,
        List<Reference> legalBasis,
        List<String> purposes,
        List<String> requirements,
        List<DraftTarget> targets,
        List<DraftTask> tasks,
        List<String> recipients,
        String archive,
        Signer signer,
        List<DraftSection> sections,
        List<DescriptionBlock> description) {

    public PlanDraft {
        legalBasis = List.copyOf(legalBasis);
        purposes = List.copyOf(purposes);
        requirements = List.copyOf(requirements);
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
        recipients = List.copyOf(recipients);
        sections = List.copyOf(sections);
        description = List.copyOf(description);
    }
}
