package vn.congdoan.plan.imports;

/**
 * Something the officer should look at: text that was not understood, an assumption, a gap.
 *
 * @param line    1-based line in the original input; 0 for the document as a whole ("no number")
 * @param code    one of {@link FindingCodes}
 * @param message what the importer did, in plain English
 * @param text    the input text concerned (NFC), or null for whole-document findings
 */
public record Finding(int line, Severity severity, String code, String message, String text) {}
