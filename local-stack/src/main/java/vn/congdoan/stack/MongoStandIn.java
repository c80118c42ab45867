package vn.congdoan.stack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB wire-protocol stand-in (mongo-java-server) in the launcher's JVM, stored in one H2
 * MVStore file so that the data survives a restart of the stack.
 */
final class MongoStandIn implements AutoCloseable {

    private final MongoServer server;
    private final int port;

    private MongoStandIn(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static MongoStandIn start(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        MongoServer server = new MongoServer(new H2Backend(file.toAbsolutePath().toString()));
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
        return new MongoStandIn(server, port);
    }

    String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    /** Closes the client connections and the H2 file (committing what is pending). */
    @Override
    public void close() {
        server.shutdownNow();
    }
}
