package vn.congdoan.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker (KRaft, one node as broker and controller on 127.0.0.1) in a JVM of its
 * own, from the jars that this module copies to {@code target/kafka-libs}. Its data survives a restart.
 */
public final class KafkaBroker extends LaunchedProcess {

    public static final int DEFAULT_PORT = 9092;
    private static final List<String> JVM_ARGS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms128m", "-Xmx512m", "-Djava.awt.headless=true");

    private KafkaBroker(int port, Process process, Path logFile) {
        super(port, process, logFile);
    }

    /** {@code <root>/local-stack/target/kafka-libs}, filled by {@code ./mvnw package} of this module. */
    public static Path libs(Path repositoryRoot) {
        Path libs = repositoryRoot.resolve("local-stack").resolve("target").resolve("kafka-libs")
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("Missing " + libs + ": build it first with `./mvnw -B -ntp -DskipTests package`"
                    + " in " + repositoryRoot.toAbsolutePath().normalize());
        }
        return libs;
    }

    /** Listens on {@code port} (clients) and {@code controllerPort}; formats {@code dataDir} on first use. */
    public static KafkaBroker start(Path libs, Path dataDir, int port, int controllerPort, Path logFile) {
        Path config = writeConfig(dataDir.toAbsolutePath(), port, controllerPort);
        Path logDir = dataDir.toAbsolutePath().resolve("data");
        if (!Files.isRegularFile(logDir.resolve("meta.properties"))) {
            format(libs, config, logFile);
        }
        Process process = ChildProcesses.start(new ProcessBuilder(command(libs, config, "kafka.Kafka",
                config.toString())), logFile);
        return new KafkaBroker(port, process, logFile);
    }

    public static KafkaBroker start(Path libs, Path dataDir, Path logFile) {
        return start(libs, dataDir, DEFAULT_PORT, DEFAULT_PORT + 1, logFile);
    }

    private static Path writeConfig(Path dataDir, int port, int controllerPort) {
        try {
            Files.createDirectories(dataDir);
            Path config = dataDir.resolve("server.properties");
            Files.writeString(config, KafkaConfig.serverProperties(dataDir.resolve("data"), port, controllerPort),
                    StandardCharsets.UTF_8);
            Files.writeString(dataDir.resolve("logback.xml"), KafkaConfig.LOGBACK, StandardCharsets.UTF_8);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the broker's configuration in " + dataDir, e);
        }
    }

    /** {@code kafka-storage.sh format}: stamps the log directory with a cluster id, once. */
    private static void format(Path libs, Path config, Path logFile) {
        String clusterId = Uuid.randomUuid().toString();
        Process format = ChildProcesses.start(new ProcessBuilder(command(libs, config, "kafka.tools.StorageTool",
                "format", "--cluster-id", clusterId, "--config", config.toString())), logFile);
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                ChildProcesses.kill(format);
                throw new IllegalStateException("Formatting the Kafka storage failed. " + ChildProcesses.logTail(logFile));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ChildProcesses.kill(format);
            throw new IllegalStateException("interrupted while formatting the Kafka storage", e);
        }
    }

    private static List<String> command(Path libs, Path config, String mainClass, String... args) {
        List<String> command = new ArrayList<>(ChildProcesses.javaCommand());
        command.addAll(JVM_ARGS);
        command.add("-Dlogback.configurationFile=" + config.resolveSibling("logback.xml"));
        command.addAll(List.of("-cp", libs.toAbsolutePath() + "/*", mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Waits until the broker answers an AdminClient's describeCluster. */
    public KafkaBroker awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The Kafka broker exited with code " + process.exitValue()
                            + ". " + ChildProcesses.logTail(logFile));
                }
                try {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return this;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
                } catch (ExecutionException | TimeoutException notYet) {
                    ChildProcesses.pause(Duration.ofMillis(200));
                }
            }
        }
        throw new IllegalStateException("The Kafka broker did not answer within " + timeout.toSeconds() + " s. "
                + ChildProcesses.logTail(logFile));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }
}
