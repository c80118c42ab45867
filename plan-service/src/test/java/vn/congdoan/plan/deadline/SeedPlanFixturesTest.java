package vn.congdoan.plan.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.congdoan.testsupport.Samples;

/** Keeps the fixtures honest: every task and deadline phrase is quoted from the real seed plan. */
class SeedPlanFixturesTest {

    @Test
    void fixturesQuoteTheSeedPlanWordForWord() {
        String seed = Samples.text(Samples.PROPAGANDA_PLAN_2021);

        Stream.of(SeedPlanFixtures.DRAFT_PLAN, SeedPlanFixtures.STUDY_CONFERENCE, SeedPlanFixtures.POST_NEWS,
                        SeedPlanFixtures.REPORT_TO_VGCL, SeedPlanFixtures.GRASSROOTS_PLAN,
                        SeedPlanFixtures.RESULTS_REPORT)
                .forEach(assignment -> assertThat(seed)
                        .contains(assignment.task())
                        .contains(assignment.deadlinePhrase()));
    }
}
