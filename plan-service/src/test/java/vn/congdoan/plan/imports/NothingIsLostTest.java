package vn.congdoan.plan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every non-blank line of the input is either in a structured field of the draft, or kept as
 * description with a finding on its line. Only form text is exempt.
 */
class NothingIsLostTest {

    /** Form text that carries nothing to keep. */
    private static final Pattern FORM = Pattern.compile(
            "KẾ HOẠCH|Nơi nhận:?|\\(Đã ký\\)|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc|[-_=* ]+");
    /** The numbering or bullet in front of a line, which the outline keeps as structure. */
    private static final Pattern LABEL = Pattern.compile("^(?:[IVX]+\\.|\\d{1,2}(?:\\.\\d{1,2})*\\.?|[-+–•])\\s*");

    private final PlanImporter importer = new PlanImporter();

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("seed 000", SeedPlans.bytes(SeedPlans.PROPAGANDA_PLAN)),
                Arguments.of("seed 004", SeedPlans.bytes(SeedPlans.HO_CHI_MINH_STUDY_PLAN)),
                Arguments.of("messy plan with a header", MessyPlans.utf8(MessyPlans.withHeader())),
                Arguments.of("messy plan, NFD and CRLF",
                        MessyPlans.utf8(MessyPlans.windowsLineEnds(MessyPlans.decomposed(MessyPlans.withHeader())))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void keepsEveryLineAsStructureOrAsDescribedText(String name, byte[] bytes) {
        List<String> lines = PlanDocumentReader.read(bytes, name);
        ImportResult result = importer.importLines(lines);
        List<String> structured = structuredText(result.draft());

        for (int i = 0; i < lines.size(); i++) {
            for (String cell : VietText.cells(lines.get(i))) {
                String text = tidy(cell);
                if (!text.isEmpty() && !FORM.matcher(text).matches()) {
                    int line = i + 1;
                    assertThat(isStructured(text, paragraphStart(lines, i), result.draft(), structured)
                            || isDescribed(text, result))
                            .as("line %d '%s' is neither structure nor described with a finding", line, text)
                            .isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void pointsEveryDescriptionAndFindingAtTheLineItQuotes(String name, byte[] bytes) {
        List<String> lines = PlanDocumentReader.read(bytes, name);
        ImportResult result = importer.importLines(lines);

        assertThat(result.draft().description()).allSatisfy(block ->
                assertThat(block.text()).startsWith(VietText.normalize(lines.get(block.line() - 1)).split(" {3,}")[0]
                        .substring(0, Math.min(20, block.text().length()))));
        assertThat(result.findings()).filteredOn(f -> f.line() > 0).allSatisfy(finding ->
                assertThat(VietText.normalize(lines.get(finding.line() - 1)))
                        .contains(finding.text().substring(0, Math.min(20, finding.text().length()))));
    }

    /** The line a hard-broken sentence starts on: back over unlabelled lines to a labelled or first one. */
    private static int paragraphStart(List<String> lines, int index) {
        int start = index;
        while (start > 0 && !LABEL.matcher(VietText.normalize(lines.get(start))).find()
                && !VietText.normalize(lines.get(start - 1)).isEmpty()) {
            start--;
        }
        return start + 1;
    }

    private static boolean isStructured(String text, int line, PlanDraft draft, List<String> structured) {
        return structured.stream().anyMatch(s -> s.contains(text))
                || draft.targets().stream().anyMatch(t -> t.line() == line)
                || draft.number() != null && text.startsWith("Số") && text.contains(draft.number())
                || draft.issueDate() != null && text.contains("ngày") && text.startsWith(draft.place());
    }

    private static boolean isDescribed(String text, ImportResult result) {
        return result.draft().description().stream()
                .filter(block -> tidy(block.text()).contains(text))
                .anyMatch(block -> result.findings().stream()
                        .anyMatch(f -> f.line() == block.line() && f.code().equals(FindingCodes.UNSTRUCTURED_TEXT)));
    }

    /** Every string the draft holds, and tasks put back together with their unit and deadline. */
    private static List<String> structuredText(PlanDraft draft) {
        List<String> text = new ArrayList<>();
        text.addAll(List.of(Objects.toString(draft.title(), ""), Objects.toString(draft.issuer(), ""),
                "Lưu: " + draft.archive()));
        text.addAll(draft.purposes());
        text.addAll(draft.requirements());
        text.addAll(draft.recipients());
        draft.sections().forEach(s -> text.add(s.heading()));
        draft.targets().forEach(t -> text.add(t.metric()));
        if (draft.signer() != null) {
            text.addAll(Stream.of(draft.signer().capacity(), draft.signer().position(), draft.signer().name())
                    .filter(Objects::nonNull).toList());
        }
        draft.tasks().forEach(task -> {
            String withDeadline = task.title() + (task.deadlinePhrase() == null ? "" : " (" + task.deadlinePhrase() + ")");
            text.add(tidy(withDeadline));
            text.add(tidy(task.responsible() + ": " + withDeadline));
        });
        return text.stream().map(NothingIsLostTest::tidy).toList();
    }

    private static String tidy(String text) {
        return VietText.trimEnd(LABEL.matcher(VietText.normalize(text)).replaceFirst(""));
    }
}
