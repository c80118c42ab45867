package vn.congdoan.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fails before anything starts when a port the stack needs is taken. */
final class Ports {

    private Ports() {
    }

    /** @param ports what each port is for, e.g. 8081 to "plan-service" */
    static void requireFree(Map<Integer, String> ports) {
        List<String> taken = new ArrayList<>();
        ports.forEach((port, user) -> {
            if (!isFree(port)) {
                taken.add("port " + port + " (" + user + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Already in use: " + String.join(", ", taken)
                    + ". Is the stack (or a service) already running? `ss -ltnp` shows which process holds a port.");
        }
    }

    /** Binds the wildcard address, as Tomcat does: this fails whatever address another process listens on. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }
}
