package vn.congdoan.plan.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of administrative document (thể thức văn bản) a union or party body issues, told from the
 * upper-case heading that names them ("KẾ HOẠCH", "HƯỚNG DẪN", "THỂ LỆ"), or from the kind code of a
 * document number ("115-CV/TU" is a Công văn, "34/KH-LĐLĐ" a Kế hoạch).
 */
final class DocumentKinds {

    static final String PLAN = "Kế hoạch";
    static final String OFFICIAL_LETTER = "Công văn";

    /** Folded heading → the kind as written in Vietnamese. Longest first, so "thông báo kết luận" wins. */
    private static final Map<String, String> HEADINGS = new LinkedHashMap<>();
    /** Kind code of a number (folded) → kind. */
    private static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        HEADINGS.put("ke ?hoach", PLAN);
        HEADINGS.put("huong dan", "Hướng dẫn");
        HEADINGS.put("the le", "Thể lệ");
        HEADINGS.put("quyet dinh", "Quyết định");
        HEADINGS.put("bao cao", "Báo cáo");
        HEADINGS.put("chuong trinh", "Chương trình");
        HEADINGS.put("thong tri", "Thông tri");
        HEADINGS.put("thong bao", "Thông báo");
        HEADINGS.put("quy che", "Quy chế");
        HEADINGS.put("quy dinh", "Quy định");
        HEADINGS.put("nghi quyet", "Nghị quyết");
        HEADINGS.put("chi thi", "Chỉ thị");
        HEADINGS.put("ket luan", "Kết luận");
        HEADINGS.put("to trinh", "Tờ trình");
        HEADINGS.put("dieu le", "Điều lệ");
        HEADINGS.put("cong van", OFFICIAL_LETTER);
        CODES.put("kh", PLAN);
        CODES.put("khlt", PLAN);
        CODES.put("khph", PLAN);
        CODES.put("hd", "Hướng dẫn");
        CODES.put("hdlt", "Hướng dẫn");
        CODES.put("qd", "Quyết định");
        CODES.put("bc", "Báo cáo");
        CODES.put("ctr", "Chương trình");
        CODES.put("tt", "Thông tri");
        CODES.put("tb", "Thông báo");
        CODES.put("qc", "Quy chế");
        CODES.put("nq", "Nghị quyết");
        CODES.put("ct", "Chỉ thị");
        CODES.put("kl", "Kết luận");
        CODES.put("ttr", "Tờ trình");
        CODES.put("cv", OFFICIAL_LETTER);
    }

    private static final Pattern HEADING = Pattern.compile("^(?:[-–]\\s*)?(?<kind>" + String.join("|", HEADINGS.keySet())
            + ")(?<alone>\\s*:?\\s*$)?(?:$|[\\s:])");
    /** The kind code in a number: the letters after its digits ("34/KH-LĐLĐ", "115-CV/TU", "02/KHLT/..."). */
    private static final Pattern NUMBER_CODE = Pattern.compile("^\\d*[a-z]?\\s*[/.-]\\s*(?<code>[a-z]+)");

    private DocumentKinds() {}

    /**
     * The kind named by a heading at the start of {@code text}, with where its words end: an upper-case
     * heading, or the kind's words alone on their line in any case ("báo cáo" from an old-font file).
     */
    static Optional<Heading> heading(String text) {
        Matcher m = HEADING.matcher(VietText.fold(text));
        if (!m.lookingAt() || m.group("alone") == null && !VietText.isUpperCase(text.substring(0, m.end("kind")))) {
            return Optional.empty();
        }
        return Optional.of(new Heading(kindOf(m.group("kind")), m.end("kind")));
    }

    /** The kind a number's code names ("KH" → Kế hoạch), if it names one. */
    static Optional<String> ofNumber(String number) {
        Matcher m = NUMBER_CODE.matcher(VietText.fold(number));
        return m.lookingAt() ? Optional.ofNullable(CODES.get(m.group("code"))) : Optional.empty();
    }

    /** The kind as written for a folded kind name. */
    static String kindOf(String folded) {
        for (Map.Entry<String, String> kind : HEADINGS.entrySet()) {
            if (folded.matches(kind.getKey())) {
                return kind.getValue();
            }
        }
        return null;
    }

    /** The folded kind names, for patterns that look for a kind in running text. */
    static String alternatives() {
        return String.join("|", HEADINGS.keySet());
    }

    /** @param end where the kind's words end in the text */
    record Heading(String kind, int end) {}
}
