package io.newswire.store;

import io.newswire.events.ArticleIngested;
import io.newswire.events.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Stores each ingested article, so that it is queryable before it is enriched. */
@Component
class ArticleIngestedListener {

    private final ArticleProjection projection;

    ArticleIngestedListener(ArticleProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.ARTICLES_INGESTED,
            properties = "spring.json.value.default.type=io.newswire.events.ArticleIngested")
    void on(ArticleIngested event) {
        projection.apply(event);
    }
}
