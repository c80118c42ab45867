package vn.congdoan.reporting.report;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The parent unit's decision on the current version of a child's report.
 *
 * @param version when given, the version the decider read: a newer one makes it a 409
 * @param unitId  when given, the deciding unit: it must be the report unit's parent
 */
@CommentToReturn
public record ApprovalRequest(@NotNull(message = "must be APPROVE or RETURN") ApprovalDecision decision,
                              @Schema(description = "ignored: the signed-in caller decides", accessMode = Schema.AccessMode.READ_ONLY) String decidedBy,
                              @Schema(description = "required to RETURN")
                              @Size(max = COMMENT_MAX, message = "is longer than {max} characters") String comment,
                              Integer version, String unitId) {

    static final int COMMENT_MAX = 4000;

    /** The decider is who signed in: whatever the body said is replaced. */
    public ApprovalRequest decidedBy(String name) {
        return new ApprovalRequest(decision, name, comment, version, unitId);
    }
}
