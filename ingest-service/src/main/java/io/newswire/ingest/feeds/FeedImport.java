package io.newswire.ingest.feeds;

import io.newswire.formats.feeds.Feed;
import io.newswire.formats.feeds.FeedParser;
import io.newswire.events.Article;
import io.newswire.ingest.PublishedArticle;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads a feed once, without subscribing to it: fetched and parsed like a poll, summary-only items completed from
 * their article page, and published through the same path as polled feeds.
 */
@Component
class FeedImport {

    private static final Logger log = LoggerFactory.getLogger(FeedImport.class);

    private final SafeHttpFetcher fetcher;
    private final FeedParser parser;
    private final FeedArticleReader reader;
    private final FeedPoller poller;

    FeedImport(SafeHttpFetcher fetcher, FeedParser parser, FeedArticleReader reader, FeedPoller poller) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.reader = reader;
        this.poller = poller;
    }

    /**
     * The feed's valid items as articles, oldest first; nothing is published.
     *
     * @param source the source id of the articles, or {@code null} to take it from each article's host
     * @throws FeedSubscriptionException 422 for a URL that is not absolute http(s) or an invalid source id
     * @throws FetchException when the feed cannot be fetched (refused address, unreachable, HTTP error, too large)
     * @throws FeedException when what was fetched is not a readable feed
     */
    List<Article> articles(String url, String source) {
        String feedUrl = FeedSubscriptions.httpUrl(url);
        String sourceId = source == null || source.isBlank() ? null : source.strip();
        if (sourceId != null && !FeedSubscriptions.ID.matcher(sourceId).matches()) {
            throw new FeedSubscriptionException(HttpStatus.UNPROCESSABLE_CONTENT, "source", "must be 1 to 64 letters, "
                    + "digits, '.', '_' or '-', starting with a letter or digit, was '" + source + "'");
        }
        FetchResult fetched = fetcher.fetch(feedUrl, null, null);
        Feed feed = parser.parse(fetched.body(), fetched.contentType(), fetched.url());
        FeedArticleReader.Read read = reader.read(
                new FeedSubscription(sourceId, feedUrl, null, null, FeedSubscription.Origin.API), feed);
        log.info("Imported feed {}: {} items, {} articles, {} rejected, {} full texts, {} full-text failures", feedUrl,
                feed.items().size(), read.articles().size(), read.rejected(), read.fullText(), read.fullTextFailures());
        return read.articles();
    }

    /** Publishes the feed's articles like a poll does (a version already published is not published again). */
    List<PublishedArticle> publish(List<Article> articles) {
        return poller.publish(articles);
    }
}
