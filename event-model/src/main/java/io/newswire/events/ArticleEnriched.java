package io.newswire.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An article with the entities and statements found in it (topic {@link Topics#ARTICLES_ENRICHED}).
 *
 * @param id event id, unique per publication
 * @param occurredAt when the event was created
 * @param schemaVersion version of this event's JSON Schema
 * @param article the article as ingested
 * @param enrichment what the NLP found in it
 */
public record ArticleEnriched(UUID id, Instant occurredAt, int schemaVersion, Article article, Enrichment enrichment) {

    /** Schema version written by this code. */
    public static final int SCHEMA_VERSION = 1;

    /** A new event for the article and its enrichment, stamped now. */
    public static ArticleEnriched of(Article article, Enrichment enrichment) {
        return new ArticleEnriched(UUID.randomUUID(), Instant.now(), SCHEMA_VERSION, article, enrichment);
    }
}
