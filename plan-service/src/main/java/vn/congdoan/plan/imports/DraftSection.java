package vn.congdoan.plan.imports;

/**
 * One heading of the plan's outline.
 *
 * @param number  qualified numbering: "III", "III.2", "III.2.1", "IV.1.a"
 * @param heading the heading text without its numbering
 * @param kind    the kind of the top section ("I.", "II." ...) this heading belongs to
 * @param line    1-based line in the input
 */
public record DraftSection(String number, String heading, SectionKind kind, int line) {}
