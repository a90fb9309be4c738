package io.newswire.enrich;

import io.newswire.enrich.nlp.ArticleEnricher;
import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.ArticleIngested;
import io.newswire.events.Topics;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Enriches every ingested article and publishes it, keyed by article id, to {@link Topics#ARTICLES_ENRICHED}.
 * The send is awaited, so a failed publish fails the record and it is retried, never lost (at-least-once).
 * Withheld and canceled articles pass through like any other; the store decides what to do with them. What the
 * enricher could not do (a body cut short, text that is not English) is logged at INFO with the article id.
 */
@Component
class ArticleIngestedListener {

    private static final Logger log = LoggerFactory.getLogger(ArticleIngestedListener.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final ArticleEnricher enricher;
    private final KafkaTemplate<String, ArticleEnriched> kafka;

    ArticleIngestedListener(ArticleEnricher enricher, KafkaTemplate<String, ArticleEnriched> kafka) {
        this.enricher = enricher;
        this.kafka = kafka;
    }

    @KafkaListener(topics = Topics.ARTICLES_INGESTED)
    void onArticleIngested(ArticleIngested event) throws InterruptedException, ExecutionException, TimeoutException {
        Article article = validArticle(event);
        long started = System.nanoTime();
        ArticleEnricher.Result result = enricher.enrich(article);
        result.notes().forEach(note -> log.info("Article {}: {}", article.id(), note));
        ArticleEnriched enriched = ArticleEnriched.of(article, result.enrichment());
        kafka.send(Topics.ARTICLES_ENRICHED, article.id(), enriched).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        log.debug("Article {} enriched in {} ms: {} entities, {} statements", article.id(),
                (System.nanoTime() - started) / 1_000_000, enriched.enrichment().entities().size(),
                enriched.enrichment().statements().size());
    }

    /** The event's article when enrich can use it: present, with an id. */
    static Article validArticle(ArticleIngested event) {
        if (event == null || event.article() == null) {
            throw new InvalidArticleEventException("ArticleIngested without an article");
        }
        Article article = event.article();
        if (article.id() == null || article.id().isBlank()) {
            throw new InvalidArticleEventException("ArticleIngested whose article has no id");
        }
        return article;
    }
}
