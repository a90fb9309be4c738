package io.newswire.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content hash this instance last published for each of the most recently used article ids, so that an
 * unchanged re-delivery is answered without publishing it again. Bounded: the least recently used id is forgotten
 * first, and forgetting only costs a harmless re-publication (consumers are idempotent).
 */
final class PublishedVersions {

    private final Map<String, String> hashById;

    PublishedVersions(int capacity) {
        this.hashById = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized String lastPublished(String articleId) {
        return hashById.get(articleId);
    }

    synchronized void published(String articleId, String contentHash) {
        hashById.put(articleId, contentHash);
    }

    synchronized int size() {
        return hashById.size();
    }
}
