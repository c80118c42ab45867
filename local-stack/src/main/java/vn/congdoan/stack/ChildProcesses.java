package vn.congdoan.stack;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starting, stopping and reading the logs of child JVMs; shared by services and the broker. */
final class ChildProcesses {

    private static final int TAIL_LINES = 40;
    private static final DateTimeFormatter FAKETIME_START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int TAIL_BYTES = 64 * 1024;
    /** util-linux's setsid: a Ctrl-C in the terminal then reaches only the launcher, which stops children in order. */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ChildProcesses() {
    }

    /** The java of the running JVM, so children run on the same (21+) JDK. */
    static List<String> javaCommand() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 24) {
            // Kafka and Netty still call sun.misc.Unsafe's memory methods: no warning on every start
            return List.of(java, "--sun-misc-unsafe-memory-access=allow");
        }
        return List.of(java);
    }

    static Process start(ProcessBuilder builder, Path logFile) {
        keepTheLaunchersClock(builder.environment());
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.writeString(logFile, "=== " + OffsetDateTime.now() + " " + String.join(" ", builder.command())
                    + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (Files.isExecutable(SETSID)) {
                List<String> command = new ArrayList<>(builder.command());
                command.addFirst(SETSID.toString());
                builder.command(command);
            }
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + builder.command(), e);
        }
    }

    /**
     * Under libfaketime's "@" form ({@code FAKETIME=@2026-12-31 16:30:00}, as the suite is run to
     * check that no result depends on the date) every process's clock starts at that instant when the
     * process starts, so a child started minutes later would run minutes behind its launcher and
     * take the tokens and locks of earlier processes for ones from the future. A child starts at the
     * launcher's present instead: all keep one clock, as on a machine whose clock was set.
     */
    static void keepTheLaunchersClock(Map<String, String> environment) {
        String faketime = environment.get("FAKETIME");
        if (faketime != null && faketime.startsWith("@")) {
            environment.put("FAKETIME", "@" + LocalDateTime.now().format(FAKETIME_START));
        }
    }

    static void stop(Process process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
        }
    }

    static void kill(Process process) {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** "Last 40 lines of FILE:" and the lines, for error messages. */
    static String logTail(Path logFile) {
        if (!Files.isRegularFile(logFile)) {
            return "No log at " + logFile;
        }
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            List<String> tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
            return "Last " + tail.size() + " lines of " + logFile + ":" + System.lineSeparator()
                    + String.join(System.lineSeparator(), tail);
        } catch (IOException e) {
            return "Cannot read " + logFile + ": " + e;
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
