package vn.congdoan.plan.imports;

import java.util.regex.Pattern;

/** What a top section (I., II., ...) of a plan holds, told from its heading whatever its exact wording. */
public enum SectionKind {
    /** MỤC ĐÍCH, YÊU CẦU. */
    PURPOSES_REQUIREMENTS,
    /** CHỈ TIÊU (THỰC HIỆN). */
    TARGETS,
    /** NHIỆM VỤ VÀ GIẢI PHÁP, NỘI DUNG THỰC HIỆN. */
    TASKS,
    /** TỔ CHỨC THỰC HIỆN: assignments of tasks to units. */
    IMPLEMENTATION,
    OTHER;

    private static final Pattern PURPOSES = Pattern.compile("muc dich|yeu cau");
    private static final Pattern TARGET = Pattern.compile("chi tieu");
    private static final Pattern ASSIGNMENT = Pattern.compile("to chuc thuc hien|phan cong");
    private static final Pattern TASK = Pattern.compile("nhiem vu|giai phap|noi dung");

    /** Classifies a heading; order matters because "NHIỆM VỤ, CHỈ TIÊU" is mostly about targets. */
    static SectionKind of(String heading) {
        String folded = VietText.fold(VietText.normalize(heading));
        if (PURPOSES.matcher(folded).find()) {
            return PURPOSES_REQUIREMENTS;
        }
        if (TARGET.matcher(folded).find()) {
            return TARGETS;
        }
        if (ASSIGNMENT.matcher(folded).find()) {
            return IMPLEMENTATION;
        }
        return TASK.matcher(folded).find() ? TASKS : OTHER;
    }
}
