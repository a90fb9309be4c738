package io.newswire.ingest.feeds;

import io.newswire.events.Article;
import io.newswire.formats.InvalidArticleException;
import io.newswire.formats.feeds.Feed;
import io.newswire.formats.feeds.FeedException;
import io.newswire.formats.feeds.FeedParser;
import io.newswire.ingest.ArticlePublisher;
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
public class FeedImport {

    private static final Logger log = LoggerFactory.getLogger(FeedImport.class);

    private final SafeHttpFetcher fetcher;
    private final FeedParser parser;
    private final FeedArticleReader reader;
    private final FeedPoller poller;
    private final ArticlePublisher publisher;

    FeedImport(SafeHttpFetcher fetcher, FeedParser parser, FeedArticleReader reader, FeedPoller poller,
            ArticlePublisher publisher) {
        this.publisher = publisher;
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

    /**
     * The valid items of a feed posted as a body (a saved feed or an export), as articles, oldest first; items
     * with only a summary are completed from their page like a poll's. Nothing is published.
     *
     * @param body the feed's bytes (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.x); its encoding is read from
     *     its BOM, XML declaration or {@code contentType}
     * @param contentType the request's Content-Type, or {@code null}
     * @param url where the feed is from (base for relative links), or {@code null}
     * @param source the source id of the articles, or {@code null} to take it from each article's host
     * @throws InvalidArticleException 422 when the body is not a readable feed or the source id is invalid
     */
    public List<Article> articles(byte[] body, String contentType, String url, String source) {
        String sourceId = source == null || source.isBlank() ? null : source.strip();
        if (sourceId != null && !FeedSubscriptions.ID.matcher(sourceId).matches()) {
            throw InvalidArticleException.invalid("source", "must be 1 to 64 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit, was '" + source + "'");
        }
        String feedUrl = url == null || url.isBlank() ? null : url.strip();
        Feed feed;
        try {
            feed = parser.parse(body, contentType, feedUrl);
        } catch (FeedException e) {
            // the parser's "not a feed: <reason>" read once, not as "not a readable feed: not a feed: ..."
            String reason = e.getMessage().replaceFirst("^not a feed: ", "");
            throw InvalidArticleException.invalid("", "not a readable feed: " + reason);
        }
        FeedArticleReader.Read read = reader.read(
                new FeedSubscription(sourceId, feedUrl, null, null, FeedSubscription.Origin.API), feed);
        log.info("Read a posted feed: {} items, {} articles, {} rejected, {} full texts, {} full-text failures",
                feed.items().size(), read.articles().size(), read.rejected(), read.fullText(), read.fullTextFailures());
        return read.articles();
    }

    /** The articles as they would be published (language, near-duplicate links), publishing nothing. */
    List<Article> preview(List<Article> articles) {
        return publisher.preview(articles);
    }

    /** Publishes the feed's articles like a poll does (a version already published is not published again). */
    List<PublishedArticle> publish(List<Article> articles) {
        return poller.publish(articles);
    }
}
