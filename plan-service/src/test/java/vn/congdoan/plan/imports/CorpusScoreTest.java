package vn.congdoan.plan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Scores the importer on the corpus of real union documents in {@code src/test/resources/corpus}:
 * each {@code NNN-slug.txt} (the text as the web page gives it), its {@code .source} (address, never
 * read by the importer) and its {@code .expected} (what a careful reader finds, written by reading the
 * document, not by running the importer). Prints per field how many were read right of how many.
 *
 * <p>Run alone: {@code ./mvnw -B -ntp -pl plan-service -am test -Dtest=CorpusScoreTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. A target found that the reader did not expect counts as a
 * wrong "target (spurious)", so reading facts as targets lowers the score.
 */
class CorpusScoreTest {

    private static final List<String> HEADER_FIELDS = List.of("kind", "issuer", "parent", "number", "place", "date", "title");

    private final PlanImporter importer = new PlanImporter();

    @Test
    void scoresEveryDocumentOfTheCorpusFieldByField() {
        Score score = new Score();
        List<Path> documents = documents();
        for (Path document : documents) {
            score.document(document.getFileName().toString(), read(document), Expected.parse(sibling(document, ".expected")));
        }
        System.out.println(score.table(documents.size()));

        assertThat(documents).hasSizeGreaterThanOrEqualTo(28);
        assertThat(score.right("target value")).isEqualTo(score.total("target value"));
        assertThat(score.right("target (spurious)")).isEqualTo(score.total("target (spurious)"));
        assertThat(score.ratio()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyDocumentKeepsItsSourceAddressApart() {
        for (Path document : documents()) {
            assertThat(sibling(document, ".source")).as(document.toString()).contains("url: http");
            assertThat(read(document)).doesNotContain("url: http");
        }
    }

    static List<Path> documents() {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path corpus() {
        try {
            return Path.of(CorpusScoreTest.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        return read(file).getBytes(StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sibling(Path document, String extension) {
        return read(document.resolveSibling(document.getFileName().toString().replace(".txt", extension)));
    }

    /** What the reader wrote down for one document. */
    record Expected(Map<String, String> header, List<String[]> references, List<String[]> targets, List<String[]> tasks) {

        static Expected parse(String text) {
            Map<String, String> header = new LinkedHashMap<>();
            List<String[]> references = new ArrayList<>();
            List<String[]> targets = new ArrayList<>();
            List<String[]> tasks = new ArrayList<>();
            for (String line : text.split("\n")) {
                int colon = line.indexOf(':');
                if (line.isBlank() || colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                switch (key) {
                    case "reference" -> references.add(value.split("\\s*\\|\\s*"));
                    case "target" -> targets.add(value.split("\\s*\\|\\s*"));
                    case "task" -> tasks.add(value.split("\\s*\\|\\s*"));
                    default -> header.put(key, value);
                }
            }
            return new Expected(header, references, targets, tasks);
        }
    }

    /** Right and total counts per field, and the misses to show. */
    private final class Score {
        private final Map<String, int[]> fields = new LinkedHashMap<>();
        private final List<String> misses = new ArrayList<>();

        void document(String name, String text, Expected expected) {
            ImportResult result = importer.importDocument(text.getBytes(StandardCharsets.UTF_8), name);
            PlanDraft draft = result.draft();
            Map<String, String> actual = new LinkedHashMap<>();
            actual.put("kind", draft.kind());
            actual.put("issuer", draft.issuer());
            actual.put("parent", draft.parentIssuer());
            actual.put("number", draft.number());
            actual.put("place", draft.place());
            actual.put("date", Objects.toString(draft.issueDate(), null));
            actual.put("title", draft.title());
            for (String field : HEADER_FIELDS) {
                count(name, field, expected.header().get(field), actual.get(field));
            }
            references(name, expected.references(), new ArrayList<>(draft.legalBasis()));
            targets(name, expected.targets(), new ArrayList<>(draft.targets()));
            tasks(name, expected.tasks(), new ArrayList<>(draft.tasks()));
        }

        private void references(String name, List<String[]> expected, List<Reference> actual) {
            for (String[] e : expected) {
                Reference found = actual.stream().filter(r -> same(e[1], r.number())).findFirst().orElse(null);
                actual.remove(found);
                count(name, "reference number", e[1], found == null ? null : found.number());
                count(name, "reference kind", e[0], found == null ? null : found.kind());
                count(name, "reference date", dash(e[2]), found == null ? null : Objects.toString(found.date(), null));
                count(name, "reference issuer", dash(e[3]), found == null ? null : found.issuer());
            }
            actual.forEach(r -> count(name, "reference (spurious)", null, r.kind() + " " + r.number()));
        }

        private void targets(String name, List<String[]> expected, List<DraftTarget> actual) {
            for (String[] e : expected) {
                DraftTarget found = actual.stream()
                        .filter(t -> t.threshold() != null && t.threshold().compareTo(new BigDecimal(e[0])) == 0)
                        .findFirst().orElse(null);
                actual.remove(found);
                count(name, "target value", e[0], found == null ? null : found.threshold().stripTrailingZeros().toPlainString());
                count(name, "target measure", e[1], found == null ? null : Objects.toString(found.measure(), null));
                count(name, "target comparator", e[2], found == null ? null : Objects.toString(found.comparator(), null));
                countContained(name, "target qualifier", dash(e[3]), found, found == null ? null : found.qualifier());
                countContained(name, "target horizon", dash(e[4]), found, found == null ? null : found.horizon());
            }
            actual.forEach(t -> count(name, "target (spurious)", null, t.threshold() + " " + t.metric()));
            if (actual.isEmpty()) {
                count(name, "target (spurious)", null, null);
            }
        }

        private void tasks(String name, List<String[]> expected, List<DraftTask> actual) {
            for (String[] e : expected) {
                DraftTask found = actual.stream().filter(t -> fold(t.title()).startsWith(fold(e[0]))).findFirst().orElse(null);
                actual.remove(found);
                count(name, "task", e[0], found == null ? null : e[0]);
                countContained(name, "task responsible", dash(e[1]), found, found == null ? null : found.responsible());
                countContained(name, "task deadline", dash(e[2]), found, found == null ? null : found.deadlinePhrase());
            }
        }

        private void count(String name, String field, String expected, String actual) {
            boolean right = same(expected, actual);
            tally(name, field, right, expected, actual);
        }

        /** Right when {@code actual} contains {@code expected}; always wrong when the item itself was not found. */
        private void countContained(String name, String field, String expected, Object item, String actual) {
            boolean right = item != null && (expected == null ? actual == null || actual.isBlank()
                    : actual != null && fold(actual).contains(fold(expected)));
            tally(name, field, right, expected, actual);
        }

        private void tally(String name, String field, boolean right, String expected, String actual) {
            int[] counts = fields.computeIfAbsent(field, f -> new int[2]);
            counts[1]++;
            if (right) {
                counts[0]++;
            } else {
                misses.add(name + " " + field + ": expected «" + expected + "» read «" + actual + "»");
            }
        }

        int right(String field) {
            return fields.getOrDefault(field, new int[2])[0];
        }

        int total(String field) {
            return fields.getOrDefault(field, new int[2])[1];
        }

        double ratio() {
            int right = fields.values().stream().mapToInt(c -> c[0]).sum();
            int total = fields.values().stream().mapToInt(c -> c[1]).sum();
            return total == 0 ? 1 : (double) right / total;
        }

        String table(int documents) {
            StringBuilder out = new StringBuilder("\nCorpus score (" + documents + " documents)\n");
            int right = 0;
            int total = 0;
            for (Map.Entry<String, int[]> field : fields.entrySet()) {
                int[] c = field.getValue();
                out.append(String.format("  %-22s %3d / %3d%n", field.getKey(), c[0], c[1]));
                right += c[0];
                total += c[1];
            }
            out.append(String.format("  %-22s %3d / %3d  (%.1f%%)%n", "TOTAL", right, total, 100.0 * right / total));
            misses.forEach(m -> out.append("  miss: ").append(m).append('\n'));
            return out.toString();
        }
    }

    private static String dash(String value) {
        return value == null || value.equals("-") ? null : value;
    }

    /** Equal ignoring case, spaces and trailing punctuation; both absent is equal. */
    private static boolean same(String expected, String actual) {
        if (expected == null || actual == null) {
            return expected == null && (actual == null || actual.isBlank());
        }
        return canonical(expected).equals(canonical(actual));
    }

    private static String canonical(String text) {
        return VietText.normalize(text).replaceAll("[.,;:\\s]+$", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String fold(String text) {
        return VietText.fold(VietText.normalize(text == null ? "" : text));
    }
}
