package vn.congdoan.reporting.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.plan.TargetPeriod;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.reporting.period.Period;
import vn.congdoan.reporting.rollup.Tally;

class TargetVerdictTest {
    static final PlanIssued.Target PUBLIC_SECTOR_STUDY = target("t1", Comparator.GT, "90", Sector.PUBLIC_SECTOR,
            Indicator.STUDY_SESSIONS);
    static final PlanIssued.Target ENTERPRISE_STUDY = target("t2", Comparator.GTE, "65", Sector.ENTERPRISE,
            Indicator.STUDY_SESSIONS);
    static final Period YEAR = Period.year(2026);
    static final LocalDate AFTER = LocalDate.of(2027, 1, 5);

    @Test
    void ninetyOnePercentOfTwoThousandPublicSectorMembersMeetsMoreThanNinety() {
        Tally sums = Tally.builder().add("MEMBERS_PUBLIC_SECTOR", 2_000).add("STUDY_SESSIONS_PUBLIC_SECTOR", 1_820)
                .add("MEMBERS_ENTERPRISE", 50_000).add("STUDY_SESSIONS_ENTERPRISE", 32_000).build();
        long[] figures = TargetVerdict.fromReports(PUBLIC_SECTOR_STUDY, sums);
        TargetVerdict verdict = TargetVerdict.judge(PUBLIC_SECTOR_STUDY, figures[0], figures[1], YEAR, AFTER, BigDecimal.TEN);

        assertThat(figures).containsExactly(1_820, 2_000);
        assertThat(verdict.value()).isEqualByComparingTo("91.0");
        assertThat(verdict.status()).isEqualTo(TargetVerdict.Status.MET);
    }

    @Test
    void sixtyFourPercentOfFiftyThousandEnterpriseMembersMissesSixtyFiveOrMore() {
        Tally sums = Tally.builder().add("MEMBERS_PUBLIC_SECTOR", 2_000).add("STUDY_SESSIONS_PUBLIC_SECTOR", 1_820)
                .add("MEMBERS_ENTERPRISE", 50_000).add("STUDY_SESSIONS_ENTERPRISE", 32_000).build();
        long[] figures = TargetVerdict.fromReports(ENTERPRISE_STUDY, sums);
        TargetVerdict verdict = TargetVerdict.judge(ENTERPRISE_STUDY, figures[0], figures[1], YEAR, AFTER, BigDecimal.TEN);

        assertThat(verdict.value()).isEqualByComparingTo("64.0");
        assertThat(verdict.status()).isEqualTo(TargetVerdict.Status.MISSED);
    }

    @Test
    void aScopeWithNoMembersInAnyReportIsNotJudgedMissed() {
        Tally onlyEnterprises = Tally.builder().add("MEMBERS_ENTERPRISE", 800).add("STUDY_SESSIONS_ENTERPRISE", 360).build();
        long[] figures = TargetVerdict.fromReports(PUBLIC_SECTOR_STUDY, onlyEnterprises);

        assertThat(TargetVerdict.judge(PUBLIC_SECTOR_STUDY, figures[0], figures[1], YEAR, AFTER, BigDecimal.TEN).status())
                .isEqualTo(TargetVerdict.Status.NO_DATA);
    }

    @Test
    void greaterThanIsStrictAndAtLeastIsNot() {
        assertThat(TargetVerdict.judge(PUBLIC_SECTOR_STUDY, 900, 1_000, YEAR, AFTER, BigDecimal.TEN).status())
                .isEqualTo(TargetVerdict.Status.MISSED);
        assertThat(TargetVerdict.judge(ENTERPRISE_STUDY, 650, 1_000, YEAR, AFTER, BigDecimal.TEN).status())
                .isEqualTo(TargetVerdict.Status.MET);
    }

    @Test
    void ratesComeFromSummedCountsNotFromAveragedPercentages() {
        // two units: 99 of 100 (99%) and 500 of 1,000 (50%); the average of rates would be 74.5%
        Tally sums = Tally.builder().add("MEMBERS_ENTERPRISE", 100).add("STUDY_SESSIONS_ENTERPRISE", 99).build()
                .plus(Tally.builder().add("MEMBERS_ENTERPRISE", 1_000).add("STUDY_SESSIONS_ENTERPRISE", 500).build());
        long[] figures = TargetVerdict.fromReports(ENTERPRISE_STUDY, sums);
        assertThat(TargetVerdict.judge(ENTERPRISE_STUDY, figures[0], figures[1], YEAR, AFTER, BigDecimal.TEN).value())
                .isEqualByComparingTo("54.5");
    }

    @Test
    void duringTheYearItIsAtRiskWhenProgressTrailsElapsedTimeByMoreThanTheMargin() {
        LocalDate midYear = LocalDate.of(2026, 7, 2); // 183 of 365 days: 50.1% elapsed
        // 26% of members against > 90: progress 28.9% < 50.1 - 10
        TargetVerdict behind = TargetVerdict.judge(PUBLIC_SECTOR_STUDY, 520, 2_000, YEAR, midYear, BigDecimal.TEN);
        assertThat(behind.elapsedPercent()).isEqualByComparingTo("50.1");
        assertThat(behind.progressPercent()).isEqualByComparingTo("28.9");
        assertThat(behind.status()).isEqualTo(TargetVerdict.Status.AT_RISK);
        // 40% of members: progress 44.4% >= 40.1
        assertThat(TargetVerdict.judge(PUBLIC_SECTOR_STUDY, 800, 2_000, YEAR, midYear, BigDecimal.TEN).status())
                .isEqualTo(TargetVerdict.Status.ON_TRACK);
    }

    @Test
    void unitCoverageCountsUnitsOfTheTargetsLevelAgainstThoseExpected() {
        PlanIssued.Target fanpage = new PlanIssued.Target("t3", "100% CĐCS cấp trên đưa tin lên fanpage", Comparator.GTE,
                new BigDecimal("100"), Measure.PERCENT_OF_UNITS, null, UnitLevel.UPPER_GRASSROOTS, TargetPeriod.YEARLY,
                Indicator.FANPAGE_POST, null);
        Tally sums = Tally.builder().add(Tally.expectedAt(UnitLevel.UPPER_GRASSROOTS), 20)
                .add(Tally.flag(Indicator.FANPAGE_POST, UnitLevel.UPPER_GRASSROOTS), 19)
                .add(Tally.expectedAt(UnitLevel.GRASSROOTS), 1_000)
                .add(Tally.flag(Indicator.FANPAGE_POST, UnitLevel.GRASSROOTS), 700).build();
        long[] figures = TargetVerdict.fromReports(fanpage, sums);
        assertThat(figures).containsExactly(19, 20);
        assertThat(TargetVerdict.judge(fanpage, 19, 20, YEAR, AFTER, BigDecimal.TEN).status())
                .isEqualTo(TargetVerdict.Status.MISSED);
    }

    static PlanIssued.Target target(String id, Comparator comparator, String threshold, Sector sector, Indicator indicator) {
        return new PlanIssued.Target(id, "ĐVNLĐ được học tập, quán triệt", comparator, new BigDecimal(threshold),
                Measure.PERCENT_OF_MEMBERS, sector, null, TargetPeriod.YEARLY, indicator, null);
    }
}
