package vn.congdoan.outreach.activity;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.congdoan.contracts.outreach.ActivityForm;

/**
 * An activity as a unit records it, or its whole new state in a correction (then with
 * {@code reason}, and optionally {@code expectedVersion} to refuse a correction of a version
 * someone else has corrected meanwhile). Counts left out are 0; {@code endDate} left out is
 * {@code startDate}.
 */
public record ActivityRequest(
        @Schema(description = "the organising unit", example = "ldld-tuy-phuoc") String unitId,
        @Schema(description = "the plan it serves (optional)") String planId,
        @Schema(description = "the plan's task it serves (optional; needs planId)") String taskId,
        ActivityForm form,
        @Schema(example = "Đăng tin tuyên truyền Nghị quyết Đại hội XIII Công đoàn Việt Nam trên fanpage") String title,
        LocalDate startDate, LocalDate endDate,
        @Schema(description = "who it was for", example = "Đoàn viên, người lao động khối doanh nghiệp") String audience,
        Counts attendance, Reach reach,
        @Schema(description = "http(s) links to evidence: the post, photos, minutes") List<String> evidence,
        @Schema(description = "corrections only: why") String reason,
        @Schema(description = "corrections only: the version being corrected; 409 when it is no longer current")
        Long expectedVersion) {

    /** Attendance by group; null fields are 0. */
    public record Counts(Long members, Long nonMemberWorkers, Long officers) {
    }

    /** Reach of a post; null fields are 0. */
    public record Reach(Long views, Long shares, Long reactions) {
    }
}
