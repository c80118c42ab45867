package vn.congdoan.plan.imports;

/** The codes a {@link Finding} can carry; stable strings, shown to officers and kept in the API. */
public final class FindingCodes {

    /** A sentence or line that was kept as description because it was not understood. */
    public static final String UNSTRUCTURED_TEXT = "UNSTRUCTURED_TEXT";
    /** A deadline phrase that does not say when ("Thường xuyên và theo định kỳ"); the rule is Ongoing. */
    public static final String AMBIGUOUS_DEADLINE = "AMBIGUOUS_DEADLINE";
    /** A deadline whose day the importer assumed ("hằng năm" taken as 31/12). */
    public static final String ASSUMED_DEADLINE_DAY = "ASSUMED_DEADLINE_DAY";
    public static final String MISSING_DEADLINE = "MISSING_DEADLINE";
    public static final String MISSING_RESPONSIBLE = "MISSING_RESPONSIBLE";
    /** A responsible-unit heading that names no unit level the importer knows. */
    public static final String UNKNOWN_UNIT_LEVEL = "UNKNOWN_UNIT_LEVEL";
    public static final String MISSING_ISSUER = "MISSING_ISSUER";
    public static final String MISSING_NUMBER = "MISSING_NUMBER";
    public static final String MISSING_DATE = "MISSING_DATE";
    public static final String MISSING_PLACE = "MISSING_PLACE";
    public static final String MISSING_TITLE = "MISSING_TITLE";
    public static final String MISSING_RECIPIENTS = "MISSING_RECIPIENTS";
    public static final String MISSING_SIGNER = "MISSING_SIGNER";
    /** Section I. does not separate Mục đích from Yêu cầu; all its items were taken as purposes. */
    public static final String PURPOSES_NOT_SPLIT = "PURPOSES_NOT_SPLIT";
    /** A target whose measure (members or units) could not be told. */
    public static final String TARGET_INCOMPLETE = "TARGET_INCOMPLETE";
    /** A short reference ("Kết luận số 01-KL") was taken to be a fuller one ("01-KL/TW"). */
    public static final String REFERENCE_NUMBER_COMPLETED = "REFERENCE_NUMBER_COMPLETED";
    /** The same reference is given two different dates; the first was kept. */
    public static final String CONFLICTING_REFERENCE_DATE = "CONFLICTING_REFERENCE_DATE";

    /** The document is not a Kế hoạch (a Hướng dẫn, Thể lệ, Báo cáo, Công văn ...): header read, body described. */
    public static final String NOT_A_PLAN = "NOT_A_PLAN";
    /** No heading near the top names the document's kind; it was read as a plan. */
    public static final String UNKNOWN_DOCUMENT_KIND = "UNKNOWN_DOCUMENT_KIND";
    /** A line past the bound of the recipients list (40 short lines); it was kept as description. */
    public static final String SECTION_TOO_LONG = "SECTION_TOO_LONG";

    /** A target's horizon ends before the plan's issue date; its horizon text is kept, no day to judge it by. */
    public static final String HORIZON_BEFORE_ISSUE = "HORIZON_BEFORE_ISSUE";

    private FindingCodes() {}
}
