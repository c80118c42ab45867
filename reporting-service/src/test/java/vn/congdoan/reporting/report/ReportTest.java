package vn.congdoan.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.report.ReportApproved;
import vn.congdoan.contracts.report.ReportReturned;
import vn.congdoan.contracts.report.ReportSubmitted;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.web.ConflictException;

class ReportTest {
    private static final Instant NOV_20 = Instant.parse("2026-11-20T03:00:00Z");
    private static final Instant NOV_25 = Instant.parse("2026-11-25T03:00:00Z");
    private static final Instant NOV_28 = Instant.parse("2026-11-28T03:00:00Z");

    @Test
    void aFirstSubmissionIsVersionOneAwaitingItsParentsDecision() {
        Report.Change first = Report.submitFirst(origin("ld-quan-1"), figures(120, "Nguyễn Văn An"), true, NOV_20);

        assertThat(first.report().status()).isEqualTo(Report.Status.SUBMITTED);
        assertThat(first.report().version()).isEqualTo(1);
        assertThat(first.report().current().version()).isEqualTo(1);
        assertThat(first.report().firstSubmittedAt()).isEqualTo(NOV_20);
        assertThat(first.event().id()).isEqualTo("report-submitted:k1:2026:cdcs-trung-vuong:1");
        assertThat(first.event().payload()).isInstanceOfSatisfying(ReportSubmitted.class, e -> {
            assertThat(e.version()).isEqualTo(1);
            assertThat(e.parentUnitId()).isEqualTo("ld-quan-1");
            assertThat(e.onTime()).isTrue();
        });
    }

    @Test
    void aResubmissionIsTheNextVersionAndKeepsTheFirstSubmissionsTimeliness() {
        Report returned = submitted().decide(ApprovalDecision.RETURN, "Trần Thị Bình", "Số liệu học tập chưa đủ", 1,
                NOV_25).report();

        Report.Change second = returned.submit(figures(130, "Nguyễn Văn An"), NOV_28);

        assertThat(second.report().status()).isEqualTo(Report.Status.SUBMITTED);
        assertThat(second.report().versions()).extracting(Report.Version::version).containsExactly(1, 2);
        assertThat(second.report().current().counts()).extracting(Report.Count::value).containsExactly(130L);
        assertThat(second.report().firstSubmittedAt()).isEqualTo(NOV_20);
        assertThat(second.report().updatedAt()).isEqualTo(NOV_28);
        assertThat(second.event().payload()).isInstanceOfSatisfying(ReportSubmitted.class, e -> {
            assertThat(e.version()).isEqualTo(2);
            assertThat(e.onTime()).isTrue();
        });
    }

    @Test
    void anApprovedReportIsFinal() {
        Report approved = submitted().decide(ApprovalDecision.APPROVE, "Trần Thị Bình", null, null, NOV_25).report();

        assertThat(approved.status()).isEqualTo(Report.Status.APPROVED);
        assertThatThrownBy(() -> approved.submit(figures(130, "Nguyễn Văn An"), NOV_28))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("period"))
                .hasMessageContaining("approved report is final");
    }

    @Test
    void aReportKeepsAtMostFiftyVersions() {
        Report report = submitted();
        for (int version = 2; version <= Report.MAX_VERSIONS; version++) {
            report = report.submit(figures(120 + version, "Nguyễn Văn An"), NOV_28).report();
        }
        Report full = report;

        assertThat(full.versions()).hasSize(50);
        assertThatThrownBy(() -> full.submit(figures(200, "Nguyễn Văn An"), NOV_28))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("period"))
                .hasMessageContaining("already has 50 versions");
    }

    @Test
    void approvingRecordsTheDecisionOfTheParentUnitAndItsEvent() {
        Report.Change approved = submitted().decide(ApprovalDecision.APPROVE, "Trần Thị Bình", "Tốt", 1, NOV_25);

        assertThat(approved.report().lastDecision()).isEqualTo(new Report.Decision(1, ApprovalDecision.APPROVE,
                "Trần Thị Bình", "ld-quan-1", "Tốt", NOV_25));
        assertThat(approved.event().id()).isEqualTo("report-approved:k1:2026:cdcs-trung-vuong:1");
        assertThat(approved.event().payload()).isInstanceOfSatisfying(ReportApproved.class,
                e -> assertThat(e.decidedBy()).isEqualTo("Trần Thị Bình"));
    }

    @Test
    void returningSendsTheVersionBackWithTheComment() {
        Report.Change returned = submitted().decide(ApprovalDecision.RETURN, "Trần Thị Bình", "Thiếu số liệu", 1, NOV_25);

        assertThat(returned.report().status()).isEqualTo(Report.Status.RETURNED);
        assertThat(returned.event().id()).isEqualTo("report-returned:k1:2026:cdcs-trung-vuong:1");
        assertThat(returned.event().payload()).isInstanceOfSatisfying(ReportReturned.class,
                e -> assertThat(e.comment()).isEqualTo("Thiếu số liệu"));
    }

    @Test
    void aVersionIsDecidedOnceAndOnlyWhileItIsTheCurrentOne() {
        Report approved = submitted().decide(ApprovalDecision.APPROVE, "Trần Thị Bình", null, null, NOV_25).report();

        assertThatThrownBy(() -> approved.decide(ApprovalDecision.RETURN, "Trần Thị Bình", "Sai", null, NOV_28))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("decision"))
                .hasMessageContaining("already APPROVED");
        assertThatThrownBy(() -> submitted().decide(ApprovalDecision.APPROVE, "Trần Thị Bình", null, 2, NOV_25))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("version"));
    }

    @Test
    void aUnitWithoutAParentHasNobodyToDecideOnItsReport() {
        Report top = Report.submitFirst(origin(null), figures(120, "Nguyễn Văn An"), null, NOV_20).report();

        assertThatThrownBy(() -> top.decide(ApprovalDecision.APPROVE, "Trần Thị Bình", null, null, NOV_25))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("unitId"));
    }

    @Test
    void itsEventsAreEveryVersionThenEveryDecisionWithTheSameIdsAsWhenTheyHappened() {
        Report.Change first = Report.submitFirst(origin("ld-quan-1"), figures(120, "Nguyễn Văn An"), true, NOV_20);
        Report.Change returned = first.report().decide(ApprovalDecision.RETURN, "Trần Thị Bình", "Thiếu", 1, NOV_25);
        Report.Change second = returned.report().submit(figures(130, "Nguyễn Văn An"), NOV_28);

        assertThat(second.report().events()).containsExactly(first.event(), second.event(), returned.event());
    }

    private static Report submitted() {
        return Report.submitFirst(origin("ld-quan-1"), figures(120, "Nguyễn Văn An"), true, NOV_20).report();
    }

    private static Report.Origin origin(String parentUnitId) {
        return new Report.Origin("k1:2026:cdcs-trung-vuong", "k1", "2026", "cdcs-trung-vuong", parentUnitId,
                parentUnitId == null ? List.of("cdcs-trung-vuong") : List.of(parentUnitId, "cdcs-trung-vuong"),
                UnitLevel.GRASSROOTS, Sector.PUBLIC_SECTOR, "a1", LocalDate.of(2026, 11, 30));
    }

    private static Report.Version figures(long members, String submittedBy) {
        return Report.Version.unnumbered(List.of(new Report.Count(ReportMetric.MEMBERS, Sector.PUBLIC_SECTOR, members)),
                Map.of(), "Đã tổ chức 3 hội nghị quán triệt", submittedBy, NOV_20, Map.of("submitted", 1L));
    }
}
