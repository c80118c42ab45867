package vn.congdoan.portal.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The importer's findings in the officer's words: each code has its sentence in the message files
 * ({@code planning.finding.<CODE>}); a code the portal does not know yet reads as "to look at".
 */
final class Findings {
    private static final Set<String> WORDED = Set.of("UNSTRUCTURED_TEXT", "AMBIGUOUS_DEADLINE", "ASSUMED_DEADLINE_DAY",
            "MISSING_DEADLINE", "MISSING_RESPONSIBLE", "UNKNOWN_UNIT_LEVEL", "MISSING_ISSUER", "MISSING_NUMBER",
            "MISSING_DATE", "MISSING_PLACE", "MISSING_TITLE", "MISSING_RECIPIENTS", "MISSING_SIGNER", "PURPOSES_NOT_SPLIT",
            "TARGET_INCOMPLETE", "REFERENCE_NUMBER_COMPLETED", "CONFLICTING_REFERENCE_DATE", "NOT_A_PLAN",
            "UNKNOWN_DOCUMENT_KIND", "SECTION_TOO_LONG", "HORIZON_BEFORE_ISSUE", "UNRESOLVED_ASSIGNEE");

    private Findings() {
    }

    /** @param words the message key; {@code warning}: the officer must decide something */
    public record Shown(int line, boolean warning, String words) {
    }

    /** What the officer must decide first, then what is worth a look, each in the document's order. */
    static List<Shown> of(Planning.SourceDocument source) {
        return source.findings().stream().map(f -> new Shown(f.line(), "WARNING".equals(f.severity()),
                        "planning.finding." + (WORDED.contains(f.code()) ? f.code() : "OTHER")))
                .sorted(java.util.Comparator.comparing((Shown f) -> !f.warning()).thenComparingInt(Shown::line)).toList();
    }

    /** The findings of each line of the document, for marking the line. */
    static Map<Integer, List<Shown>> byLine(Planning.SourceDocument source) {
        Map<Integer, List<Shown>> byLine = new LinkedHashMap<>();
        of(source).stream().filter(f -> f.line() > 0)
                .forEach(f -> byLine.computeIfAbsent(f.line(), line -> new java.util.ArrayList<>()).add(f));
        return byLine;
    }
}
