package vn.congdoan.plan.imports;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts a plan into its regions: the administrative header above "KẾ HOẠCH", the title and body,
 * and the closing block from "Nơi nhận:" or the signer's capacity on. Each region is read its own way.
 *
 * @param marker the "KẾ HOẠCH" line; empty when the document has none (then there is no header)
 */
record DocumentLayout(List<SourceLine> header, Optional<SourceLine> marker, List<SourceLine> main,
                      List<SourceLine> closing) {

    private static final Pattern MARKER = Pattern.compile("^ke ?hoach(?:$|[\\s:])");
    private static final Pattern CLOSING = Pattern.compile("^(?:noi nhan|(?:tm|kt|tl|tuq)\\.\\s)");
    private static final int HEADER_SEARCH_LINES = 40;

    static DocumentLayout of(List<SourceLine> lines) {
        int marker = markerIndex(lines);
        int closing = closingIndex(lines, marker + 1);
        return new DocumentLayout(
                lines.subList(0, Math.max(marker, 0)),
                marker < 0 ? Optional.empty() : Optional.of(lines.get(marker)),
                lines.subList(marker + 1, closing),
                lines.subList(closing, lines.size()));
    }

    /** The first upper-case "KẾ HOẠCH" near the top; "Kế hoạch" in a sentence is not it. */
    private static int markerIndex(List<SourceLine> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEADER_SEARCH_LINES); i++) {
            String text = lines.get(i).text();
            String head = text.substring(0, Math.min("KẾ HOẠCH".length(), text.length()));
            if (MARKER.matcher(VietText.fold(text)).lookingAt() && VietText.isUpperCase(head)) {
                return i;
            }
        }
        return -1;
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
