package io.newswire.store.entities;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The statistics of one cross-article entity in the {@code entities} collection, computed from the counts of its
 * day buckets (see {@link EntityStatistics}). A key no current article mentions keeps a document with
 * {@code articles: 0} and no other statistics, so that what it merged stays known.
 *
 * @param id the entity key, e.g. {@code person:jagmeet-singh}
 * @param name the canonical name most articles give it (ties: the first in string order)
 * @param type the type most articles give it (ties: the first in string order)
 * @param aliases every other name and alias the articles use, sorted
 * @param roles every role the articles give it, sorted
 * @param articles how many stored, visible articles mention it
 * @param mentions how often those articles mention it, in total
 * @param firstSeen the earliest {@code publishedAt} (else {@code ingestedAt}) of those articles
 * @param lastSeen the latest one
 * @param days how many of those articles fall on each UTC day ({@code yyyy-MM-dd}), in day order
 */
@Document("entities")
record EntityDocument(
        @Id String id,
        String name,
        String type,
        List<String> aliases,
        List<String> roles,
        int articles,
        long mentions,
        Instant firstSeen,
        Instant lastSeen,
        Map<String, Integer> days) {
}
