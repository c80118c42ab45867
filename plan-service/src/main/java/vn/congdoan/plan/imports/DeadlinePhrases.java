package vn.congdoan.plan.imports;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congdoan.plan.imports.DeadlineForms.Form;
import vn.congdoan.plan.imports.DeadlineForms.Reading;
import vn.congdoan.plan.deadline.DeadlineRule;

/**
 * Reads the deadline phrases of Vietnamese plans (design brief §5) into {@link DeadlineRule}s.
 *
 * <p>Phrases are matched whole, on a folded copy (no diacritics, lower case), so "hằng năm",
 * "hàng năm" and "hang nam", "quý IV", "quý 4" and "Q.IV", "THƯỜNG XUYÊN" and "thuong xuyen" read
 * alike, while the phrase handed back keeps its diacritics. Words that carry no date ("Hoàn thành",
 * "Thực hiện", "trong", "vào") may stand in front. A phrase that names no period ("Thường xuyên và
 * theo định kỳ") comes back ambiguous with an Ongoing rule rather than guessed; a day the phrase
 * leaves open ("hằng năm") is assumed and noted. The forms themselves are in {@link DeadlineForms}.
 */
public final class DeadlinePhrases {

    /**
     * @param phrase    the phrase as written, NFC, brackets and trailing punctuation removed
     * @param ambiguous the phrase does not say when; {@code rule} is then Ongoing, for the officer to fix
     * @param note      why the reading is uncertain or what was assumed; null when nothing was
     */
    public record ParsedDeadline(DeadlineRule rule, String phrase, boolean ambiguous, String note) {}

    /** "Hoàn thành", "thực hiện", "triển khai": verbs in front of the date. */
    private static final Pattern VERBS = Pattern.compile("^(?:(?:hoan thanh|thuc hien|trien khai)\\s+){1,2}");
    private static final Pattern EDGES = Pattern.compile("^[\\s(\\[\\-–]+|[\\s)\\].,;:]+$");
    private static final int LEADING_WORDS = 12;

    private DeadlinePhrases() {}

    /** Reads a phrase that is a deadline and nothing else, brackets and "Hoàn thành" allowed. */
    public static Optional<ParsedDeadline> parse(String phrase) {
        String text = EDGES.matcher(VietText.normalize(phrase)).replaceAll("");
        String folded = VERBS.matcher(VietText.fold(text)).replaceFirst("");
        for (Form form : DeadlineForms.FORMS) {
            Matcher m = form.pattern().matcher(folded);
            if (m.matches()) {
                return Optional.of(read(form, m, text));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the longest deadline phrase a text starts with: "Trước ngày 30/11 hàng năm, các cấp công
     * đoàn ..." or "Thường xuyên phối hợp ...". Only the first dozen words are tried.
     */
    public static Optional<ParsedDeadline> parseLeading(String text) {
        String normalized = VietText.normalize(text);
        List<Integer> ends = wordEnds(normalized);
        for (int i = ends.size() - 1; i >= 0; i--) {
            Optional<ParsedDeadline> parsed = parse(normalized.substring(0, ends.get(i)));
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    private static ParsedDeadline read(Form form, Matcher m, String text) {
        try {
            Reading reading = form.reading().apply(m);
            return new ParsedDeadline(reading.rule(), text, reading.ambiguous(), reading.note());
        } catch (DateTimeException e) {
            return new ParsedDeadline(new DeadlineRule.Ongoing(), text, true,
                    "the phrase names a date that does not exist (" + e.getMessage() + ")");
        }
    }

    /** Where each of the first words ends, a comma not counted as part of a word. */
    private static List<Integer> wordEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 1; i <= text.length() && ends.size() < LEADING_WORDS; i++) {
            boolean boundary = i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == ',';
            if (boundary && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != ',') {
                ends.add(i);
            }
        }
        return ends;
    }
}
