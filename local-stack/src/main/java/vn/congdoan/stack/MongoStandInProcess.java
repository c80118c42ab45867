package vn.congdoan.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The MongoDB stand-in with its H2 file backend in a JVM of its own, so that a test can stop it
 * (SIGTERM: the file is committed and closed) or kill it (SIGKILL) and start it again on the same
 * file and port, as a database server goes down and comes back. {@link #main} is that JVM.
 */
public final class MongoStandInProcess extends LaunchedProcess {

    private static final List<String> JVM_ARGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");

    private MongoStandInProcess(int port, Process process, Path logFile) {
        super(port, process, logFile);
    }

    /** {@code java -cp <this JVM's class path> vn.congdoan.stack.MongoStandInProcess FILE PORT}. */
    public static MongoStandInProcess start(Path file, int port, Path logFile) {
        List<String> command = new ArrayList<>(ChildProcesses.javaCommand());
        command.addAll(JVM_ARGS);
        command.add("-Dlogback.configurationFile=vn/congdoan/stack/mongo-stand-in-logback.xml");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MongoStandInProcess.class.getName(),
                file.toAbsolutePath().toString(), Integer.toString(port)));
        return new MongoStandInProcess(port, ChildProcesses.start(new ProcessBuilder(command), logFile), logFile);
    }

    /** Waits until the stand-in accepts connections on its port. */
    public MongoStandInProcess awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The MongoDB stand-in exited with code " + process.exitValue() + ". "
                        + ChildProcesses.logTail(logFile));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return this;
            } catch (IOException notYet) {
                ChildProcesses.pause(Duration.ofMillis(100));
            }
        }
        throw new IllegalStateException("The MongoDB stand-in did not listen within " + timeout.toSeconds() + " s. "
                + ChildProcesses.logTail(logFile));
    }

    /** Runs the stand-in on {@code args[0]} (the H2 file) and {@code args[1]} (the port) until SIGTERM. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: MongoStandInProcess <h2 file> <port>");
            System.exit(2);
        }
        MongoStandIn mongo = MongoStandIn.start(Path.of(args[0]), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "mongo-stand-in-stop"));
        System.out.println("MongoDB stand-in listening on 127.0.0.1:" + args[1] + " (data in " + args[0] + ")");
        Thread.currentThread().join();
    }
}
