package vn.congdoan.plan.imports;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congdoan.plan.imports.DeadlinePhrases.ParsedDeadline;

/**
 * Finds the deadline phrase inside a task's text. Plans put it in three places, tried in this order:
 * in brackets, usually at the end ("... (Hoàn thành trong tháng 8/2021)."), where the last bracket
 * that reads as a deadline wins over "(inforgrafic, poster)"; inside a report sentence ("trong báo cáo
 * hoạt động công đoàn 6 tháng và báo cáo năm"); at the start ("Trước ngày 30/11 hàng năm, ...").
 * An adverb in mid-sentence ("... thường xuyên tương tác ...") is not a deadline.
 */
final class TaskDeadlines {

    /**
     * @param start,end the span of the bracketed phrase, brackets included, so the title can drop
     *                  it; -1 when the phrase stays in the title
     */
    record Located(ParsedDeadline deadline, int start, int end) {
        boolean inBrackets() {
            return start >= 0;
        }
    }

    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]{1,90})\\)");
    private static final Pattern REPORT_PERIOD = Pattern.compile(
            "bao cao(?: [^ ,;.()]+){0,5}? 6 thang(?: va bao cao (?:ca )?nam)?");

    private TaskDeadlines() {}

    static Optional<Located> find(String text) {
        return inBrackets(text)
                .or(() -> inReportSentence(text))
                .or(() -> DeadlinePhrases.parseLeading(text).map(d -> new Located(d, -1, -1)));
    }

    private static Optional<Located> inBrackets(String text) {
        Located found = null;
        Matcher m = BRACKETS.matcher(text);
        while (m.find()) {
            Optional<ParsedDeadline> parsed = DeadlinePhrases.parse(m.group(1));
            if (parsed.isPresent()) {
                found = new Located(parsed.get(), m.start(), m.end());
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Located> inReportSentence(String text) {
        Matcher m = REPORT_PERIOD.matcher(VietText.fold(text));
        if (!m.find()) {
            return Optional.empty();
        }
        return DeadlinePhrases.parse(text.substring(m.start(), m.end())).map(d -> new Located(d, -1, -1));
    }

    /** The text without the bracketed deadline and without trailing punctuation. */
    static String withoutDeadline(String text, Located located) {
        if (!located.inBrackets()) {
            return VietText.trimEnd(text);
        }
        String cut = text.substring(0, located.start()) + text.substring(located.end());
        return VietText.trimEnd(VietText.normalize(cut.replace(" .", ".").replace(" ;", ";").replace(" ,", ",")));
    }
}
