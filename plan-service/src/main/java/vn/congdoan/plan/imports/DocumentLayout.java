package vn.congdoan.plan.imports;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts a document into its regions: the administrative header above the heading that names its kind
 * ("KẾ HOẠCH", "HƯỚNG DẪN", "BÁO CÁO" ...), the title and body, and the closing block from "Nơi nhận:" or
 * the signer's capacity on. Each region is read its own way. A Công văn names no kind: its header ends
 * at "Kính gửi". Other documents without a heading have no header.
 *
 * @param marker the heading line; empty when the document has none
 */
record DocumentLayout(List<SourceLine> header, Optional<SourceLine> marker, List<SourceLine> main,
                      List<SourceLine> closing) {

    private static final Pattern ADDRESSEE = Pattern.compile("^kinh gui\\b");
    private static final Pattern NUMBER_FIELD = Pattern.compile("^so\\s*:?\\s*[\\d./…_ ]*[/-]");
    private static final Pattern CLOSING = Pattern.compile("^(?:noi nhan|(?:tm|kt|tl|tuq)\\.\\s)");
    private static final int HEADER_SEARCH_LINES = 40;

    static DocumentLayout of(List<SourceLine> lines) {
        int marker = markerIndex(lines);
        if (marker < 0) {
            int addressee = addresseeIndex(lines);
            int closing = closingIndex(lines, addressee);
            return new DocumentLayout(lines.subList(0, addressee), Optional.empty(),
                    lines.subList(addressee, closing), lines.subList(closing, lines.size()));
        }
        int closing = closingIndex(lines, marker + 1);
        return new DocumentLayout(
                lines.subList(0, marker),
                Optional.of(lines.get(marker)),
                lines.subList(marker + 1, closing),
                lines.subList(closing, lines.size()));
    }

    /** The first upper-case kind heading near the top; "Kế hoạch" in a sentence is not it. */
    private static int markerIndex(List<SourceLine> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEADER_SEARCH_LINES); i++) {
            if (DocumentKinds.heading(lines.get(i).text()).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** A letter's "Kính gửi" line when a "Số: ..." field stands above it; else 0 (no header). */
    private static int addresseeIndex(List<SourceLine> lines) {
        boolean numbered = false;
        for (int i = 0; i < Math.min(lines.size(), HEADER_SEARCH_LINES); i++) {
            String folded = lines.get(i).folded();
            numbered |= NUMBER_FIELD.matcher(folded).lookingAt();
            if (ADDRESSEE.matcher(folded).lookingAt()) {
                return numbered ? i : 0;
            }
        }
        return 0;
    }

    private static int closingIndex(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            for (String cell : VietText.cells(lines.get(i).raw())) {
                if (CLOSING.matcher(VietText.fold(VietText.normalize(cell))).lookingAt()) {
                    return i;
                }
            }
        }
        return lines.size();
    }
}
