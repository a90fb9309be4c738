package io.newswire.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A cleaned article entered the pipeline (topic {@link Topics#ARTICLES_INGESTED}).
 *
 * @param id event id, unique per publication
 * @param occurredAt when the event was created
 * @param schemaVersion version of this event's JSON Schema
 * @param article the article
 */
public record ArticleIngested(UUID id, Instant occurredAt, int schemaVersion, Article article) {

    /** Schema version written by this code. */
    public static final int SCHEMA_VERSION = 1;

    /** A new event for the article, stamped now. */
    public static ArticleIngested of(Article article) {
        return new ArticleIngested(UUID.randomUUID(), Instant.now(), SCHEMA_VERSION, article);
    }
}
