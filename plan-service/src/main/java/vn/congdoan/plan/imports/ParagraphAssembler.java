package vn.congdoan.plan.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins the hard line breaks that officers and converters put inside sentences, so that a task and
 * its deadline, or a title broken over three lines, are read as one.
 *
 * <p>A plain line (no numbering, no bullet) goes on the previous paragraph when it starts with a
 * lower-case letter (even across blank lines: seed 004's title), when it is a parenthesised deadline
 * on a line of its own, or when it directly follows a sentence that has not ended. A numbered line
 * absorbs an upper-case line only when it stops on a word that cannot end a sentence ("... và hơn 65%
 * trở lên" / "ĐVNLĐ trong ..."), since "2.2. Tổ chức Hội nghị" followed by "Tuỳ theo ..." is a heading
 * and its paragraph. A number or date on a line of its own ("Quyết định số" / "168/QĐ-TLĐ" / "ngày" /
 * "09/01/2013") goes on the sentence it was broken out of, upper-case code and all.
 */
final class ParagraphAssembler {

    private static final Set<Paragraph.Marker> SENTENCES = EnumSet.of(
            Paragraph.Marker.TEXT, Paragraph.Marker.DASH, Paragraph.Marker.PLUS, Paragraph.Marker.LETTERED);
    /** A sentence ends on . ; : ! ? … or a closing bracket, quotes aside. */
    private static final Pattern ENDED = Pattern.compile("[.;:!?…)]['\"”’»]*$");
    /** Openers of a new paragraph of a plan's introduction, never a continuation. */
    /** Words a sentence cannot stop on: conjunctions, prepositions, "trở lên". */
    private static final Pattern DANGLING = Pattern.compile(
            "(?<![a-z])(?:va|hoac|cua|cac|nhung|cho|voi|trong|o|tai|theo|ve|de|nham|den|nhu|bang|ma"
                    + "|duoc|la|hon|tro len|so|ngay)$");
    private static final Pattern OPENER = Pattern.compile("^(?:can cu|thuc hien|tren day)\\b");

    private ParagraphAssembler() {}

    static List<Paragraph> assemble(List<SourceLine> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean blankBefore = false;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                blankBefore = true;
                continue;
            }
            Paragraph next = Paragraph.of(line);
            int last = paragraphs.size() - 1;
            if (last >= 0 && continues(paragraphs.get(last), next, blankBefore)) {
                paragraphs.set(last, paragraphs.get(last).join(next.text()));
            } else {
                paragraphs.add(next);
            }
            blankBefore = false;
        }
        return paragraphs;
    }

    private static boolean continues(Paragraph previous, Paragraph next, boolean blankBefore) {
        if (next.marker() != Paragraph.Marker.TEXT || HeaderRecognizer.isField(next.text())) {
            return false;
        }
        if (VietText.startsLowercase(next.text()) || isDeadlineOnItsOwn(next.text())) {
            return true;
        }
        return !blankBefore
                && (!VietText.isUpperCase(next.text()) || Character.isDigit(next.text().charAt(0)))
                && !OPENER.matcher(VietText.fold(next.text())).find()
                && unfinished(previous);
    }

    private static boolean unfinished(Paragraph previous) {
        if (ENDED.matcher(previous.text()).find() || previous.marker().compareTo(Paragraph.Marker.ROMAN) <= 0) {
            return false;
        }
        return SENTENCES.contains(previous.marker()) || DANGLING.matcher(VietText.fold(previous.text())).find();
    }

    private static boolean isDeadlineOnItsOwn(String text) {
        return text.startsWith("(") && DeadlinePhrases.parse(text).isPresent();
    }
}
