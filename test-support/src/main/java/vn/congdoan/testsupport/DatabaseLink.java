package vn.congdoan.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the services under test and their database, so that a test can take the
 * database away and give it back ({@link #cut()}, {@link #restore()}) while the data stays: the
 * drivers see exactly what they see when a MongoDB server goes down (open connections reset,
 * new ones refused at once) and come back when it does.
 */
public final class DatabaseLink {
    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean up = true;

    DatabaseLink(InetSocketAddress target) {
        this.target = target;
        try {
            listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("database-link").start(this::accept);
    }

    /** host:port that reaches the database while the link is up. */
    public String address() {
        return listener.getInetAddress().getHostAddress() + ":" + listener.getLocalPort();
    }

    /** The database goes away: every open connection is reset and new ones are closed at once. */
    public void cut() {
        up = false;
        open.forEach(DatabaseLink::closeQuietly);
        open.clear();
    }

    /** The database is back. */
    public void restore() {
        up = true;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (!up) {
                    client.setSoLinger(true, 0);
                    client.close();
                    continue;
                }
                Socket server = new Socket(target.getAddress(), target.getPort());
                open.add(client);
                open.add(server);
                Thread.ofVirtual().start(() -> pipe(client, server));
                Thread.ofVirtual().start(() -> pipe(server, client));
            } catch (IOException e) {
                // a refused upstream or a closing listener: the client sees its connection fail
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed or the link was cut
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
