package io.newswire.ingest.feeds;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Whether and when the article page of a summary-only feed item is fetched for its full text
 * ({@code newswire.ingest.feeds-full-text.*}), validated at start-up.
 *
 * @param enabled whether pages are fetched at all
 * @param minContentLength an item whose content, as plain text, is shorter than this many characters (or missing)
 *        counts as summary-only and has its link fetched
 * @param cacheSize how many extracted pages are remembered, so that a feed fetched again does not fetch the pages of
 *        its unchanged items again (and their articles keep the same version)
 */
@ConfigurationProperties("newswire.ingest.feeds-full-text")
@Validated
record FullTextProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500") @PositiveOrZero int minContentLength,
        @DefaultValue("2000") @Positive int cacheSize) {
}
