package io.newswire.store.entities;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One article's current contribution to one cross-article entity, in the {@code entityMentions} collection. It is
 * a fact about the stored version of the article, written with the article's version guard, so redelivery and
 * replay rewrite it unchanged instead of adding to it.
 *
 * @param id the entity key, a bar, the article id
 * @param key the cross-article entity key, e.g. {@code person:jagmeet-singh}
 * @param articleId the article
 * @param version the article version it comes from (see the {@code articles} collection)
 * @param enrichmentVersion the enrichment of that version it comes from
 * @param name the canonical name the article gives the entity
 * @param type the entity's type in the article
 * @param aliases the other names the article uses, sorted
 * @param roles the roles the article gives the entity, sorted
 * @param mentions how often the article mentions the entity
 * @param seenAt the article's {@code publishedAt}, else its {@code ingestedAt}
 * @param day the UTC date of {@code seenAt}, {@code yyyy-MM-dd}
 */
@Document("entityMentions")
record EntityMention(
        @Id String id,
        String key,
        String articleId,
        String version,
        String enrichmentVersion,
        String name,
        String type,
        List<String> aliases,
        List<String> roles,
        int mentions,
        Instant seenAt,
        String day) {
}
