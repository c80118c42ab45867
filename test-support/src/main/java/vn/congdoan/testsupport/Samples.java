package vn.congdoan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample data kept in the repository's {@code samples/} folder: the federation's real plan
 * documents and a provincial unit tree. Tests read them from the repository, never from outside it.
 */
public final class Samples {
    /** Kế hoạch tuyên truyền Nghị quyết 02-NQ/TW (2021): the plan most tests use. */
    public static final String PROPAGANDA_PLAN_2021 = "plans/000_a83a5adc1c0b5727.txt";
    /** Kế hoạch thực hiện Kết luận 01-KL/TW (2021). */
    public static final String HO_CHI_MINH_STUDY_PLAN_2021 = "plans/004_a443f19bbe933251.txt";

    private Samples() {
    }

    public static Path path(String sample) {
        return repositoryRoot().resolve("samples").resolve(sample);
    }

    public static String text(String sample) {
        try {
            return Files.readString(path(sample), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String sample) {
        try {
            return Files.readAllBytes(path(sample));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding {@code mvnw}, found from the module the test runs in. */
    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("samples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (a folder with mvnw and samples/) above " + Path.of("").toAbsolutePath());
    }
}
