package vn.congdoan.stack;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A process this JVM launched (the broker, the MongoDB stand-in, a service) and may stop gracefully
 * or kill as a crash would, with the port it serves and the file it logs to.
 */
public abstract class LaunchedProcess implements AutoCloseable {
    /** How long a graceful stop waits before SIGKILL. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    protected final int port;
    protected final Process process;
    protected final Path logFile;

    protected LaunchedProcess(int port, Process process, Path logFile) {
        this.port = port;
        this.process = process;
        this.logFile = logFile;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Graceful: SIGTERM (a broker's controlled shutdown, Spring's graceful shutdown, the stand-in
     * committing its file), up to 30 s, then SIGKILL.
     */
    public void stop() {
        ChildProcesses.stop(process, GRACE);
        ended();
    }

    /** SIGKILL at once, as a crash would. */
    public void kill() {
        ChildProcesses.kill(process);
        ended();
    }

    /** What a kind of process does once it is stopped or killed; nothing by default. */
    protected void ended() {
    }

    @Override
    public void close() {
        stop();
    }
}
