package vn.congdoan.plan.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code plan-import FILE}: prints the draft plan and findings of a plan document as JSON, the
 * same as {@code POST /api/plan-imports}, without starting the service. Exit code 0 when read,
 * 2 when the file cannot be read as a plan document (empty, not text, larger than the service accepts).
 */
public final class ImportCommand {
    private ImportCommand() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length != 1) {
            System.err.println("usage: plan-import FILE   (UTF-8 text or .docx)");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        if (Files.size(file) > PlanImporter.MAX_BYTES) {
            System.err.println(file + ": is larger than " + PlanImporter.MAX_BYTES / (1024 * 1024)
                    + " MB, far more than a plan; not read");
            System.exit(2);
        }
        try {
            ImportResult result = new PlanImporter().importDocument(Files.readAllBytes(file), file.getFileName().toString());
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
            System.err.printf("%s: %d tasks, %d targets, %d references, %d findings%n", file, result.draft().tasks().size(),
                    result.draft().targets().size(), result.draft().legalBasis().size(), result.findings().size());
        } catch (UnreadableDocumentException e) {
            System.err.println(file + ": " + e.getMessage());
            System.exit(2);
        }
    }
}
