package vn.congdoan.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.web.FieldError;

class ReportFormTest {

    @Test
    void aCountGivenTwiceForOneSectorIsRefusedNamingTheSecond() {
        List<FieldError> errors = new ArrayList<>();
        ReportForm.read(request(count(ReportMetric.MEMBERS, "120"), count(ReportMetric.MEMBERS, "130")), Sector.ENTERPRISE, errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("counts[1]");
    }

    @Test
    void aPartNeverExceedsItsWhole() {
        List<FieldError> errors = new ArrayList<>();
        ReportForm.read(request(count(ReportMetric.MEMBERS, "120"), count(ReportMetric.STUDY_SESSIONS, "121")),
                Sector.ENTERPRISE, errors);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("counts[1].value");
            assertThat(e.message()).contains("must not exceed MEMBERS");
        });
    }

    @Test
    void aGrassrootsUnitsSectorComesFromTheDirectoryAndAnUpperUnitMustNameIt() {
        List<FieldError> errors = new ArrayList<>();
        ReportForm form = ReportForm.read(request(count(ReportMetric.MEMBERS, "120.0")), Sector.PUBLIC_SECTOR, errors);
        assertThat(errors).isEmpty();
        assertThat(form.counts()).containsExactly(new Report.Count(ReportMetric.MEMBERS, Sector.PUBLIC_SECTOR, 120));

        ReportForm.read(request(count(ReportMetric.MEMBERS, "120")), null, errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("counts[0].sector");
    }

    @Test
    void itsContributionCountsTheReportItsFiguresAndTheUnitIndicatorsItDid() {
        List<FieldError> errors = new ArrayList<>();
        SubmitReportRequest request = new SubmitReportRequest("p", "u", "2026", List.of(count(ReportMetric.MEMBERS, "200"),
                count(ReportMetric.STUDY_SESSIONS, "150")), Map.of(Indicator.FANPAGE_POST, true), "Tường thuật", "An", null);
        var tally = ReportForm.read(request, Sector.ENTERPRISE, errors).contribution(UnitLevel.UPPER_GRASSROOTS, false);
        assertThat(tally.counts()).containsAllEntriesOf(Map.of("submitted", 1L, "late", 1L, "MEMBERS_ENTERPRISE", 200L,
                "STUDY_SESSIONS_ENTERPRISE", 150L, "flag_FANPAGE_POST_UPPER_GRASSROOTS", 1L));
    }

    static SubmitReportRequest.CountInput count(ReportMetric metric, String value) {
        return new SubmitReportRequest.CountInput(metric, null, new BigDecimal(value));
    }

    static SubmitReportRequest request(SubmitReportRequest.CountInput... counts) {
        return new SubmitReportRequest("p", "u", "2026", List.of(counts), null, null, null, null);
    }
}
