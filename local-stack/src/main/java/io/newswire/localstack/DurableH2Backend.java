package io.newswire.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend made durable: its MVStore commits by itself once a second, so a write it had
 * acknowledged could be lost by a kill or a power cut, and a commit could land between a document and its index
 * entries (after a crash a document was found by {@code _id} but not by its indexed fields). Here the store never
 * commits on its own; each write command runs alone and is committed and synced to disk before its answer is
 * sent, so what the client was told is stored is on disk, and every commit is a state between two commands.
 */
final class DurableH2Backend extends H2Backend {

    /** Commands that change data or indexes. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    private final ReentrantLock writing = new ReentrantLock();

    private DurableH2Backend(MVStore store) {
        super(store);
    }

    static DurableH2Backend open(Path file) {
        return new DurableH2Backend(new MVStore.Builder().fileName(file.toAbsolutePath().toString())
                .autoCommitDisabled().open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        writing.lock();
        try {
            Document answer = super.handleCommand(channel, databaseName, command, query);
            getMvStore().commit();
            getMvStore().sync();
            return answer;
        } finally {
            writing.unlock();
        }
    }
}
