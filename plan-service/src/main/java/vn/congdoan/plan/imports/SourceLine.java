package vn.congdoan.plan.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * One input line: its 1-based number, the raw text (tabs kept, for table cells) and the tidied NFC text.
 */
record SourceLine(int number, String raw, String text) {

    static List<SourceLine> number(List<String> rawLines) {
        List<SourceLine> lines = new ArrayList<>(rawLines.size());
        for (int i = 0; i < rawLines.size(); i++) {
            String raw = rawLines.get(i);
            lines.add(new SourceLine(i + 1, raw, VietText.normalize(raw)));
        }
        return lines;
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    String folded() {
        return VietText.fold(text);
    }
}
