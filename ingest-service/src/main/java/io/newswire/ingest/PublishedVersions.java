package io.newswire.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content hash this instance last published for each of the most recently used article ids, so that an
 * unchanged re-delivery is answered without publishing it again. Bounded: the least recently used id is forgotten
 * first, and forgetting only costs a harmless re-publication (consumers are idempotent).
 *
 * <p>With a journal file, each publication is appended to it ({@code id<TAB>hash}, flushed, not synced) and the
 * memory is read back at start-up, compacted to what it still holds, so that a restart does not re-publish every
 * feed's current items; a line cut by a crash is skipped.
 */
final class PublishedVersions implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PublishedVersions.class);

    private final Map<String, String> hashById;
    private final int capacity;
    private final Path journalFile;
    private BufferedWriter journal;
    private int appended;

    PublishedVersions(int capacity) {
        this(capacity, null);
    }

    PublishedVersions(int capacity, Path journalFile) {
        this.hashById = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
        this.capacity = capacity;
        this.journalFile = journalFile;
        if (journalFile != null) {
            try {
                Files.createDirectories(journalFile.toAbsolutePath().getParent());
                if (Files.exists(journalFile)) {
                    for (String line : Files.readAllLines(journalFile, StandardCharsets.UTF_8)) {
                        int tab = line.indexOf('\t');
                        if (tab > 0 && tab < line.length() - 1 && line.indexOf('\t', tab + 1) < 0) {
                            hashById.put(line.substring(0, tab), line.substring(tab + 1));
                        }
                    }
                }
                compact();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot use the dedupe journal " + journalFile + ": " + e.getMessage(), e);
            }
        }
    }

    /** Rewrites the journal with only what is remembered, so that it stays about as small as the memory. */
    private void compact() throws IOException {
        if (journal != null) {
            journal.close();
        }
        Path compacted = journalFile.resolveSibling(journalFile.getFileName() + ".tmp");
        StringBuilder kept = new StringBuilder();
        hashById.forEach((id, hash) -> kept.append(id).append('\t').append(hash).append('\n'));
        Files.writeString(compacted, kept, StandardCharsets.UTF_8);
        Files.move(compacted, journalFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        journal = Files.newBufferedWriter(journalFile, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        appended = 0;
    }

    synchronized String lastPublished(String articleId) {
        return hashById.get(articleId);
    }

    synchronized void published(String articleId, String contentHash) {
        hashById.put(articleId, contentHash);
        if (journal != null && articleId.indexOf('\t') < 0 && articleId.indexOf('\n') < 0) {
            try {
                journal.write(articleId + '\t' + contentHash + '\n');
                journal.flush();
                if (++appended > 2 * capacity) {
                    compact();
                }
            } catch (IOException e) {
                // published all the same: the memory holds it, only a restart would forget it
                log.warn("Cannot append to the dedupe journal {}: {}", journalFile, e.getMessage());
            }
        }
    }

    synchronized int size() {
        return hashById.size();
    }

    @Override
    public synchronized void close() throws IOException {
        if (journal != null) {
            journal.close();
        }
    }
}
