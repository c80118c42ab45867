package vn.congdoan.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * One service's executable jar running as a child JVM, with its output in a log file.
 * Used by {@link LocalStack} and by the system tests.
 */
public final class ServiceProcess extends LaunchedProcess {

    /** Small and fast-starting: the local stack and the system tests run five JVMs on two cores. */
    static final List<String> DEFAULT_JVM_ARGS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
    /** Still running: stopped when this JVM exits, so a failed test run or launcher leaves no orphans. */
    private static final Set<ServiceProcess> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> List.copyOf(RUNNING).parallelStream().forEach(ServiceProcess::stop), "service-process-reaper"));
    }

    /** The environment variable naming the port Actuator answers on (Boot's {@code management.server.port}). */
    public static final String MANAGEMENT_PORT_VARIABLE = "MANAGEMENT_SERVER_PORT";

    private final String name;
    private final int managementPort;

    private ServiceProcess(String name, int port, int managementPort, Process process, Path logFile) {
        super(port, process, logFile);
        this.name = name;
        this.managementPort = managementPort;
    }

    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> env, Path logFile) {
        return start(name, jar, port, env, logFile, List.of());
    }

    /**
     * {@code jvmArgs} come after the defaults, so they can override them (e.g. {@code -Xmx1g}).
     * Actuator answers on {@code env}'s {@value #MANAGEMENT_PORT_VARIABLE}, or else on a free port.
     */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> env, Path logFile,
                                       List<String> jvmArgs) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(name + ": no jar at " + jar);
        }
        List<String> command = new ArrayList<>(ChildProcesses.javaCommand());
        command.addAll(DEFAULT_JVM_ARGS);
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        int managementPort = env.containsKey(MANAGEMENT_PORT_VARIABLE)
                ? Integer.parseInt(env.get(MANAGEMENT_PORT_VARIABLE)) : freePort();
        builder.environment().put(MANAGEMENT_PORT_VARIABLE, Integer.toString(managementPort));
        ServiceProcess service = new ServiceProcess(name, port, managementPort, ChildProcesses.start(builder, logFile), logFile);
        RUNNING.add(service);
        return service;
    }

    /**
     * Polls {@code /actuator/health} on the management port until it answers 200 with status UP.
     *
     * @throws IllegalStateException if the process exits or the timeout passes first; the message
     *                               holds the last 40 lines of the log
     */
    public ServiceProcess awaitHealthy(Duration timeout) {
        return await(managementUrl(), "/actuator/health", body -> body.replace(" ", "").contains("\"status\":\"UP\""), timeout);
    }

    /**
     * Polls {@code path} until it answers 200 with a body that {@code ready} accepts: for a process
     * without Actuator, such as the identity provider and its OpenID discovery document.
     *
     * @throws IllegalStateException as {@link #awaitHealthy(Duration)}
     */
    public ServiceProcess awaitAnswer(String path, Predicate<String> ready, Duration timeout) {
        return await(baseUrl(), path, ready, timeout);
    }

    private ServiceProcess await(String base, String path, Predicate<String> ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer yet";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before it was ready. " + ChildProcesses.logTail(logFile));
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && ready.test(response.body())) {
                    return this;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            ChildProcesses.pause(POLL_INTERVAL);
        }
        throw new IllegalStateException(name + " was not ready after " + timeout.toSeconds() + " s (last answer from "
                + path + ": " + lastAnswer + "). " + ChildProcesses.logTail(logFile));
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Where Actuator answers (health, info, metrics): never on the API port. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public String name() {
        return name;
    }

    /** A stopped or killed service is no longer one for the reaper to stop. */
    @Override
    protected void ended() {
        RUNNING.remove(this);
    }

    /** The exit code once the process has ended (143 after a SIGTERM it handled, 137 after SIGKILL). */
    public int exitValue() {
        return process.exitValue();
    }

    /**
     * {@code <root>/<service>/target/<service>-<version>-exec.jar}, the version being the root pom's.
     *
     * @throws IllegalStateException naming the jar and the build command when it is missing
     */
    public static Path serviceJar(Path repositoryRoot, String service) {
        String version = RepositoryRoot.projectVersion(repositoryRoot);
        Path jar = repositoryRoot.resolve(service).resolve("target")
                .resolve(service + "-" + version + "-exec.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build it first with `./mvnw -B -ntp -DskipTests package`"
                    + " in " + repositoryRoot.toAbsolutePath().normalize());
        }
        return jar;
    }

    /** A port that was free on 127.0.0.1 a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", " + baseUrl() + ")";
    }
}
