package io.newswire.events;

import java.time.Instant;
import java.util.List;

/**
 * What the NLP found in an article.
 *
 * @param engine name of the enrichment engine
 * @param engineVersion its version; a new version may find different things in the same article
 * @param enrichedAt when the enrichment ran
 * @param entities people, organisations and places mentioned
 * @param statements who said what
 */
public record Enrichment(String engine, String engineVersion, Instant enrichedAt, List<Entity> entities,
        List<Statement> statements) {

    public Enrichment {
        entities = entities == null ? List.of() : List.copyOf(entities);
        statements = statements == null ? List.of() : List.copyOf(statements);
    }
}
