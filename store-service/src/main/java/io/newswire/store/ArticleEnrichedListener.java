package io.newswire.store;

import io.newswire.events.ArticleEnriched;
import io.newswire.events.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Stores each enriched article with its entities and statements. */
@Component
class ArticleEnrichedListener {

    private final ArticleProjection projection;

    ArticleEnrichedListener(ArticleProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.ARTICLES_ENRICHED,
            properties = "spring.json.value.default.type=io.newswire.events.ArticleEnriched")
    void on(ArticleEnriched event) {
        projection.apply(event);
    }
}
