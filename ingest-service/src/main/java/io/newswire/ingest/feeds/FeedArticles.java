package io.newswire.ingest.feeds;

import io.newswire.events.Media;
import io.newswire.events.Source;
import io.newswire.formats.ArticleSubmission;
import io.newswire.formats.feeds.Feed;
import io.newswire.formats.feeds.FeedItem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;

/**
 * Turns a feed item into an {@link ArticleSubmission}: the full content is the body and the summary the standfirst;
 * an item with only a summary gets the summary as its body. Decides which items are summary-only
 * ({@link #needsFullText}) and completes them from their article page ({@link #withPage}).
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

    /**
     * Whether the item's link should be fetched for the full text: it has an http(s) link and its content, as plain
     * text, is missing or shorter than {@code minContentLength} characters. A length threshold rather than a
     * comparison with the summary: feeds that repeat the summary as content, or send a teaser with "Read more", are
     * caught, and a feed that sends whole articles (nearly always well above 500 characters) costs no page fetch.
     */
    static boolean needsFullText(FeedItem item, int minContentLength) {
        String link = item.link();
        if (link == null || !(link.regionMatches(true, 0, "http://", 0, 7) || link.regionMatches(true, 0, "https://", 0, 8))) {
            return false;
        }
        return textLength(item.content()) < minContentLength;
    }

    /**
     * The item's submission completed from its article page: the page's body when it holds more text than the item,
     * the item's summary then as standfirst, and the page's title, byline, dates, section, language, media and tags
     * where the item has none. The URL stays the item's link even when the page names another canonical URL: the
     * article id derives from it, and it must not change with whether the page could be fetched on a given poll.
     */
    static ArticleSubmission withPage(ArticleSubmission fromItem, FeedItem item, ArticleSubmission page) {
        String itemText = item.content() != null ? item.content() : item.summary();
        ArticleSubmission.Builder completed = fromItem.toBuilder()
                .title(fromItem.title() != null && !fromItem.title().isBlank() ? fromItem.title() : page.title())
                .byline(fromItem.byline().isEmpty() ? page.byline() : fromItem.byline())
                .publishedAt(fromItem.publishedAt() != null ? fromItem.publishedAt() : page.publishedAt())
                .updatedAt(fromItem.updatedAt() != null ? fromItem.updatedAt() : page.updatedAt())
                .section(fromItem.section() != null ? fromItem.section() : page.section())
                .language(fromItem.language() != null ? fromItem.language() : page.language())
                .media(fromItem.media().isEmpty() ? page.media() : fromItem.media())
                .tags(fromItem.tags().isEmpty() ? page.tags() : fromItem.tags());
        if (textLength(page.body()) > textLength(itemText)) {
            completed.body(page.body()).standfirst(item.summary() != null ? item.summary() : page.standfirst());
        }
        return completed.build();
    }

    /** The length of the text without markup and with runs of whitespace counted once. */
    static int textLength(String html) {
        if (html == null || html.isBlank()) {
            return 0;
        }
        return Jsoup.parse(html).text().strip().length();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
