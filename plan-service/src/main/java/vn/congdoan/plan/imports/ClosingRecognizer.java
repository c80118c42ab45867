package vn.congdoan.plan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the block after the body: "Nơi nhận:" with its "- X;" recipients and the "- Lưu: VT, ..."
 * archive line, and the signature ("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(Đã ký)", the name). In the
 * document these are two table columns, so they arrive in either order or side by side in one
 * tab-separated line; each cell is read on its own.
 */
final class ClosingRecognizer {

    private static final Pattern RECIPIENTS_HEADING = Pattern.compile("^noi nhan\\s*:?\\s*");
    private static final Pattern ARCHIVE = Pattern.compile("^(?:[-–+•]\\s*)?luu\\s*:?\\s*");
    private static final Pattern BULLET = Pattern.compile("^[-–+•]\\s*");
    /** TM. (on behalf of), KT. (signing for), TL., TUQ., Q. (acting). */
    private static final Pattern CAPACITY = Pattern.compile("^(?:tm|kt|tl|tuq|q)\\.\\s*\\S");
    private static final Pattern SIGNED = Pattern.compile("^[(\\[]?\\s*da ky(?: va dong dau)?\\s*[)\\]]?$");
    /** A person's name: two to six capitalised words, letters only. */
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){1,5}$");

    /** A "Nơi nhận" list is a few dozen short lines; past that, a repeated or run-on file is not a list. */
    static final int MAX_RECIPIENTS = 40;
    private static final int MAX_RECIPIENT_LENGTH = 150;

    private final DraftBuilder draft;
    private int recipients;
    private boolean boundReported;
    private final Findings findings;
    private String capacity;
    private String position;
    private String name;

    ClosingRecognizer(DraftBuilder draft, Findings findings) {
        this.draft = draft;
        this.findings = findings;
    }

    void read(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            for (String cell : VietText.cells(line.raw())) {
                String text = VietText.normalize(cell);
                if (!text.isEmpty()) {
                    readCell(text, line.number());
                }
            }
        }
        complete();
    }

    private void readCell(String text, int line) {
        String folded = VietText.fold(text);
        Matcher m;
        if ((m = RECIPIENTS_HEADING.matcher(folded)).lookingAt()) {
            if (m.end() < text.length()) {
                readCell(text.substring(m.end()), line);
            }
        } else if ((m = ARCHIVE.matcher(folded)).lookingAt()) {
            draft.archive(VietText.trimEnd(text.substring(m.end())));
        } else if ((m = BULLET.matcher(folded)).lookingAt() && recipients < MAX_RECIPIENTS
                && text.length() <= MAX_RECIPIENT_LENGTH) {
            draft.recipient(VietText.trimEnd(text.substring(m.end())));
            recipients++;
        } else if (m.lookingAt()) {
            draft.describe("", line, text);
            findings.add(line, boundReported ? Severity.INFO : Severity.WARNING, FindingCodes.SECTION_TOO_LONG,
                    "Not a recipient: the list of recipients is bounded to " + MAX_RECIPIENTS + " short lines; "
                    + "kept as description", text);
            boundReported = true;
        } else if (!readSignature(text, folded)) {
            draft.describe("", line, text);
            findings.info(line, FindingCodes.UNSTRUCTURED_TEXT, "Text after the body that is neither a recipient "
                    + "nor part of the signature; kept as description", text);
        }
    }

    private boolean readSignature(String text, String folded) {
        if (CAPACITY.matcher(folded).lookingAt()) {
            capacity = capacity == null ? text : capacity + " " + text;
        } else if (SIGNED.matcher(folded).matches()) {
            return true;
        } else if (position == null && VietText.isUpperCase(text)) {
            position = text;
        } else if (name == null && NAME.matcher(text).matches()) {
            name = text;
        } else {
            return false;
        }
        return true;
    }

    private void complete() {
        if (capacity != null || position != null || name != null) {
            draft.signer(new Signer(capacity, position, name));
        }
        if (name == null) {
            findings.warn(0, FindingCodes.MISSING_SIGNER, "No signer's name at the end of the plan", null);
        }
        if (!draft.hasRecipients()) {
            findings.info(0, FindingCodes.MISSING_RECIPIENTS, "No 'Nơi nhận:' list of recipients", null);
        }
    }
}
