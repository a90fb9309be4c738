package io.newswire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.Article;
import io.newswire.events.Media;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.ingest.ArticleNormalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedArticlesTests {

    private static final FeedSubscription LEDGER = new FeedSubscription("ledger", "https://ledger.example.com/feed.xml",
            Duration.ofMinutes(5), "The Ledger", FeedSubscription.Origin.API);

    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    @Test
    void fullContentBecomesTheCleanBodyAndTheSummaryTheStandfirst() {
        FeedItem item = new FeedItem("g-1", "https://ledger.example.com/a?utm_source=rss", "Headline",
                "<p>Short&nbsp;summary.</p>", "<p>First paragraph.</p><script>evil()</script><p>Second <b>one</b>.</p>",
                List.of("Jane Doe"), Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z"),
                List.of("World"), List.of(new FeedMedia("https://cdn.example.com/i.jpg", "image/jpeg", "A caption",
                        "Photo: X")));
        Feed feed = new Feed(FeedFormat.RSS, "Ledger World", "https://ledger.example.com/", List.of(item));

        Article article = normalizer.normalize(FeedArticles.submission(LEDGER, feed, item));

        assertThat(article.source()).isEqualTo(new Source("ledger", "The Ledger", SourceKind.RSS,
                "https://ledger.example.com/feed.xml"));
        assertThat(article.canonicalUrl()).isEqualTo("https://ledger.example.com/a");
        assertThat(article.title()).isEqualTo("Headline");
        assertThat(article.standfirst()).isEqualTo("Short summary.");
        assertThat(article.body()).isEqualTo("First paragraph.\n\nSecond one.");
        assertThat(article.byline()).containsExactly("Jane Doe");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(article.updatedAt()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
        assertThat(article.tags()).containsExactly("World");
        assertThat(article.media()).containsExactly(new Media(null, "A caption", "Photo: X",
                "https://cdn.example.com/i.jpg"));
    }

    @Test
    void aSummaryOnlyItemHasTheSummaryAsBodyAndTheFeedTitleAsSourceNameWhenUnnamed() {
        FeedSubscription unnamed = new FeedSubscription("metro", "https://metro.example.com/feed.json",
                Duration.ofMinutes(5), null, FeedSubscription.Origin.CONFIGURATION);
        FeedItem item = new FeedItem("7", null, "Only a summary", "Buses run again.", null, List.of(),
                null, Instant.parse("2026-11-24T12:00:00Z"), List.of(), List.of());
        Feed feed = new Feed(FeedFormat.JSON_FEED, "Metro Daily", null, List.of(item));

        Article article = normalizer.normalize(FeedArticles.submission(unnamed, feed, item));

        assertThat(article.source()).isEqualTo(new Source("metro", "Metro Daily", SourceKind.JSONFEED,
                "https://metro.example.com/feed.json"));
        assertThat(article.body()).isEqualTo("Buses run again.");
        assertThat(article.standfirst()).isNull();
        assertThat(article.publishedAt()).as("updated stands in for a missing published date")
                .isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
        assertThat(article.url()).isNull();
    }

    @Test
    void itemsWithoutLinkAreIdentifiedByFeedAndGuid() {
        FeedItem item = new FeedItem("urn:x", null, "T", null, null, List.of(), null, null, List.of(), List.of());
        Feed feed = new Feed(FeedFormat.ATOM, null, null, List.of(item));
        FeedSubscription other = new FeedSubscription("other", "https://other.example.com/atom", Duration.ofMinutes(5),
                null, FeedSubscription.Origin.API);

        String first = normalizer.normalize(FeedArticles.submission(LEDGER, feed, item)).id();
        String second = normalizer.normalize(FeedArticles.submission(other, feed, item)).id();

        assertThat(first).isNotEqualTo(second)
                .isEqualTo(normalizer.normalize(FeedArticles.submission(LEDGER, feed, item)).id());
    }
}
