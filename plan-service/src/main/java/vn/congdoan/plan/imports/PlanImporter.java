package vn.congdoan.plan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan document (Kế hoạch) into a draft plan plus findings. Stateless and thread-safe.
 *
 * <p>Nothing is lost: every line is either turned into structure (a header field, the title, a
 * section heading, a purpose, a target, a task, a recipient, the signer) or kept as a
 * {@link DescriptionBlock} with a {@link Finding} that points at its line. Only form text carries
 * no meaning to keep: the kind heading, the national motto, "Nơi nhận:", "(Đã ký)", separator rules.
 *
 * <p>A document of another kind (Hướng dẫn, Thể lệ, Báo cáo, Công văn ...) has its header read the
 * same way; its body is kept as description and a {@link FindingCodes#NOT_A_PLAN} finding says so.
 */
public final class PlanImporter {

    /** The largest upload read, in the service and the command line alike: a plan is a few dozen kB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** A title line that carries the header: "Hướng dẫn số 1803/HD-TLĐ ngày 29 tháng 11 năm 2013 của ... về ...". */
    private static final Pattern TITLE_LINE = Pattern.compile("^(?<kind>" + DocumentKinds.alternatives() + ") so:? ?"
            + "(?<number>\\d+[a-z]?(?: ?[/.-] ?[a-z0-9]+)+)(?: ?,? ngay (?<day>\\d{1,2})(?: thang |/)(?<month>\\d{1,2})"
            + "(?: nam |/)(?<year>\\d{4}))?(?: cua (?<issuer>.+?))?(?<rest> (?:ve|v/v|huong dan|ban hanh|quy dinh"
            + "|trien khai|thuc hien|to chuc|phat dong|tuyen truyen) .*)?$");
    /** Words that open the introduction rather than continue a title. */
    private static final Pattern OPENER = Pattern.compile(
            "^(?:can cu|thuc hien|tren co so|theo|nham|de|kinh gui|ban thuong vu|ban chap hanh|thuong truc)(?![a-z])");
    /**
     * The enacting body under a Quyết định's title ("ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN ..."), in upper case: not part
     * of the title (a Ban Chấp hành or Ban Thường vụ already opens the introduction).
     */
    private static final Pattern AUTHORITY = Pattern.compile(
            "^(?:doan chu tich|ban bi thu|bo chinh tri|chu tich|hieu truong|giam doc)(?![a-z])");
    /** "(Ban hành kèm theo Quyết định số ... của X)": a Quy chế's or Quy định's issuance, after its title. */
    private static final Pattern ISSUED_WITH = Pattern.compile(
            "\\s*\\(\\s*ban hanh kem theo [^)]*?(?: cua (?<issuer>[^)]+))?\\)?\\.?$");
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_TITLE_LENGTH = 200;

    /** Reads plain text (UTF-8, any line ending, with or without BOM) or a .docx. */
    public ImportResult importDocument(byte[] bytes, String fileName) {
        return importLines(PlanDocumentReader.read(bytes, fileName));
    }

    /** Reads the lines of a document; line numbers in the result are 1-based indexes into them. */
    public ImportResult importLines(List<String> rawLines) {
        Findings findings = new Findings();
        DraftBuilder draft = new DraftBuilder(findings);
        HeaderRecognizer header = new HeaderRecognizer();
        DocumentLayout layout = DocumentLayout.of(SourceLine.number(rawLines));
        readHeader(layout.header(), header, draft, findings);
        List<Paragraph> main = ParagraphAssembler.assemble(layout.main());
        String kind = layout.marker().map(line -> DocumentKinds.heading(line.text()).orElseThrow().kind()).orElse(null);
        List<Paragraph> body;
        if (kind == null && !main.isEmpty() && titleLine(main.get(0), header, draft)) {
            kind = DocumentKinds.kindOf(VietText.fold(main.get(0).text()).split(" so")[0]);
            body = main.subList(1, main.size());
        } else {
            body = readTitle(layout, main, header, draft, findings);
        }
        kind = kind != null ? kind : header.kindOfNumber();
        kind = kind == null && header.subject() != null ? DocumentKinds.OFFICIAL_LETTER : kind;
        draft.kind(kind);
        if (kind == null || DocumentKinds.PLAN.equals(kind)) {
            if (kind == null) {
                findings.warn(0, FindingCodes.UNKNOWN_DOCUMENT_KIND,
                        "No heading names the document's kind ('KẾ HOẠCH'); it was read as a plan", null);
            }
            new BodyInterpreter(draft, findings, header).read(Outline.build(body));
        } else {
            findings.warn(0, FindingCodes.NOT_A_PLAN, "This document is a " + kind + ", not a Kế hoạch: its header "
                    + "was read, its body kept as description, and no targets or tasks were taken from it", kind);
            describeAll(body, draft, findings);
        }
        header.complete(draft, findings);
        draft.dropSelfReference(header.number());
        new ClosingRecognizer(draft, findings).read(layout.closing());
        return new ImportResult(draft.build(), findings.inLineOrder());
    }

    private static void readHeader(List<SourceLine> lines, HeaderRecognizer header, DraftBuilder draft,
                                   Findings findings) {
        for (SourceLine line : lines) {
            for (String text : HeaderRecognizer.cells(line.raw())) {
                if (!header.acceptHeaderCell(text)) {
                    draft.describe("", line.number(), text);
                    findings.info(line.number(), FindingCodes.UNSTRUCTURED_TEXT,
                            "Header text kept as description", text);
                }
            }
        }
    }

    /** Reads "Hướng dẫn số N ngày ... của ISSUER về ..." standing for the whole header; false if it is not one. */
    private static boolean titleLine(Paragraph first, HeaderRecognizer header, DraftBuilder draft) {
        String text = first.text();
        Matcher m = TITLE_LINE.matcher(VietText.fold(text));
        if (first.marker() != Paragraph.Marker.TEXT || !m.matches()) {
            return false;
        }
        header.fromTitleLine(text.substring(m.start("number"), m.end("number")).replace(" ", ""), ReferenceRecognizer.date(m),
                m.group("issuer") == null ? null : text.substring(m.start("issuer"), m.end("issuer")).strip());
        String title = m.group("rest") == null ? null : text.substring(m.start("rest")).strip();
        if (title != null) {
            draft.title(VietText.trimEnd(title));
        }
        draft.cites(text, first.line());
        return true;
    }

    /**
     * The title is what follows the kind heading on its line, and the paragraphs after it that read as a
     * title (short, not opening the introduction), or a letter's "V/v" subject. Returns the body.
     */
    private static List<Paragraph> readTitle(DocumentLayout layout, List<Paragraph> main, HeaderRecognizer header,
                                             DraftBuilder draft, Findings findings) {
        int first = 0;
        while (first < main.size() && header.acceptField(main.get(first).text())) {
            first++;
        }
        List<String> title = new ArrayList<>();
        List<Integer> titleLines = new ArrayList<>();
        String onMarkerLine = layout.marker().map(PlanImporter::afterMarker).orElse("");
        int line = layout.marker().map(SourceLine::number).orElse(0);
        if (!onMarkerLine.isEmpty()) {
            title.add(onMarkerLine);
            titleLines.add(line);
        }
        while (layout.marker().isPresent() && first < main.size() && title.size() < MAX_TITLE_LINES
                && readsAsTitle(main.get(first), title)) {
            line = title.isEmpty() ? main.get(first).line() : line;
            title.add(main.get(first).text());
            titleLines.add(main.get(first).line());
            first++;
        }
        withoutIssuance(title, titleLines, header, draft, findings);
        if (title.isEmpty() && header.subject() != null) {
            title.add(header.subject());
        }
        if (!title.isEmpty()) {
            title.set(0, HeaderRecognizer.withoutSubjectMark(title.get(0)).strip());
        }
        if (title.isEmpty()) {
            String heading = layout.marker().map(SourceLine::text).orElse("KẾ HOẠCH");
            findings.warn(0, FindingCodes.MISSING_TITLE, "No title after '" + heading + "'", null);
        } else {
            String joined = VietText.trimEnd(String.join(" ", title));
            draft.title(joined);
            draft.cites(joined, line);
        }
        return main.subList(first, main.size());
    }

    /** The first plain paragraph; after it, one that is short, not the introduction's opening, not a lead-in (':'). */
    private static boolean readsAsTitle(Paragraph paragraph, List<String> titleSoFar) {
        String text = paragraph.text();
        if (paragraph.marker() != Paragraph.Marker.TEXT || titleSoFar.isEmpty() || HeaderRecognizer.isField(text)) {
            return paragraph.marker() == Paragraph.Marker.TEXT && !HeaderRecognizer.isField(text);
        }
        String folded = VietText.fold(text);
        return !text.endsWith(":") && text.length() <= MAX_TITLE_LENGTH && !text.contains(". ")
                && !OPENER.matcher(folded).lookingAt()
                && !(VietText.isUpperCase(text) && AUTHORITY.matcher(folded).lookingAt());
    }

    /**
     * Cuts a "(Ban hành kèm theo Quyết định ... của X)" that follows the title off its lines; X is the issuer
     * when the header names none (a Quy chế printed without its own header). The issuance is kept as
     * description on its own line.
     */
    private static void withoutIssuance(List<String> title, List<Integer> lines, HeaderRecognizer header,
                                        DraftBuilder draft, Findings findings) {
        String joined = String.join(" ", title);
        Matcher m = ISSUED_WITH.matcher(VietText.fold(joined));
        if (!m.find() || m.start() == 0) {
            return;
        }
        int part = 0;
        for (int end = title.get(0).length(); end <= m.start() && part + 1 < title.size(); end += 1 + title.get(part).length()) {
            part++;
        }
        String issuance = joined.substring(m.start()).strip();
        draft.describe("", lines.get(part), issuance);
        findings.info(lines.get(part), FindingCodes.UNSTRUCTURED_TEXT, "How the document was issued, after its title; "
                + "kept as description", issuance);
        if (m.group("issuer") != null) {
            header.fromTitleLine(null, null, VietText.trimEnd(joined.substring(m.start("issuer"), m.end("issuer")).strip()));
        }
        title.clear();
        title.add(joined.substring(0, m.start()).strip());
    }

    private static void describeAll(List<Paragraph> body, DraftBuilder draft, Findings findings) {
        for (Paragraph p : body) {
            draft.cites(p.text(), p.line());
            draft.describe("", p.line(), p.text());
            findings.info(p.line(), FindingCodes.UNSTRUCTURED_TEXT, "Body of a document that is not a plan; kept "
                    + "as description", p.text());
        }
    }

    private static String afterMarker(SourceLine marker) {
        return DocumentKinds.heading(marker.text())
                .map(h -> marker.text().substring(h.end()).replaceFirst("^\\s*:?\\s*", "").strip())
                .orElse("");
    }
}
