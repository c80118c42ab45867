package vn.congdoan.plan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.plan.Measure;

class TargetIndicatorsTest {

    @Test
    void theSeedPlansFourTargetsNameStudySessionsTwiceThenSkillsTrainingThenFanpagePosts() {
        ImportResult result = new PlanImporter().importDocument(SeedPlans.bytes(SeedPlans.PROPAGANDA_PLAN),
                "000_a83a5adc1c0b5727.txt");

        assertThat(result.draft().targets())
                .map(t -> TargetIndicators.of(t.metric(), t.measure()).orElse(null))
                .containsExactly(Indicator.STUDY_SESSIONS, Indicator.STUDY_SESSIONS, Indicator.SKILLS_TRAINING,
                        Indicator.FANPAGE_POST);
    }

    @Test
    void anIndicatorIsOnlyGivenWhenTheTargetIsMeasuredTheIndicatorsWay() {
        assertThat(TargetIndicators.of("công đoàn cơ sở tổ chức học tập nghị quyết", Measure.PERCENT_OF_UNITS)).isEmpty();
        assertThat(TargetIndicators.of("số buổi nói chuyện chuyên đề", Measure.COUNT)).isEmpty();
    }
}
