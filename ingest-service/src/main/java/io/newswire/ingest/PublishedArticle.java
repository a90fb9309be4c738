package io.newswire.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What became of one submitted article: its id, its version and whether it was published.
 *
 * @param id the article id
 * @param contentHash the version submitted
 * @param status whether it was published now or is a version already published
 */
public record PublishedArticle(String id, String contentHash, Status status) {

    /** Published now, or already published before. */
    public enum Status {
        /** Published to {@code articles-ingested} and acknowledged by Kafka. */
        @JsonProperty("accepted") ACCEPTED,
        /** The same version was already published by this instance; not published again. */
        @JsonProperty("unchanged") UNCHANGED
    }
}
