package io.newswire.ingest.feeds;

import io.newswire.events.Media;
import io.newswire.events.Source;
import io.newswire.ingest.ArticleSubmission;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Turns a feed item into an {@link ArticleSubmission}: the full content is the body and the summary the standfirst;
 * an item with only a summary gets the summary as its body. This is the place where fetching the full text of
 * summary-only items from their link will plug in.
 */
final class FeedArticles {

    private FeedArticles() {
    }

    static ArticleSubmission submission(FeedSubscription subscription, Feed feed, FeedItem item) {
        boolean hasContent = item.content() != null;
        return ArticleSubmission.builder()
                .url(item.link())
                .guid(item.guid())
                .source(new Source(subscription.id(), subscription.name() != null ? subscription.name() : feed.title(),
                        feed.format().sourceKind(), subscription.url()))
                .title(item.title())
                .standfirst(hasContent ? item.summary() : null)
                .byline(item.authors())
                .publishedAt(utc(item.published() != null ? item.published() : item.updated()))
                .updatedAt(utc(item.updated()))
                .body(hasContent ? item.content() : item.summary())
                .media(item.media().stream().map(m -> new Media(null, m.caption(), m.credit(), m.url())).toList())
                .tags(item.categories())
                .build();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
