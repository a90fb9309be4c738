package io.newswire.ingest.feeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each feed's HTTP validators (ETag, Last-Modified) kept in {@code <state-dir>/feed-validators.json}, so that after
 * a restart an unchanged feed answers 304 and nothing of it is fetched or published again. Written whole, through a
 * temporary file, after each fetch that changed them; a file that cannot be read is ignored (the next polls fetch in
 * full, as on a first start).
 */
final class FeedValidators {

    /** The validators of one feed at one URL. */
    record Validators(String url, String etag, String lastModified) {
    }

    private static final Logger log = LoggerFactory.getLogger(FeedValidators.class);
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Path file;
    private final Map<String, Validators> byFeed = new TreeMap<>();

    FeedValidators(Path stateDir) {
        this.file = stateDir.resolve("feed-validators.json");
        if (Files.exists(file)) {
            try {
                byFeed.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, Validators>>() { }));
            } catch (JacksonException e) {
                log.warn("Ignoring unreadable {}: {}; feeds are fetched in full once", file, e.getOriginalMessage());
            }
        }
    }

    /** What was kept for the feed, when it was kept for the same URL. */
    synchronized Validators of(String feedId, String url) {
        Validators kept = byFeed.get(feedId);
        return kept != null && kept.url().equals(url) ? kept : null;
    }

    synchronized void keep(String feedId, String url, String etag, String lastModified) {
        Validators validators = new Validators(url, etag, lastModified);
        if (validators.equals(byFeed.put(feedId, validators))) {
            return;
        }
        save();
    }

    synchronized void forget(String feedId) {
        if (byFeed.remove(feedId) != null) {
            save();
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(written.toFile(), byFeed);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | JacksonException e) {
            log.warn("Cannot keep feed validators in {}: {}", file, e.getMessage());
        }
    }
}
