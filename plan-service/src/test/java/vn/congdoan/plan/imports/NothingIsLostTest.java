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

    /** Form text that carries nothing to keep (matched folded, so in any case). */
    private static final Pattern FORM = Pattern.compile("noi nhan:?|\\(da ky\\)|cong hoa xa hoi chu nghia viet nam"
            + "|doc lap ?[-–—] ?tu do ?[-–—] ?hanh phuc|[-_=*| ]+");
    /** The numbering or bullet in front of a line, which the outline keeps as structure. */
    private static final Pattern LABEL = Pattern.compile("^(?![Vv]/v)(?:(?:PHẦN|Phần)\\s+\\S+?[.:/-]?|[A-H]\\.(?:[IVX]+\\.(?:\\d+\\.)*)?"
            + "|[IVX]+\\s*[./:-]|\\d{1,2}(?:\\.\\d{1,2})*[.)]?|[-+–•])\\s*");

    private final PlanImporter importer = new PlanImporter();

    static Stream<Arguments> documents() {
        Stream<Arguments> made = Stream.of(
                Arguments.of("seed 000", SeedPlans.bytes(SeedPlans.PROPAGANDA_PLAN)),
                Arguments.of("seed 004", SeedPlans.bytes(SeedPlans.HO_CHI_MINH_STUDY_PLAN)),
                Arguments.of("messy plan with a header", MessyPlans.utf8(MessyPlans.withHeader())),
                Arguments.of("messy plan, NFD and CRLF",
                        MessyPlans.utf8(MessyPlans.windowsLineEnds(MessyPlans.decomposed(MessyPlans.withHeader())))));
        return Stream.concat(made, CorpusScoreTest.documents().stream()
                .map(file -> Arguments.of("corpus " + file.getFileName(), CorpusScoreTest.bytes(file))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void keepsEveryLineAsStructureOrAsDescribedText(String name, byte[] bytes) {
        List<String> lines = PlanDocumentReader.read(bytes, name);
        ImportResult result = importer.importLines(lines);
        List<String> structured = structuredText(result.draft());

        for (int i = 0; i < lines.size(); i++) {
            for (String cell : HeaderRecognizer.cells(lines.get(i))) {
                String text = tidy(cell);
                if (!text.isEmpty() && !FORM.matcher(VietText.fold(text)).matches() && !isKindHeadingAlone(text)) {
                    int line = i + 1;
                    assertThat(isStructured(text, paragraphStart(lines, i), result.draft(), structured)
                            || isDescribed(text, result) || isSplit(text, paragraphStart(lines, i), result, structured)
                            || isReportedBlankNumber(text, result))
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

        assertThat(result.draft().description()).allSatisfy(block -> {
            String line = VietText.normalize(lines.get(block.line() - 1));
            assertThat(line).contains(block.text().substring(0, Math.min(block.text().length(), Math.min(20, line.length()))));
        });
        assertThat(result.findings()).filteredOn(f -> f.line() > 0).allSatisfy(finding -> {
            String line = VietText.normalize(lines.get(finding.line() - 1));
            assertThat(line).contains(finding.text().substring(0, Math.min(finding.text().length(), Math.min(20, line.length()))));
        });
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
        String withoutHeading = DocumentKinds.heading(text).map(h -> tidy(text.substring(h.end()))).orElse(text);
        String withoutSubject = tidy(HeaderRecognizer.withoutSubjectBrackets(HeaderRecognizer.withoutSubjectMark(text))
                .replaceFirst("^\\s*:", ""));
        return structured.stream().anyMatch(s -> s.contains(text) || s.contains(withoutHeading) || s.contains(withoutSubject))
                || draft.number() != null && draft.title() != null && text.contains(draft.number()) && text.contains(draft.title())
                || draft.targets().stream().anyMatch(t -> t.line() == line)
                || draft.number() != null && text.startsWith("Số") && text.replace(" ", "").contains(draft.number())
                || draft.place() != null && text.contains("ngày") && text.startsWith(draft.place());
    }

    private static boolean isKindHeadingAlone(String text) {
        return DocumentKinds.heading(text).filter(h -> text.substring(h.end()).isBlank()).isPresent();
    }

    /** A line whose start ends the title and whose rest is described ("… LỊCH SỬ”(Ban hành kèm theo …"). */
    private static boolean isSplit(String text, int line, ImportResult result, List<String> structured) {
        for (int at = text.indexOf('('); at > 0; at = text.indexOf('(', at + 1)) {
            String head = tidy(text.substring(0, at));
            String rest = text.substring(at);
            if (isStructured(head, line, result.draft(), structured) && isDescribed(rest, result)) {
                return true;
            }
        }
        return false;
    }

    /** "Số:    /KH-LĐLĐ": a number left blank is kept, code and all, in the finding that says so. */
    private static boolean isReportedBlankNumber(String text, ImportResult result) {
        return result.findings().stream()
                .anyMatch(f -> f.code().equals(FindingCodes.MISSING_NUMBER) && f.message().contains(text));
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
        if (draft.parentIssuer() != null) {
            text.addAll(List.of(draft.parentIssuer().split(" - ")));
            text.add(draft.parentIssuer() + " " + draft.issuer());
        }
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
