package vn.congdoan.plan.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
        KINDS.put("chuong trinh", "Chương trình");
        KINDS.put("thong bao ket luan", "Thông báo kết luận");
        KINDS.put("thong bao", "Thông báo");
        KINDS.put("nghi quyet", "Nghị quyết");
        KINDS.put("ket luan", "Kết luận");
        KINDS.put("chi thi", "Chỉ thị");
        KINDS.put("cong van", "Công văn");
        KINDS.put("ke hoach phoi hop", "Kế hoạch phối hợp");
        KINDS.put("ke hoach lien tich", "Kế hoạch liên tịch");
        KINDS.put("ke hoach", "Kế hoạch");
        KINDS.put("quy che", "Quy chế");
        KINDS.put("quy dinh", "Quy định");
        KINDS.put("quyet dinh", "Quyết định");
        KINDS.put("huong dan", "Hướng dẫn");
        KINDS.put("thong tri", "Thông tri");
        KINDS.put("nghi dinh", "Nghị định");
        KINDS.put("thong tu", "Thông tư");
        KINDS.put("to trinh", "Tờ trình");
        KINDS.put("van ban", "Văn bản");
    }

    /** "số 02-NQ/TW", "số 6a/NQ-TLĐ", "số 39/HD - CĐN" (spaced dash), "số 29 NQ/TW" (a space for the dash). */
    private static final String NUMBER_AFTER_SO =
            "so:? ?(?<numbered>\\d+[a-z]?(?:(?: ?[-/.] ?| (?=[a-z]+/))[a-z0-9]+)*)";
    /** "các chương trình hành động số 5, 6, 7 ... -CTr/TU": several numbers sharing one code. */
    private static final String NUMBER_LIST = "so:? ?(?<list>\\d+[a-z]?(?: ?[,;] ?\\d+[a-z]?)+)(?: ?,? ?(?:…|\\.\\.\\.))? ?"
            + "(?<listCode>[-/][a-z]+(?:[-/.][a-z0-9]+)*)";
    private static final String NUMBER_WITH_CODE = "(?<coded>\\d+[a-z]?(?:[-/.][a-z0-9]+)+)";
    /** "ngày 12/6/2021", "ngày 21 tháng 9 năm 2020". */
    private static final String DATE = "(?: ?,? ngay (?<day>\\d{1,2})(?: ?[/.-] ?| thang )(?<month>\\d{1,2})"
            + "(?: ?[/.-] ?| nam )(?<year>\\d{4}))?";
    /** Where an issuer's name stops: punctuation, the next clause, or a term of office ("khóa XII"). */
    private static final String ISSUER_END = "(?=[,;:.()“”\"]|$"
            + "| (?:ve|va|thuc hien|khoa|nhiem ky|trong|tai|ngay|de|nham|dang|da|gan|ban hanh|so)(?![a-z])"
            + "|(?<!hoi nghi) lan(?![a-z]))";
    /** "của X", also glued to the date by a typing slip ("03/12/2021của"). */
    private static final String ISSUER = "(?: ?,? ?cua (?<issuer>[^,;:.()“”\"]+?)" + ISSUER_END + ")?";
    private static final Pattern REFERENCE = Pattern.compile("(?<![a-z])(?<kind>" + String.join("|", KINDS.keySet())
            + ") (?:tu |cac )?(?:" + NUMBER_LIST + "|" + NUMBER_AFTER_SO + "|" + NUMBER_WITH_CODE + ")(?![a-z0-9])"
            + DATE + ISSUER);
    /** A later "của X" in the sentence, for a reference that names no issuer of its own. */
    private static final Pattern LATER_ISSUER = Pattern.compile("(?<![a-z])cua (?<issuer>[^,;:.()“”\"]+?)" + ISSUER_END);
    /**
     * An issuer named before the reference: "đề nghị của X tại Tờ trình số ...", "Ngày 28/9/2011, X đã ban hành
     * văn bản số ..." (with its date); matched against the text just before the reference's kind.
     */
    private static final Pattern EARLIER_ISSUER = Pattern.compile("(?:cua (?<of>[^,;:.()“”\"]+?) tai"
            + "|(?:(?<![a-z])ngay (?<day>\\d{1,2}) ?/ ?(?<month>\\d{1,2}) ?/ ?(?<year>\\d{4}), )?(?<by>[^,;:.()“”\"]+?)"
            + " (?:da )?ban hanh) $");
    private static final int EARLIER_REACH = 160;
    /** A space that stands for the dash between a number and its code: "29 NQ/TW". */
    private static final Pattern SPACE_FOR_DASH = Pattern.compile("^(\\d+[a-zA-Z]?) (?=\\p{L}+/)");
    private static final int MAX_ISSUER_WORDS = 12;
    /** Verbs that start the next clause ("... Đại Từ hướng dẫn triển khai"); in a name they are capitalised. */
    private static final Pattern CLAUSE_VERB = Pattern.compile(" (?:huong dan|trien khai|to chuc|xay dung|ban hanh"
            + "|phat dong|chi dao|quy dinh|de nghi|yeu cau)(?![a-z])");

    private ReferenceRecognizer() {}

    /** The references in one NFC text, in the order they appear, repeats included. */
    static List<Reference> recognise(String written) {
        List<Reference> references = new ArrayList<>();
        String text = kindsUnglued(written);
        String folded = VietText.fold(text);
        Matcher m = REFERENCE.matcher(folded);
        while (m.find()) {
            String issuer = issuer(text, m);
            Earlier earlier = earlier(text, folded, m.start());
            for (String number : numbers(text, m)) {
                String named = issuer != null ? issuer : earlier.issuer() != null ? earlier.issuer()
                        : laterIssuer(text, folded, m.end(), number);
                LocalDate date = date(m) != null ? date(m) : earlier.date();
                references.add(new Reference(KINDS.get(m.group("kind")), number, date, named));
            }
        }
        return references;
    }

    /**
     * A kind glued to the word before it by a missing space ("… Lao động Việt NamKế hoạch số 04/KH-UBND"): a capital
     * right after a small letter that starts a kind's words is the start of a new reference, so a space goes back in.
     */
    private static String kindsUnglued(String text) {
        String folded = VietText.fold(text);
        StringBuilder unglued = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))
                    && startsKind(folded, i)) {
                unglued.append(' ');
            }
            unglued.append(text.charAt(i));
        }
        return unglued.toString();
    }

    private static boolean startsKind(String folded, int at) {
        return KINDS.keySet().stream().anyMatch(kind -> folded.startsWith(kind + " ", at));
    }

    /** What the sentence says of a reference before naming it: its issuer, and with "Ngày ..., X ban hành" its date. */
    private record Earlier(String issuer, LocalDate date) {}

    private static Earlier earlier(String text, String folded, int kindStart) {
        int from = Math.max(0, kindStart - EARLIER_REACH);
        Matcher m = EARLIER_ISSUER.matcher(folded).region(from, kindStart);
        if (!m.find()) {
            return new Earlier(null, null);
        }
        String group = m.group("of") != null ? "of" : "by";
        String issuer = text.substring(m.start(group), m.end(group)).strip();
        boolean named = !issuer.isEmpty() && Character.isUpperCase(issuer.codePointAt(0))
                && issuer.split(" ").length <= MAX_ISSUER_WORDS;
        return new Earlier(named ? issuer : null, m.group("by") != null ? date(m) : null);
    }

    /** One number, or each of a list ("5,6,7-CTr/TU" gives 5-CTr/TU, 6-CTr/TU, 7-CTr/TU). */
    private static List<String> numbers(String text, Matcher m) {
        if (m.group("list") != null) {
            String code = text.substring(m.start("listCode"), m.end("listCode"));
            return Arrays.stream(text.substring(m.start("list"), m.end("list")).split(" ?[,;] ?"))
                    .map(n -> n + code).toList();
        }
        String group = m.group("numbered") != null ? "numbered" : "coded";
        return List.of(tidy(text.substring(m.start(group), m.end(group))));
    }

    /**
     * "39/HD - CĐN" as 39/HD-CĐN and "29 NQ/TW" as 29-NQ/TW; a spaced part that is not an upper-case code
     * ("34/KH - Tổ chức") is not part of the number.
     */
    private static String tidy(String number) {
        String dashed = SPACE_FOR_DASH.matcher(number).replaceFirst("$1-");
        String[] pieces = dashed.split(" ");
        StringBuilder kept = new StringBuilder(pieces[0]);
        for (int i = 1; i < pieces.length; i++) {
            String letters = pieces[i].replaceAll("[-/.]", "");
            if (!letters.isEmpty() && !VietText.isUpperCase(letters) && !letters.chars().allMatch(Character::isDigit)) {
                break;
            }
            kept.append(pieces[i]);
        }
        return kept.toString().replaceAll("[-/.]$", "");
    }

    /**
     * The issuer of a reference that names none: a later "của X" in the same text whose initials begin
     * with the number's issuing code ("11-KH/TU" ... "của Tỉnh ủy Bình Định"), else null.
     */
    private static String laterIssuer(String text, String folded, int from, String number) {
        String code = VietText.fold(number.substring(number.lastIndexOf('/') + 1)).replaceAll("[^a-z]", "");
        if (number.indexOf('/') < 0 || code.isEmpty()) {
            return null;
        }
        Matcher later = LATER_ISSUER.matcher(folded);
        later.region(from, folded.length());
        while (later.find()) {
            String issuer = text.substring(later.start("issuer"), later.end("issuer")).strip();
            if (initials(VietText.fold(issuer)).startsWith(code) && issuer.split(" ").length <= MAX_ISSUER_WORDS) {
                return issuer;
            }
        }
        return null;
    }

    private static String initials(String foldedName) {
        StringBuilder initials = new StringBuilder();
        for (String word : foldedName.split(" ")) {
            if (!word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /** The issuer cut before a lower-case verb: "Ban Thường vụ X hướng dẫn ..." is issued by "Ban Thường vụ X". */
    private static String cutAtVerb(String issuer) {
        Matcher verb = CLAUSE_VERB.matcher(VietText.fold(issuer));
        while (verb.find()) {
            if (Character.isLowerCase(issuer.charAt(verb.start() + 1))) {
                return issuer.substring(0, verb.start()).strip();
            }
        }
        return issuer;
    }

    /** The day, month and year groups of a match as a date; null when there are none or they make no date. */
    static LocalDate date(Matcher m) {
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
        String issuer = cutAtVerb(text.substring(m.start("issuer"), m.end("issuer")).strip());
        boolean plausible = !issuer.isEmpty() && issuer.split(" ").length <= MAX_ISSUER_WORDS;
        return plausible ? issuer : null;
    }
}
