package io.newswire.store.entities;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What one version of an article contributes to one cross-article entity. It is kept as an entry of the
 * {@code entityContributions} document of the entity and the article's day (see {@link ContributionBuckets}).
 *
 * @param key the cross-article entity key, e.g. {@code person:jagmeet-singh}
 * @param articleId the article
 * @param version the version of the article it comes from
 * @param name the canonical name the article gives the entity
 * @param type the entity's type in the article
 * @param aliases the other names the article uses, sorted
 * @param roles the roles the article gives the entity, sorted
 * @param mentions how often the article mentions the entity
 * @param seenAt the article's {@code publishedAt}, else its {@code ingestedAt}
 */
record Contribution(
        String key,
        String articleId,
        ArticleVersion version,
        String name,
        String type,
        List<String> aliases,
        List<String> roles,
        int mentions,
        Instant seenAt) {

    /** The id of the {@code entityContributions} document holding this contribution. */
    String bucketId() {
        return bucketId(key, dayOf(seenAt));
    }

    static String dayOf(Instant seenAt) {
        return seenAt.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The entity key, a bar, the UTC day, {@code yyyy-MM-dd}. */
    static String bucketId(String key, String day) {
        return key + "|" + day;
    }

    static String keyOf(String bucketId) {
        return bucketId.substring(0, bucketId.lastIndexOf('|'));
    }

    static String dayOf(String bucketId) {
        return bucketId.substring(bucketId.lastIndexOf('|') + 1);
    }
}
