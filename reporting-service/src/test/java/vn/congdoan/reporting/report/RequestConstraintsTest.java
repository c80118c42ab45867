package vn.congdoan.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/** The checks a report request needs no other data for: its Bean Validation constraints. */
class RequestConstraintsTest {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aReportIsReturnedWithACommentSayingWhatToCorrect() {
        assertThat(wrong(approval(ApprovalDecision.RETURN, " "))).containsExactly(
                "comment: is required to return a report: say what to correct");
        assertThat(wrong(approval(ApprovalDecision.RETURN, "Số liệu học tập chưa đủ"))).isEmpty();
        assertThat(wrong(approval(ApprovalDecision.APPROVE, null))).isEmpty();
    }

    @Test
    void aDecisionIsRequired() {
        assertThat(wrong(approval(null, null))).containsExactly("decision: must be APPROVE or RETURN");
    }

    @Test
    void aSubmissionNamesItsPlanAndPeriodAndKeepsItsNarrativeShort() {
        SubmitReportRequest blank = new SubmitReportRequest(" ", null, null, List.of(), null,
                "Đ".repeat(SubmitReportRequest.NARRATIVE_MAX + 1), null, null);

        assertThat(wrong(blank)).containsExactlyInAnyOrder("planId: is required", "period: is required",
                "narrative: is longer than 20000 characters");
        assertThat(wrong(new SubmitReportRequest("p1", null, "2026", null, null,
                "Đã tổ chức 3 hội nghị quán triệt", null, null))).isEmpty();
    }

    @Test
    void everyFigureIsAWholeNumberNotNegativeAndNamesItsMetric() {
        SubmitReportRequest figures = new SubmitReportRequest("p1", null, "2026", java.util.Arrays.asList(
                count(ReportMetric.MEMBERS, "120"), count(ReportMetric.STUDY_SESSIONS, "-1"),
                count(ReportMetric.SKILLS_TRAINING, "10.5"), count(null, "3"), null,
                count(ReportMetric.MEMBERS, "1000000000000000000"), count(ReportMetric.MEMBERS, "120.00")), null, null, null, null);

        assertThat(wrong(figures)).containsExactlyInAnyOrder("counts[1].value: must not be negative",
                "counts[2].value: must be a whole number below 10^18",
                "counts[3].metric: is required (MEMBERS, STUDY_SESSIONS, SKILLS_TRAINING)",
                "counts[4].<list element>: must not be null",
                "counts[5].value: must be a whole number below 10^18");
    }

    private static SubmitReportRequest.CountInput count(ReportMetric metric, String value) {
        return new SubmitReportRequest.CountInput(metric, null, new java.math.BigDecimal(value));
    }

    private static ApprovalRequest approval(ApprovalDecision decision, String comment) {
        return new ApprovalRequest(decision, "Trần Thị Bình", comment, null, null);
    }

    private static List<String> wrong(Object request) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(request);
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).toList();
    }
}
