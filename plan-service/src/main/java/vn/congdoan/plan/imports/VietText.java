package vn.congdoan.plan.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text helpers for Vietnamese documents as officers actually type them.
 *
 * <p>Output text is NFC with its whitespace tidied; matching runs on a <em>folded</em> copy (lower
 * case, no diacritics, đ as d) so that "hằng năm", "hàng năm" and "hang nam" are one phrase. The
 * folded copy has exactly one char per char of the NFC text, so a match in it is also the span of
 * the original words, which is what the draft keeps.
 */
final class VietText {

    /** BOM and zero-width characters that word processors leave behind; they carry no text. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B\\u200C\\u200D\\u2060]");
    /** Tabs, no-break and other odd spaces, runs of them: one plain space. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");
    /**
     * Table cells flattened into text: a tab, a wide gap, a web page's cell bar "|", or a separator rule
     * ("-------") left beside the cell it stood under.
     */
    private static final Pattern CELL_GAP = Pattern.compile("\\t+|[ \\u00A0]{3,}|\\s*\\|\\s*|\\s+[-_=]{3,}\\s*");
    private static final Pattern LEADING_QUOTES = Pattern.compile("^[\"'“‘«(\\[]+");

    private VietText() {}

    /** NFC, invisible characters removed, whitespace runs as one space, trimmed. */
    static String normalize(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        String visible = INVISIBLE.matcher(nfc).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /** The matching copy: same length as {@code nfc}, lower case, diacritics stripped, đ as d. */
    static String fold(String nfc) {
        StringBuilder folded = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            folded.append(foldChar(nfc.charAt(i)));
        }
        return folded.toString();
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ' || c == 'Ð' || c == 'ð') {
            return 'd';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(decomposed.charAt(0));
    }

    /** Splits a raw line into the cells of a flattened table (header and signature blocks). */
    static String[] cells(String raw) {
        return CELL_GAP.split(raw);
    }

    /** True when the first letter, after quotes and brackets, is lower case: the line goes on a sentence. */
    static boolean startsLowercase(String text) {
        String rest = LEADING_QUOTES.matcher(text).replaceFirst("");
        return !rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0));
    }

    /** True for "KẾ HOẠCH", "CHỦ TỊCH": letters present and none of them lower case. */
    static boolean isUpperCase(String text) {
        return text.chars().anyMatch(Character::isLetter)
                && text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** Strips trailing sentence punctuation and spaces that a field should not keep ("Bộ Chính trị;"). */
    static String trimEnd(String text) {
        return text.replaceFirst("[\\s.,;:]+$", "");
    }
}
