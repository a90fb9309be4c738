package io.newswire.store.entities;

import java.util.Comparator;

/**
 * Orders what the store holds of one article: its version ({@code ingestedAt}, a bar, the content hash, so that
 * string order is version order), then its enrichment's version, an unenriched version coming first.
 *
 * @param version the article version
 * @param enrichmentVersion the enrichment's version, {@code null} when the version is not enriched
 */
public record ArticleVersion(String version, String enrichmentVersion) implements Comparable<ArticleVersion> {

    private static final Comparator<ArticleVersion> ORDER = Comparator.comparing(ArticleVersion::version)
            .thenComparing(ArticleVersion::enrichmentVersion, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Override
    public int compareTo(ArticleVersion other) {
        return ORDER.compare(this, other);
    }

    /** {@code true} when this is older than the other. */
    public boolean isOlderThan(ArticleVersion other) {
        return compareTo(other) < 0;
    }
}
