package io.newswire.ingest.feeds;

import io.newswire.formats.feeds.Feed;
import io.newswire.formats.feeds.FeedFormat;
import io.newswire.formats.feeds.FeedItem;
import io.newswire.formats.feeds.FeedMedia;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.Article;
import io.newswire.events.Media;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.formats.ArticleNormalizer;
import io.newswire.formats.ArticleSubmission;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no content, only a summary                 | https://x.example.com/a | Summary. |                      | true
            content of 499 characters                  | https://x.example.com/a | Summary. | 499                  | true
            content of 500 characters                  | https://x.example.com/a | Summary. | 500                  | false
            markup does not count towards the length   | https://x.example.com/a |          | 450 in 30 paragraphs | true
            no link to fetch                           |                         | Summary. |                      | false
            a link that is not http(s)                 | ftp://x.example.com/a   | Summary. |                      | false
            neither summary nor content                | HTTPS://x.example.com/a |          |                      | true
            """)
    void fetchesTheLinkOfItemsWithoutSubstantialContent(String rule, String link, String summary, String content,
            boolean expected) {
        FeedItem item = new FeedItem(null, link, "T", summary, content(content), List.of(), null, null, List.of(),
                List.of());

        assertThat(FeedArticles.needsFullText(item, 500)).as(rule).isEqualTo(expected);
    }

    /** "499": that many letters; "450 in 30 paragraphs": 450 letters spread over 30 {@code <p>} elements. */
    private static String content(String spec) {
        if (spec == null) {
            return null;
        }
        if (spec.endsWith("paragraphs")) {
            String[] parts = spec.split(" ");
            int paragraphs = Integer.parseInt(parts[2]);
            return ("<p>" + "x".repeat(Integer.parseInt(parts[0]) / paragraphs) + "</p>").repeat(paragraphs);
        }
        return "x".repeat(Integer.parseInt(spec));
    }

    @Test
    void thePageFillsWhatTheItemLacksAndTheItemsLinkStaysTheIdentity() {
        FeedItem item = new FeedItem("g-2", "https://ledger.example.com/b?utm_source=rss", "Feed headline",
                "A teaser.", null, List.of(), Instant.parse("2026-11-24T10:00:00Z"), null, List.of(), List.of());
        Feed feed = new Feed(FeedFormat.RSS, "Ledger World", null, List.of(item));
        ArticleSubmission fromItem = FeedArticles.submission(LEDGER, feed, item);
        ArticleSubmission page = ArticleSubmission.builder().url("https://www.ledger.example.com/2026/b")
                .title("Page headline").byline(List.of("Jane Doe")).section("World").language("en")
                .publishedAt(OffsetDateTime.parse("2026-11-23T09:00:00Z"))
                .updatedAt(OffsetDateTime.parse("2026-11-24T12:00:00Z"))
                .body("The whole story, first paragraph.\n\nSecond paragraph.").tags(List.of("Politics")).build();

        Article withPage = normalizer.normalize(FeedArticles.withPage(fromItem, item, page));
        Article summaryOnly = normalizer.normalize(fromItem);

        assertThat(withPage.id()).as("same id whether or not the page could be fetched").isEqualTo(summaryOnly.id());
        assertThat(withPage.canonicalUrl()).isEqualTo("https://ledger.example.com/b");
        assertThat(withPage.title()).as("the item's own title wins").isEqualTo("Feed headline");
        assertThat(withPage.body()).isEqualTo("The whole story, first paragraph.\n\nSecond paragraph.");
        assertThat(withPage.standfirst()).isEqualTo("A teaser.");
        assertThat(withPage.byline()).containsExactly("Jane Doe");
        assertThat(withPage.publishedAt()).as("the item's date wins").isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(withPage.updatedAt()).isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
        assertThat(withPage.section()).isEqualTo("World");
        assertThat(withPage.language()).isEqualTo("en");
        assertThat(withPage.tags()).containsExactly("Politics");
    }

    @Test
    void aPageWithLessTextThanTheItemKeepsTheItemsText() {
        FeedItem item = new FeedItem(null, "https://ledger.example.com/c", null, "A summary that says more than the page.",
                null, List.of(), null, null, List.of(), List.of());
        Feed feed = new Feed(FeedFormat.RSS, null, null, List.of(item));
        ArticleSubmission page = ArticleSubmission.builder().title("Page headline").body("Subscribe.").build();

        ArticleSubmission completed = FeedArticles.withPage(FeedArticles.submission(LEDGER, feed, item), item, page);

        assertThat(completed.body()).isEqualTo("A summary that says more than the page.");
        assertThat(completed.standfirst()).isNull();
        assertThat(completed.title()).as("a missing title is still taken from the page").isEqualTo("Page headline");
    }
}
