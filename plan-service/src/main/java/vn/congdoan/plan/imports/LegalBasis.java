package vn.congdoan.plan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plan's legal basis: every reference once, in the order first mentioned.
 *
 * <p>Two mentions are the same document when kind and number agree ignoring case ("01/Ctr-BCH" and
 * "01/CTr-BCH"), or when one number is the other cut short at a separator ("01-KL" of "01-KL/TW",
 * "02" of "02-NQ/TW") and no other reference of that kind fits: plans abbreviate after the first
 * mention. The fuller number and issuer are kept, a missing date is filled in, and a short number
 * taken as a full one is reported.
 */
final class LegalBasis {

    private final List<Reference> references = new ArrayList<>();
    private final Findings findings;

    LegalBasis(Findings findings) {
        this.findings = findings;
    }

    void addAll(List<Reference> mentions, int line, String text) {
        mentions.forEach(mention -> add(mention, line, text));
    }

    private void add(Reference mention, int line, String text) {
        List<Integer> same = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            if (sameDocument(references.get(i), mention)) {
                same.add(i);
            }
        }
        if (same.size() == 1) {
            int index = same.get(0);
            references.set(index, merge(references.get(index), mention, line, text));
        } else {
            references.add(mention);
        }
    }

    private static boolean sameDocument(Reference known, Reference mention) {
        return known.kind().equals(mention.kind()) && sameOrCutShort(known.number(), mention.number());
    }

    private Reference merge(Reference known, Reference mention, int line, String text) {
        String number = longer(known.number(), mention.number());
        if (known.number().length() != mention.number().length()) {
            String kind = known.kind();
            findings.info(line, FindingCodes.REFERENCE_NUMBER_COMPLETED, "'" + kind + " số "
                    + shorter(known.number(), mention.number()) + "' was taken to be " + kind + " số " + number, text);
        }
        if (known.date() != null && mention.date() != null && !known.date().equals(mention.date())) {
            findings.info(line, FindingCodes.CONFLICTING_REFERENCE_DATE, known.kind() + " số " + number + " is dated "
                    + mention.date() + " here but " + known.date() + " earlier; the earlier date was kept", text);
        }
        return new Reference(known.kind(), number, firstNonNull(known.date(), mention.date()),
                issuer(known.issuer(), mention.issuer()));
    }

    /** The fuller of two spellings of one issuer ("Tổng Liên đoàn Lao động Việt Nam"), else the first. */
    private static String issuer(String known, String mention) {
        if (known == null || mention == null) {
            return firstNonNull(known, mention);
        }
        return sameOrCutShort(known, mention) ? longer(known, mention) : known;
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }

    /** True when one is the other, ignoring case, or the other cut short before a non-alphanumeric. */
    private static boolean sameOrCutShort(String a, String b) {
        if (a.length() == b.length()) {
            return a.equalsIgnoreCase(b);
        }
        String shortOne = shorter(a, b).toLowerCase(Locale.ROOT);
        String longOne = longer(a, b).toLowerCase(Locale.ROOT);
        if (!longOne.startsWith(shortOne)) {
            return false;
        }
        return longOne.length() == shortOne.length() || !Character.isLetterOrDigit(longOne.charAt(shortOne.length()));
    }

    /** The longer of two; the first when they are as long, so the first spelling stays. */
    private static String longer(String a, String b) {
        return b.length() > a.length() ? b : a;
    }

    private static String shorter(String a, String b) {
        return b.length() < a.length() ? b : a;
    }

    void remove(String number) {
        references.removeIf(r -> number != null && r.number().equalsIgnoreCase(number));
    }

    List<Reference> list() {
        return List.copyOf(references);
    }
}
