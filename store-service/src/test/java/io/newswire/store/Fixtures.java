package io.newswire.store;

import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.ArticleIngested;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the event fixtures under {@code src/test/resources/events} and derives versions of them. */
final class Fixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Fixtures() {
    }

    /** The enriched Jagmeet Singh article. */
    static ArticleEnriched jagmeetSinghEnriched() {
        return read("jagmeet-singh-enriched.json", ArticleEnriched.class);
    }

    /** What the store derives from {@link #jagmeetSinghEnriched()}. */
    static JsonNode jagmeetSinghExpected() {
        return read("jagmeet-singh-enriched.expected.json", JsonNode.class);
    }

    /** The ingested event of the article in an enriched one. */
    static ArticleIngested ingestedOf(ArticleEnriched enriched) {
        return new ArticleIngested(UUID.randomUUID(), enriched.occurredAt(), ArticleIngested.SCHEMA_VERSION,
                enriched.article());
    }

    /** The same enriched event for another article id, content hash and ingestion time. */
    static ArticleEnriched version(ArticleEnriched enriched, String id, String contentHash, Instant ingestedAt,
            String title) {
        Article a = enriched.article();
        Article article = new Article(id, a.url(), a.canonicalUrl(), a.source(), title, a.standfirst(), a.byline(),
                a.section(), a.language(), a.publishedAt(), a.updatedAt(), ingestedAt, a.body(), contentHash,
                a.media(), a.tags(), a.urgency(), a.pubStatus(), a.embargoedUntil());
        return new ArticleEnriched(UUID.randomUUID(), enriched.occurredAt(), enriched.schemaVersion(), article,
                enriched.enrichment());
    }

    /** The same enriched event published at another time. */
    static ArticleEnriched publishedAt(ArticleEnriched enriched, Instant publishedAt) {
        Article a = enriched.article();
        Article article = new Article(a.id(), a.url(), a.canonicalUrl(), a.source(), a.title(), a.standfirst(),
                a.byline(), a.section(), a.language(), publishedAt, a.updatedAt(), a.ingestedAt(), a.body(),
                a.contentHash(), a.media(), a.tags(), a.urgency(), a.pubStatus(), a.embargoedUntil());
        return new ArticleEnriched(enriched.id(), enriched.occurredAt(), enriched.schemaVersion(), article,
                enriched.enrichment());
    }

    private static <T> T read(String name, Class<T> type) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + name);
            }
            return JSON.readValue(in, type);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
