package io.newswire.localstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded MongoDB-wire-compatible server (mongo-java-server) with its data in one H2 MVStore file,
 * so that stored documents survive a restart; each acknowledged write is on disk ({@link DurableH2Backend}).
 */
final class MongoStore implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final int port;

    private MongoStore(MongoServer server, H2Backend backend, int port) {
        this.server = server;
        this.backend = backend;
        this.port = port;
    }

    static MongoStore start(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        var backend = DurableH2Backend.open(dataDir.resolve("newswire.mv"));
        var server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new IOException("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); set NEWSWIRE_MONGO_PORT to a free port", e);
        }
        return new MongoStore(server, backend, server.getLocalAddress().getPort());
    }

    /** A connection URI for the named database. */
    String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        server.shutdown();
        backend.close();
    }
}
