package io.newswire.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.events.Article;
import io.newswire.events.ArticleIngested;
import io.newswire.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@link PublishedArticle.Status#UNCHANGED unchanged} and not sent again.
 */
@Component
public class ArticlePublisher {

    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    private final KafkaTemplate<String, ArticleIngested> kafka;
    private final PublishedVersions versions;
    private final Duration timeout;
    private final Counter accepted;
    private final Counter unchanged;
    private final Counter failed;

    ArticlePublisher(KafkaTemplate<String, ArticleIngested> kafka, IngestProperties properties, MeterRegistry meters) {
        this.kafka = kafka;
        this.versions = new PublishedVersions(properties.dedupeCacheSize());
        this.timeout = properties.publishTimeout();
        this.accepted = articlesCounter(meters, "accepted");
        this.unchanged = articlesCounter(meters, "unchanged");
        this.failed = articlesCounter(meters, "failed");
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
                acknowledgements.add(kafka.send(Topics.ARTICLES_INGESTED, article.id(), ArticleIngested.of(article)));
                sent.add(article);
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
        return results;
    }

    /**
     * Remembers what did get acknowledged (so a retry of it is answered unchanged), logs the failure once with the
     * article ids, and builds the exception that turns into a 503.
     */
    private PublishFailedException failure(List<Article> articles, List<Article> sent,
            List<CompletableFuture<SendResult<String, ArticleIngested>>> acknowledgements, String problem,
            Throwable cause) {
        for (int i = 0; i < acknowledgements.size(); i++) {
            CompletableFuture<SendResult<String, ArticleIngested>> acknowledgement = acknowledgements.get(i);
            if (acknowledgement.isDone() && !acknowledgement.isCompletedExceptionally()) {
                versions.published(sent.get(i).id(), sent.get(i).contentHash());
            }
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
