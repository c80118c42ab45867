package vn.congdoan.plan.imports;

/**
 * Text kept as written because it was not turned into structure. Each block also has a finding.
 *
 * @param section the qualified number of the section it sits in ("III.2.1"), "" before section I
 *                and after the body (introduction, closing sentence, unrecognised header or signature text)
 * @param line    1-based line in the input where the text starts
 * @param text    the text as written (NFC, whitespace tidied), bullet or numbering included
 */
public record DescriptionBlock(String section, int line, String text) {}
