package vn.congdoan.plan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan document (Kế hoạch) into a draft plan plus findings. Stateless and thread-safe.
 *
 * <p>Nothing is lost: every line is either turned into structure (a header field, the title, a
 * section heading, a purpose, a target, a task, a recipient, the signer) or kept as a
 * {@link DescriptionBlock} with a {@link Finding} that points at its line. Only form text carries
 * no meaning to keep: "KẾ HOẠCH", the national motto, "Nơi nhận:", "(Đã ký)", separator rules.
 */
public final class PlanImporter {

    private static final Pattern MARKER_REST = Pattern.compile("^ke ?hoach\\s*:?\\s*");

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
        List<Paragraph> body = readTitle(layout, main, header, draft, findings);
        new BodyInterpreter(draft, findings, header).read(Outline.build(body));
        header.complete(draft, findings);
        new ClosingRecognizer(draft, findings).read(layout.closing());
        return new ImportResult(draft.build(), findings.inLineOrder());
    }

    private static void readHeader(List<SourceLine> lines, HeaderRecognizer header, DraftBuilder draft,
                                   Findings findings) {
        for (SourceLine line : lines) {
            for (String cell : VietText.cells(line.raw())) {
                String text = VietText.normalize(cell);
                if (!text.isEmpty() && !header.acceptHeaderCell(text)) {
                    draft.describe("", line.number(), text);
                    findings.info(line.number(), FindingCodes.UNSTRUCTURED_TEXT,
                            "Header text kept as description", text);
                }
            }
        }
    }

    /**
     * The title is what follows "KẾ HOẠCH" on its line, or else the first paragraph after it (joined
     * across hard line breaks). Returns the paragraphs of the body, title excluded.
     */
    private static List<Paragraph> readTitle(DocumentLayout layout, List<Paragraph> main, HeaderRecognizer header,
                                             DraftBuilder draft, Findings findings) {
        int first = 0;
        while (first < main.size() && header.acceptField(main.get(first).text())) {
            first++;
        }
        String onMarkerLine = layout.marker().map(PlanImporter::afterMarker).orElse("");
        if (!onMarkerLine.isEmpty()) {
            title(onMarkerLine, layout.marker().get().number(), draft);
            return main.subList(first, main.size());
        }
        if (layout.marker().isEmpty() || first == main.size() || main.get(first).marker() != Paragraph.Marker.TEXT) {
            findings.warn(0, FindingCodes.MISSING_TITLE, "No title after 'KẾ HOẠCH'", null);
            return main.subList(first, main.size());
        }
        title(main.get(first).text(), main.get(first).line(), draft);
        return main.subList(first + 1, main.size());
    }

    private static void title(String title, int line, DraftBuilder draft) {
        draft.title(title);
        draft.cites(title, line);
    }

    private static String afterMarker(SourceLine marker) {
        Matcher m = MARKER_REST.matcher(VietText.fold(marker.text()));
        return m.lookingAt() ? marker.text().substring(m.end()) : "";
    }
}
