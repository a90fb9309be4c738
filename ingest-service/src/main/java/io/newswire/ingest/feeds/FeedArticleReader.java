package io.newswire.ingest.feeds;

import io.newswire.events.Article;
import io.newswire.formats.ArticleNormalizer;
import io.newswire.formats.ArticleSubmission;
import io.newswire.formats.InvalidArticleException;
import io.newswire.formats.TextDecoding;
import io.newswire.formats.feeds.Feed;
import io.newswire.formats.feeds.FeedException;
import io.newswire.formats.feeds.FeedItem;
import io.newswire.formats.html.HtmlArticleExtractor;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Turns the items of a parsed feed into normalised articles, oldest first, fetching the article page of each
 * summary-only item (see {@link FeedArticles#needsFullText}) with the same {@link SafeHttpFetcher} as feeds and
 * reading it with {@link HtmlArticleExtractor}. A page that cannot be fetched or read costs the item nothing but its
 * full text: the summary is published and the failure counted. Extracted pages are remembered (by link, title and
 * update time) so that an unchanged item keeps its version when the feed is fetched again. Thread-safe.
 */
@Component
class FeedArticleReader {

    private static final Logger log = LoggerFactory.getLogger(FeedArticleReader.class);

    private final SafeHttpFetcher fetcher;
    private final HtmlArticleExtractor extractor;
    private final ArticleNormalizer normalizer;
    private final FullTextProperties properties;
    private final Map<String, ArticleSubmission> pages;

    FeedArticleReader(SafeHttpFetcher fetcher, HtmlArticleExtractor extractor, ArticleNormalizer normalizer,
            FullTextProperties properties) {
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.normalizer = normalizer;
        this.properties = properties;
        int capacity = properties.cacheSize();
        this.pages = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArticleSubmission> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The feed's valid items as articles, oldest first (feeds list the newest first), and what it took. */
    Read read(FeedSubscription subscription, Feed feed) {
        List<Article> articles = new ArrayList<>();
        int rejected = 0;
        int fullText = 0;
        int fullTextFailures = 0;
        String lastFullTextError = null;
        List<FeedItem> oldestFirst = new ArrayList<>(feed.items());
        Collections.reverse(oldestFirst);
        for (FeedItem item : oldestFirst) {
            ArticleSubmission submission = FeedArticles.submission(subscription, feed, item);
            if (properties.enabled() && FeedArticles.needsFullText(item, properties.minContentLength())) {
                try {
                    submission = FeedArticles.withPage(submission, item, page(item, submission));
                    fullText++;
                } catch (RuntimeException e) {
                    fullTextFailures++;
                    lastFullTextError = e instanceof FeedException ? e.getMessage()
                            : "reading " + item.link() + " failed: " + e;
                    log.warn("Feed {}: no full text for item {}, publishing its summary: {}", subscription.id(),
                            item.link(), lastFullTextError);
                }
            }
            try {
                articles.add(normalizer.normalize(submission));
            } catch (InvalidArticleException e) {
                rejected++;
                log.warn("Feed {}: item {} is not a valid article: {}", subscription.id(),
                        item.guid() != null ? item.guid() : item.link(), e.getMessage());
            }
        }
        return new Read(articles, rejected, fullText, fullTextFailures, lastFullTextError);
    }

    private ArticleSubmission page(FeedItem item, ArticleSubmission fromItem) {
        String key = item.link() + '\n' + item.title() + '\n' + item.updated();
        ArticleSubmission remembered = pages.get(key);
        if (remembered != null) {
            return remembered;
        }
        FetchResult fetched = fetcher.fetch(item.link(), null, null);
        MediaType type = mediaType(fetched);
        if (type != null && !type.getSubtype().toLowerCase(Locale.ROOT).contains("html")) {
            throw new FeedException("not an HTML page: " + type + " from " + fetched.url());
        }
        // decoded as a posted page is: byte order mark, declared charset (HTTP, then <meta>), UTF-8, windows-1252
        Charset declared = type != null && type.getCharset() != null ? type.getCharset()
                : HtmlArticleExtractor.charset(fetched.body(), null);
        ArticleSubmission page = extractor.extract(TextDecoding.decode(fetched.body(), declared), fetched.url(),
                fromItem.source());
        pages.put(key, page);
        return page;
    }

    private static MediaType mediaType(FetchResult fetched) {
        if (fetched.contentType() == null || fetched.contentType().isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(fetched.contentType());
        } catch (RuntimeException e) {
            throw new FeedException("unreadable Content-Type '" + fetched.contentType() + "' from " + fetched.url(), e);
        }
    }

    /**
     * What reading a feed gave.
     *
     * @param articles the valid items as articles, oldest first
     * @param rejected items that were not valid articles
     * @param fullText items completed from their article page
     * @param fullTextFailures summary-only items whose page could not be fetched or read; published with the summary
     * @param lastFullTextError the last such failure, or {@code null}
     */
    record Read(List<Article> articles, int rejected, int fullText, int fullTextFailures, String lastFullTextError) {

        Read {
            articles = List.copyOf(articles);
        }
    }
}
