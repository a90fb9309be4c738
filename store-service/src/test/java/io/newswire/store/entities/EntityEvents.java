package io.newswire.store.entities;

import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.Enrichment;
import io.newswire.events.Entity;
import io.newswire.events.Mention;
import io.newswire.events.PubStatus;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.events.Span;
import io.newswire.events.Speaker;
import io.newswire.events.SpeakerKind;
import io.newswire.events.Statement;
import io.newswire.events.StatementType;
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

    /**
     * An enriched article version: its version is ordered by {@code ingestedAt}; the first entity, if any, says
     * one thing.
     */
    public static ArticleEnriched enriched(String id, String contentHash, Instant publishedAt, Instant ingestedAt,
            PubStatus status, List<Entity> entities) {
        Article article = new Article(id, "https://example.org/" + id, "https://example.org/" + id,
                new Source("wire", "Example Wire", SourceKind.NINJS, null), "Title of " + id, null, List.of(),
                "News", "en", publishedAt, null, ingestedAt, "Body of " + id + " " + contentHash, contentHash,
                List.of(), List.of(), 3, status, null);
        List<Statement> statements = entities.isEmpty() ? List.of() : List.of(new Statement("s1",
                new Speaker(entities.get(0).name(), entities.get(0).id(), null, SpeakerKind.PERSON),
                "Words of version " + contentHash, StatementType.DIRECT, "said", new Span(TextField.BODY, 0, 4), 0.9));
        Enrichment enrichment = new Enrichment("test", "1", ingestedAt.plusSeconds(1), entities, statements);
        return new ArticleEnriched(UUID.randomUUID(), ingestedAt.plusSeconds(2), ArticleEnriched.SCHEMA_VERSION,
                article, enrichment);
    }
}
