package io.newswire.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.events.Article;
import io.newswire.events.ArticleIngested;
import io.newswire.events.Topics;
import io.newswire.formats.LanguageDetector;
import io.newswire.ingest.duplicates.MinHasher;
import io.newswire.ingest.duplicates.NearDuplicateIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes accepted articles as {@link ArticleIngested}, keyed by article id, and returns only once Kafka has
 * acknowledged every one of them; an article whose current version this instance already published is answered
 * {@link PublishedArticle.Status#UNCHANGED unchanged} and not sent again. An article that re-runs a story this
 * instance published recently under another id (a near-duplicate) is still published, with
 * {@link Article#duplicateOf()} naming the earliest one, so that readers can choose. An article whose source names
 * no language is published with the language its text is in, when {@link LanguageDetector} is confident of it.
 */
@Component
public class ArticlePublisher {

    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    /*
     * 120 MinHash values over 5-word shingles, in 60 bands of 2 rows: a pair at the default threshold (0.3) becomes a
     * candidate with probability 0.996, while different stories on one topic (similarity below 0.02 in the test
     * fixtures) almost never do, so a lookup compares against next to nothing.
     */
    private static final int HASHES = 120;
    private static final int SHINGLE_WORDS = 5;
    private static final int BANDS = 60;
    /** Below this, e.g. a one-line brief, a re-run cannot be told from a stock phrase. */
    private static final int MIN_WORDS = 25;

    private final KafkaTemplate<String, ArticleIngested> kafka;
    private final PublishedVersions versions;
    private final NearDuplicateIndex nearDuplicates;
    private final LanguageDetector languages;
    private final Duration timeout;
    private final Counter accepted;
    private final Counter unchanged;
    private final Counter failed;
    private final Counter linked;

    ArticlePublisher(KafkaTemplate<String, ArticleIngested> kafka, IngestProperties properties, MeterRegistry meters) {
        this.kafka = kafka;
        this.versions = new PublishedVersions(properties.dedupeCacheSize(),
                properties.stateDir() == null ? null : properties.stateDir().resolve("published-versions.tsv"));
        this.languages = properties.detectLanguage() ? LanguageDetector.shared() : null;
        IngestProperties.NearDuplicates near = properties.nearDuplicates();
        this.nearDuplicates = near.enabled()
                ? new NearDuplicateIndex(new MinHasher(HASHES, SHINGLE_WORDS), BANDS, near.threshold(),
                        near.maxEntries(), near.window(), MIN_WORDS)
                : null;
        this.timeout = properties.publishTimeout();
        this.accepted = articlesCounter(meters, "accepted");
        this.unchanged = articlesCounter(meters, "unchanged");
        this.failed = articlesCounter(meters, "failed");
        this.linked = Counter.builder("newswire.ingest.near.duplicates")
                .description("Published articles linked to an earlier near-identical article")
                .register(meters);
    }

    private static Counter articlesCounter(MeterRegistry meters, String outcome) {
        return Counter.builder("newswire.ingest.articles")
                .description("Articles submitted to ingest, by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }

    /**
     * Publishes the articles that are new or changed, in order, and waits for every acknowledgement.
     *
     * @return one result per article, in the order given
     * @throws PublishFailedException when a write fails or is not acknowledged in time; then no article of the
     *         batch counts as accepted
     */
    public List<PublishedArticle> publish(List<Article> articles) {
        List<PublishedArticle> results = new ArrayList<>(articles.size());
        List<Article> sent = new ArrayList<>();
        List<CompletableFuture<SendResult<String, ArticleIngested>>> acknowledgements = new ArrayList<>();
        Map<String, String> sentInThisBatch = new HashMap<>();
        try {
            for (Article article : articles) {
                String known = sentInThisBatch.containsKey(article.id()) ? sentInThisBatch.get(article.id())
                        : versions.lastPublished(article.id());
                if (article.contentHash().equals(known)) {
                    results.add(new PublishedArticle(article.id(), article.contentHash(), PublishedArticle.Status.UNCHANGED));
                    continue;
                }
                Article linkedArticle = linkNearDuplicate(withLanguage(article));
                acknowledgements.add(kafka.send(Topics.ARTICLES_INGESTED, article.id(), ArticleIngested.of(linkedArticle)));
                sent.add(linkedArticle);
                sentInThisBatch.put(article.id(), article.contentHash());
                results.add(new PublishedArticle(article.id(), article.contentHash(), PublishedArticle.Status.ACCEPTED));
            }
            CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(articles, sent, acknowledgements, "interrupted while waiting for Kafka", e);
        } catch (TimeoutException e) {
            throw failure(articles, sent, acknowledgements, "Kafka did not acknowledge within " + timeout, e);
        } catch (ExecutionException e) {
            throw failure(articles, sent, acknowledgements, "Kafka refused the write: " + rootMessage(e.getCause()),
                    e.getCause());
        } catch (RuntimeException e) {
            throw failure(articles, sent, acknowledgements, "could not send to Kafka: " + e.getMessage(), e);
        }
        for (Article article : sent) {
            versions.published(article.id(), article.contentHash());
        }
        accepted.increment(sent.size());
        unchanged.increment(articles.size() - sent.size());
        linked.increment(sent.stream().filter(article -> article.duplicateOf() != null).count());
        return results;
    }

    /**
     * The articles as {@link #publish} would publish them (language detected, near-duplicates linked to what was
     * published before), publishing and remembering nothing: what a dry run answers. A near-duplicate of an
     * article earlier in the same dry-run batch is not linked, as nothing of the batch was published.
     */
    public List<Article> preview(List<Article> articles) {
        List<Article> previews = new ArrayList<>(articles.size());
        for (Article article : articles) {
            Article withLanguage = withLanguage(article);
            if (nearDuplicates != null) {
                withLanguage = withLanguage.withDuplicateOf(nearDuplicates.find(article.id(), text(withLanguage),
                        time(withLanguage)).orElse(null));
            }
            previews.add(withLanguage);
        }
        return previews;
    }

    /** The article with the language of its text when the source named none and the text tells it. */
    private Article withLanguage(Article article) {
        if (languages == null || article.language() != null) {
            return article;
        }
        String language = languages.detect(article.title() == null ? article.body()
                : article.title() + "\n\n" + article.body());
        if (language == null) {
            return article;
        }
        return new Article(article.id(), article.url(), article.canonicalUrl(), article.source(), article.title(),
                article.standfirst(), article.byline(), article.section(), language, article.publishedAt(),
                article.updatedAt(), article.ingestedAt(), article.body(), article.contentHash(), article.media(),
                article.tags(), article.urgency(), article.pubStatus(), article.embargoedUntil(), article.duplicateOf());
    }

    /** The article with {@code duplicateOf} set when it re-runs an article published within the window. */
    private Article linkNearDuplicate(Article article) {
        if (nearDuplicates == null) {
            return article;
        }
        return article.withDuplicateOf(nearDuplicates.add(article.id(), text(article), time(article)).orElse(null));
    }

    private static String text(Article article) {
        return article.title() == null ? article.body() : article.title() + "\n\n" + article.body();
    }

    private static Instant time(Article article) {
        return article.publishedAt() != null ? article.publishedAt() : article.ingestedAt();
    }

    /**
     * Remembers what did get acknowledged (so a retry of it is answered unchanged) and forgets for near-duplicate
     * detection what did not, logs the failure once with the
     * article ids, and builds the exception that turns into a 503.
     */
    private PublishFailedException failure(List<Article> articles, List<Article> sent,
            List<CompletableFuture<SendResult<String, ArticleIngested>>> acknowledgements, String problem,
            Throwable cause) {
        Set<String> acknowledged = new HashSet<>();
        for (int i = 0; i < acknowledgements.size(); i++) {
            CompletableFuture<SendResult<String, ArticleIngested>> acknowledgement = acknowledgements.get(i);
            if (acknowledgement.isDone() && !acknowledgement.isCompletedExceptionally()) {
                versions.published(sent.get(i).id(), sent.get(i).contentHash());
                acknowledged.add(sent.get(i).id());
            }
        }
        if (nearDuplicates != null) {
            // a later article must not be linked to one that never reached the topic
            articles.stream().map(Article::id).filter(id -> !acknowledged.contains(id)).forEach(nearDuplicates::forget);
        }
        failed.increment(articles.size());
        List<String> ids = articles.stream().map(Article::id).toList();
        log.warn("Publishing {} article(s) failed, answered 503: {}; article ids {}", articles.size(), problem, ids,
                cause);
        return new PublishFailedException(problem, cause);
    }

    /** The most specific message of a cause chain: Spring's "Failed to send" wraps the producer's reason. */
    private static String rootMessage(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable cause = failure.getCause(); cause != null && cause != failure; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
            failure = cause;
        }
        return message;
    }

    /** Articles this instance remembers the last published version of. */
    int rememberedVersions() {
        return versions.size();
    }
}
