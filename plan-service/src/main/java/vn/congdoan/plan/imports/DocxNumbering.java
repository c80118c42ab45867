package vn.congdoan.plan.imports;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes out Word's automatic numbering, which is not in a paragraph's text: bullets as "-" (first
 * level) or "+" (deeper), numbers by counting paragraphs per list and level, formatted by the level's
 * text ("%1.%2."). Start overrides and restarts defined in styles are not followed.
 */
final class DocxNumbering {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII"};
    private static final int LEVELS = 9;

    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The numbering to put before the paragraph's text, "" when it has none. */
    String label(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        String format = paragraph.getNumFmt();
        if (numId == null || format == null || "none".equals(format)) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
        if ("bullet".equals(format)) {
            return level == 0 ? "- " : "+ ";
        }
        int[] count = counters.computeIfAbsent(numId, id -> new int[LEVELS]);
        count[level]++;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        return text(paragraph.getNumLevelText(), level, format, count) + " ";
    }

    private static String text(String levelText, int level, String format, int[] count) {
        String pattern = levelText == null ? "%" + (level + 1) + "." : levelText;
        for (int i = 0; i <= level; i++) {
            String value = i == level ? formatted(count[i], format) : String.valueOf(Math.max(count[i], 1));
            pattern = pattern.replace("%" + (i + 1), value);
        }
        return pattern;
    }

    private static String formatted(int n, String format) {
        return switch (format) {
            case "upperRoman" -> n < ROMAN.length ? ROMAN[n] : String.valueOf(n);
            case "lowerRoman" -> n < ROMAN.length ? ROMAN[n].toLowerCase() : String.valueOf(n);
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            default -> String.valueOf(n);
        };
    }
}
