package vn.congdoan.reporting.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.unit.Sector;

/**
 * A unit's report for a plan and period. {@code counts} are whole, non-negative numbers per metric
 * and sector (a grassroots union's sector is taken from the directory when left out);
 * {@code flags} say whether the unit did what a unit indicator asks (FANPAGE_POST). The checks that
 * need no other data are its constraints (each figure whole and not negative among them);
 * {@link ReportForm} checks the figures against each other and the unit's sector.
 */
public record SubmitReportRequest(
        @Schema(example = "3f0c...") @NotBlank(message = "is required") String planId,
        @Schema(example = "cdcs-thpt-trung-vuong") String unitId,
        @Schema(example = "2026") @NotBlank(message = "is required") String period,
        List<@NotNull(message = "must not be null") @Valid CountInput> counts,
        Map<Indicator, Boolean> flags,
        @Schema(example = "Đã tổ chức 3 hội nghị quán triệt ...")
        @Size(max = NARRATIVE_MAX, message = "is longer than {max} characters") String narrative,
        @Schema(description = "ignored: the signed-in caller is the submitter", accessMode = Schema.AccessMode.READ_ONLY) String submittedBy,
        @Schema(description = "a report received on paper or by mail and entered later: the day it arrived, "
                + "which timeliness is judged by (not in the future); left out: now", example = "2026-11-28")
        LocalDate receivedOn) {
    static final int NARRATIVE_MAX = 20_000;

    /** One figure: whole, not negative, below 10^18. */
    public record CountInput(@NotNull(message = "is required (MEMBERS, STUDY_SESSIONS, SKILLS_TRAINING)") ReportMetric metric,
                             Sector sector,
                             @Schema(type = "integer", minimum = "0") @NotNull(message = "is required")
                             @PositiveOrZero(message = "must not be negative")
                             @WholeNumber BigDecimal value) {
    }

    /** The submitter is who signed in: whatever the body said is replaced. */
    public SubmitReportRequest submittedBy(String name) {
        return new SubmitReportRequest(planId, unitId, period, counts, flags, narrative, name, receivedOn);
    }

    public SubmitReportRequest withUnit(String unit) {
        return new SubmitReportRequest(planId, unit, period, counts, flags, narrative, submittedBy, receivedOn);
    }
}
