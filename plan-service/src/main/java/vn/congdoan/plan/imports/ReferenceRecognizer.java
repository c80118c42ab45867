package vn.congdoan.plan.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to other documents: "Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị",
 * "Quy định 101-QĐ/TW, ngày 06/7/2012 của Ban Bí thư", "Kết luận số 01-KL/TW".
 *
 * <p>A kind needs a number to be a reference: after "số", or one carrying its issuing code
 * ("02-NQ/TW"), so "Nghị quyết Đại hội XIII" and "Kế hoạch thực hiện" are not references. The issuer
 * is the "của ..." that follows, cut before the words that start the next clause ("về", "và",
 * "khóa"), because "của Bộ Chính trị khóa XII về ..." is issued by the Bộ Chính trị.
 */
final class ReferenceRecognizer {

    /** Folded kind → the kind as written in Vietnamese. The longest kinds first. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("chuong trinh hanh dong", "Chương trình hành động");
        KINDS.put("nghi quyet", "Nghị quyết");
        KINDS.put("ket luan", "Kết luận");
        KINDS.put("chi thi", "Chỉ thị");
        KINDS.put("cong van", "Công văn");
        KINDS.put("ke hoach", "Kế hoạch");
        KINDS.put("quy dinh", "Quy định");
        KINDS.put("quyet dinh", "Quyết định");
        KINDS.put("huong dan", "Hướng dẫn");
        KINDS.put("thong tri", "Thông tri");
    }

    private static final String NUMBER_AFTER_SO = "so:? ?(?<numbered>\\d+(?:[-/.][a-z0-9]+)*)";
    private static final String NUMBER_WITH_CODE = "(?<coded>\\d+(?:[-/.][a-z0-9]+)+)";
    private static final String DATE =
            "(?: ?,? ngay (?<day>\\d{1,2}) ?[/.-] ?(?<month>\\d{1,2}) ?[/.-] ?(?<year>\\d{4}))?";
    /** Where an issuer's name stops: punctuation, the next clause, or a term of office ("khóa XII"). */
    private static final String ISSUER_END = "(?=[,;:.()“”\"]|$"
            + "| (?:ve|va|thuc hien|khoa|nhiem ky|trong|tai|ngay|de|nham|dang|da|gan|lan|ban hanh|so)(?![a-z]))";
    private static final String ISSUER = "(?: ?,? cua (?<issuer>[^,;:.()“”\"]+?)" + ISSUER_END + ")?";
    private static final Pattern REFERENCE = Pattern.compile("(?<![a-z])(?<kind>" + String.join("|", KINDS.keySet())
            + ") (?:" + NUMBER_AFTER_SO + "|" + NUMBER_WITH_CODE + ")(?![a-z0-9])" + DATE + ISSUER);
    private static final int MAX_ISSUER_WORDS = 8;

    private ReferenceRecognizer() {}

    /** The references in one NFC text, in the order they appear, repeats included. */
    static List<Reference> recognise(String text) {
        List<Reference> references = new ArrayList<>();
        Matcher m = REFERENCE.matcher(VietText.fold(text));
        while (m.find()) {
            references.add(new Reference(KINDS.get(m.group("kind")), number(text, m), date(m), issuer(text, m)));
        }
        return references;
    }

    private static String number(String text, Matcher m) {
        String group = m.group("numbered") != null ? "numbered" : "coded";
        return text.substring(m.start(group), m.end(group));
    }

    private static LocalDate date(Matcher m) {
        if (m.group("year") == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                    Integer.parseInt(m.group("day")));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String issuer(String text, Matcher m) {
        if (m.group("issuer") == null) {
            return null;
        }
        String issuer = text.substring(m.start("issuer"), m.end("issuer")).strip();
        boolean plausible = !issuer.isEmpty() && issuer.split(" ").length <= MAX_ISSUER_WORDS;
        return plausible ? issuer : null;
    }
}
