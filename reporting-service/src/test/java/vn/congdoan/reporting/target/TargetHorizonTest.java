package vn.congdoan.reporting.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.plan.TargetPeriod;
import vn.congdoan.reporting.period.Period;
import vn.congdoan.reporting.plan.PlanRecord;

/** A target with its own horizon ("đến hết năm 2023") is judged when the horizon ends, not at the plan's term. */
class TargetHorizonTest {
    static final LocalDate ISSUED = LocalDate.of(2021, 9, 24);
    static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);
    static final LocalDate HORIZON = LocalDate.of(2023, 12, 31);

    @Test
    void aPlanTargetWithAHorizonIsMeasuredFromTheIssueDateToItsHorizon() {
        assertThat(TargetEvaluator.periods(plan(), target(TargetPeriod.PLAN, HORIZON), LocalDate.of(2022, 3, 1)))
                .containsExactly(new Period("PLAN", ISSUED, HORIZON));
        assertThat(TargetEvaluator.periods(plan(), target(TargetPeriod.PLAN, null), LocalDate.of(2022, 3, 1)))
                .containsExactly(new Period("PLAN", ISSUED, TERM_END));
    }

    @Test
    void aYearlyTargetWithAHorizonHasNoYearAfterIt() {
        assertThat(TargetEvaluator.periods(plan(), target(TargetPeriod.YEARLY, HORIZON), LocalDate.of(2026, 6, 1)))
                .extracting(Period::label).containsExactly("2021", "2022", "2023");
    }

    @Test
    void onTheDayAfterItsHorizonATargetIsMetOrMissedWhileThePlanRunsOn() {
        LocalDate asOf = LocalDate.of(2024, 1, 5);
        PlanIssued.Target dated = target(TargetPeriod.PLAN, HORIZON);
        Period byHorizon = TargetEvaluator.periods(plan(), dated, asOf).getFirst();
        Period byTerm = TargetEvaluator.periods(plan(), target(TargetPeriod.PLAN, null), asOf).getFirst();

        assertThat(TargetVerdict.judge(dated, 1_100, 1_200, byHorizon, asOf, BigDecimal.TEN).status())
                .isEqualTo(TargetVerdict.Status.MISSED);
        assertThat(TargetVerdict.judge(dated, 1_100, 1_200, byTerm, asOf, BigDecimal.TEN).status())
                .isIn(TargetVerdict.Status.ON_TRACK, TargetVerdict.Status.AT_RISK);
    }

    private static PlanRecord plan() {
        return new PlanRecord("p-135", 1, "135/KH-TLĐ", "Phát triển đoàn viên", "u-tld", ISSUED, List.of(), TERM_END,
                null, null);
    }

    private static PlanIssued.Target target(TargetPeriod period, LocalDate dueBy) {
        return new PlanIssued.Target("c2", "số doanh nghiệp có tổ chức công đoàn", Comparator.GTE, new BigDecimal("100"),
                Measure.PERCENT_OF_MEMBERS, null, null, period, Indicator.STUDY_SESSIONS, null, dueBy,
                dueBy == null ? null : "đến hết năm 2023", "có từ 25 lao động trở lên");
    }
}
