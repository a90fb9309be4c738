package io.newswire.store;

import io.newswire.store.entities.EntityLookup;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One article in the {@code articles} collection: the latest version of the article and, once that version is
 * enriched, its enrichment. Mapped from the events so that the wire and the storage schema evolve apart.
 *
 * @param id the article id
 * @param version orders the versions of one article: {@code ingestedAt} (UTC, nine fraction digits), a bar, then
 *        the content hash, so that string order is version order
 * @param contentHash identifies the stored version
 * @param sortAt {@code publishedAt}, else {@code ingestedAt}: the time lists are ordered by
 * @param article the article as ingested
 * @param enrichment what the NLP found in this version; {@code null} until it is enriched
 * @param enrichmentVersion orders enrichments of one version ({@code enrichedAt}, nine fraction digits)
 * @param entityNames lookup forms (see {@link EntityLookup}) of every entity's name, aliases and key
 * @param hidden {@code true} when the stored version's {@code pubStatus} is {@code withheld} or {@code canceled}:
 *        the article must not be listed, and its statements and entity contributions are removed
 */
@Document("articles")
record ArticleDocument(
        @Id String id,
        String version,
        String contentHash,
        Instant sortAt,
        Content article,
        Enrichment enrichment,
        String enrichmentVersion,
        List<String> entityNames,
        boolean hidden) {

    /** The article's fields; enums are stored in their wire spelling. */
    record Content(
            String id,
            String url,
            String canonicalUrl,
            Source source,
            String title,
            String standfirst,
            List<String> byline,
            String section,
            String language,
            Instant publishedAt,
            Instant updatedAt,
            Instant ingestedAt,
            String body,
            String contentHash,
            List<Media> media,
            List<String> tags,
            Integer urgency,
            String pubStatus,
            Instant embargoedUntil,
            String duplicateOf) {
    }

    /** Where the article came from. */
    record Source(String id, String name, String kind, String feedUrl) {
    }

    /** A media item attached to the article. */
    record Media(String id, String caption, String credit, String url) {
    }

    /** The enrichment of one version. */
    record Enrichment(String engine, String engineVersion, Instant enrichedAt, List<Entity> entities,
            List<Statement> statements) {
    }

    /** An entity of the article. */
    record Entity(String id, String name, String type, List<String> aliases, List<String> roles,
            List<Mention> mentions, double salience, String key) {
    }

    /** Where an entity is mentioned. */
    record Mention(String field, int start, int end, String text) {
    }

    /** A statement of the article, as the enrichment has it. */
    record Statement(String id, Speaker speaker, String quote, String type, String cue, Span span,
            double confidence) {
    }

    /** Who made a statement. */
    record Speaker(String name, String entityId, String role, String kind) {
    }

    /** Where a statement stands. */
    record Span(String field, int start, int end) {
    }
}
