package io.newswire.store.entities;

import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.Enrichment;
import io.newswire.events.Entity;
import io.newswire.events.Mention;
import io.newswire.events.PubStatus;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.events.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds small enriched articles whose entities the tests choose. */
public final class EntityEvents {

    private EntityEvents() {
    }

    /** An entity mentioned {@code mentions} times in the body. */
    public static Entity entity(String key, String name, String type, int mentions, List<String> aliases,
            List<String> roles) {
        List<Mention> at = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            at.add(new Mention(TextField.BODY, i * 10, i * 10 + name.length(), name));
        }
        return new Entity("e-" + key, name, type, aliases, roles, at, 0.5, key);
    }

    /** An enriched article version: its version is ordered by {@code ingestedAt}. */
    public static ArticleEnriched enriched(String id, String contentHash, Instant publishedAt, Instant ingestedAt,
            PubStatus status, List<Entity> entities) {
        Article article = new Article(id, "https://example.org/" + id, "https://example.org/" + id,
                new Source("wire", "Example Wire", SourceKind.NINJS, null), "Title of " + id, null, List.of(),
                "News", "en", publishedAt, null, ingestedAt, "Body of " + id + " " + contentHash, contentHash,
                List.of(), List.of(), 3, status, null);
        Enrichment enrichment = new Enrichment("test", "1", ingestedAt.plusSeconds(1), entities, List.of());
        return new ArticleEnriched(UUID.randomUUID(), ingestedAt.plusSeconds(2), ArticleEnriched.SCHEMA_VERSION,
                article, enrichment);
    }
}
