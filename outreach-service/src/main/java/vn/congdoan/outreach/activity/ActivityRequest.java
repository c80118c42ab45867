package vn.congdoan.outreach.activity;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.congdoan.contracts.outreach.ActivityForm;

/**
 * An activity as a unit records it, or its whole new state in a correction (then with
 * {@code reason}, and optionally {@code expectedVersion} to refuse a correction of a version
 * someone else has corrected meanwhile). Counts left out are 0; {@code endDate} left out is
 * {@code startDate}. The checks that need no other data are its constraints; {@link ActivityRules}
 * checks it against the unit, the plan and the roster.
 */
@EndNotBeforeStart
public record ActivityRequest(
        @Schema(description = "the organising unit", example = "ldld-tuy-phuoc")
        @NotBlank(message = "is required") String unitId,
        @Schema(description = "the plan it serves (optional)") String planId,
        @Schema(description = "the plan's task it serves (optional; needs planId)") String taskId,
        @NotNull(message = "is required") ActivityForm form,
        @Schema(example = "Đăng tin tuyên truyền Nghị quyết Đại hội XIII Công đoàn Việt Nam trên fanpage")
        @NotBlank(message = "is required") @Size(max = MAX_TEXT, message = "at most {max} characters") String title,
        @NotNull(message = "is required") LocalDate startDate, LocalDate endDate,
        @Schema(description = "who it was for", example = "Đoàn viên, người lao động khối doanh nghiệp")
        @Size(max = MAX_TEXT, message = "at most {max} characters") String audience,
        @Valid Counts attendance, @Valid Reach reach,
        @Schema(description = "http(s) links to evidence: the post, photos, minutes")
        @Size(max = MAX_EVIDENCE, message = "at most {max} links")
        List<@NotNull(message = "must be an http or https link") @Pattern(regexp = HTTP_LINK,
                message = "must be an http or https link") String> evidence,
        @Schema(description = "corrections only: why") @Size(max = MAX_TEXT, message = "at most {max} characters") String reason,
        @Schema(description = "corrections only: the version being corrected; 409 when it is no longer current")
        Long expectedVersion) {
    static final int MAX_TEXT = 1_000;
    static final int MAX_EVIDENCE = 50;
    /** http or https, a host, no white space (surrounding spaces are stripped first). */
    static final String HTTP_LINK = "\\s*(?i:https?)://[^\\s/?#@]+(?:[/?#]\\S*)?\\s*";

    /** Attendance by group; null fields are 0. */
    public record Counts(@PositiveOrZero(message = "must not be negative") Long members,
                         @PositiveOrZero(message = "must not be negative") Long nonMemberWorkers,
                         @PositiveOrZero(message = "must not be negative") Long officers) {
    }

    /** Reach of a post; null fields are 0. */
    public record Reach(@PositiveOrZero(message = "must not be negative") Long views,
                        @PositiveOrZero(message = "must not be negative") Long shares,
                        @PositiveOrZero(message = "must not be negative") Long reactions) {
    }
}
