package vn.congdoan.plan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.congdoan.plan.imports.SeedPlans.ExpectedPlan;

/** Golden tests: importing the two real plans gives what a careful reader finds in them. */
class SeedPlanImportTest {

    private final PlanImporter importer = new PlanImporter();

    @Nested
    class PropagandaPlan2021 {

        private final ImportResult result = importer.importDocument(
                SeedPlans.bytes(SeedPlans.PROPAGANDA_PLAN), "000_a83a5adc1c0b5727.txt");
        private final ExpectedPlan expected = SeedPlans.propagandaPlan2021Expected();

        @Test
        void readsTheTitleAndLegalBasis() {
            assertTitleAndLegalBasis(result, expected);
        }

        @Test
        void readsPurposesAndRequirementsApart() {
            assertPurposes(result, expected);
        }

        @Test
        void readsTwoTargetsFromTheFirstSentenceAndOneFromEachOther() {
            assertThat(result.draft().targets()).containsExactlyElementsOf(expected.targets());
        }

        @Test
        void readsEveryTaskWithItsUnitAndDeadline() {
            assertTasks(result, expected);
        }

        @Test
        void readsRecipientsArchiveAndSigner() {
            assertClosing(result, expected);
        }

        @Test
        void keepsTheOutlineAndDescribesWhatItDidNotUnderstand() {
            assertOutlineAndFindings(result, expected);
        }
    }

    @Nested
    class HoChiMinhStudyPlan2021 {

        private final ImportResult result = importer.importDocument(
                SeedPlans.bytes(SeedPlans.HO_CHI_MINH_STUDY_PLAN), "004_a443f19bbe933251.txt");
        private final ExpectedPlan expected = SeedPlans.hoChiMinhStudyPlan2021Expected();

        @Test
        void joinsTheTitleBrokenOverSeveralLinesAndReadsTheLegalBasis() {
            assertTitleAndLegalBasis(result, expected);
        }

        @Test
        void takesAnUnsplitPurposeSectionAsPurposes() {
            assertPurposes(result, expected);
        }

        @Test
        void hasNoTargets() {
            assertThat(result.draft().targets()).isEmpty();
        }

        @Test
        void readsEveryTaskWithItsUnitAndDeadline() {
            assertTasks(result, expected);
        }

        @Test
        void readsRecipientsArchiveAndSignerButNotTheSignedMarker() {
            assertClosing(result, expected);
        }

        @Test
        void keepsTheOutlineAndDescribesWhatItDidNotUnderstand() {
            assertOutlineAndFindings(result, expected);
        }

        @Test
        void reportsTheAmbiguousPeriodicDeadlineInsteadOfGuessing() {
            assertThat(result.findings())
                    .filteredOn(f -> f.code().equals(FindingCodes.AMBIGUOUS_DEADLINE))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.line()).isEqualTo(57);
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.text()).contains("(Thường xuyên và theo định kỳ)");
                    });
        }
    }

    private static void assertTitleAndLegalBasis(ImportResult result, ExpectedPlan expected) {
        PlanDraft draft = result.draft();
        assertThat(draft.title()).isEqualTo(expected.title());
        assertThat(draft.legalBasis()).containsExactlyElementsOf(expected.legalBasis());
        assertThat(draft.issuer()).isNull();
        assertThat(draft.number()).isNull();
        assertThat(draft.issueDate()).isNull();
    }

    private static void assertPurposes(ImportResult result, ExpectedPlan expected) {
        assertStartWith(result.draft().purposes(), expected.purposesStartingWith());
        assertStartWith(result.draft().requirements(), expected.requirementsStartingWith());
    }

    private static void assertStartWith(List<String> actual, List<String> starts) {
        assertThat(actual).hasSameSizeAs(starts);
        for (int i = 0; i < starts.size(); i++) {
            assertThat(actual.get(i)).startsWith(starts.get(i));
        }
    }

    private static void assertTasks(ImportResult result, ExpectedPlan expected) {
        List<DraftTask> tasks = result.draft().tasks();
        assertThat(tasks).extracting(DraftTask::line)
                .containsExactlyElementsOf(expected.tasks().stream().map(DraftTask::line).toList());
        for (int i = 0; i < tasks.size(); i++) {
            assertThat(tasks.get(i)).as("task on line %d", tasks.get(i).line()).isEqualTo(expected.tasks().get(i));
        }
    }

    private static void assertClosing(ImportResult result, ExpectedPlan expected) {
        PlanDraft draft = result.draft();
        assertThat(draft.recipients()).containsExactlyElementsOf(expected.recipients());
        assertThat(draft.archive()).isEqualTo(expected.archive());
        assertThat(draft.signer()).isEqualTo(expected.signer());
    }

    private static void assertOutlineAndFindings(ImportResult result, ExpectedPlan expected) {
        assertThat(result.draft().sections()).containsExactlyElementsOf(expected.sections());
        assertThat(result.draft().description()).extracting(DescriptionBlock::line)
                .containsExactlyElementsOf(expected.describedLines());
        assertThat(result.findings()).extracting(f -> f.code() + "@" + f.line())
                .containsExactlyInAnyOrderElementsOf(expected.findings());
    }
}
