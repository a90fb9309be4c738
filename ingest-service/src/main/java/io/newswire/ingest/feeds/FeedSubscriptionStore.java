package io.newswire.ingest.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the subscriptions added through the API in {@code <state-dir>/feeds.json}, replaced atomically (written to a
 * temporary file, then moved over the old one) so that a crash never leaves half a file.
 */
final class FeedSubscriptionStore {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final Path file;

    FeedSubscriptionStore(Path stateDir) {
        this.file = stateDir.resolve("feeds.json");
    }

    /** The stored subscriptions; none when the file does not exist yet. */
    List<FeedSubscription> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            Stored stored = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
            return stored.feeds().stream().map(feed -> new FeedSubscription(feed.id(), feed.url(),
                    Duration.parse(feed.interval()), feed.name(), FeedSubscription.Origin.API)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feed subscriptions from " + file, e);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("feed subscriptions file " + file + " is not readable: " + e.getMessage(), e);
        }
    }

    /** Replaces the stored subscriptions with these. */
    void save(List<FeedSubscription> subscriptions) {
        List<StoredFeed> feeds = subscriptions.stream()
                .map(s -> new StoredFeed(s.id(), s.url(), s.interval().toString(), s.name())).toList();
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "feeds", ".json.tmp");
            try {
                Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(new Stored(feeds)),
                        StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write feed subscriptions to " + file, e);
        }
    }

    Path file() {
        return file;
    }

    record Stored(List<StoredFeed> feeds) {
    }

    record StoredFeed(String id, String url, String interval, String name) {
    }
}
