package io.newswire.ingest;

import io.newswire.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The readers, the normaliser and the topic this service produces; everything else is auto-configured. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ArticleNormalizer articleNormalizer() {
        return new ArticleNormalizer();
    }

    @Bean
    JsonArticleReader jsonArticleReader(ArticleNormalizer normalizer) {
        return new JsonArticleReader(normalizer);
    }

    @Bean
    PlainTextArticleReader plainTextArticleReader(ArticleNormalizer normalizer) {
        return new PlainTextArticleReader(normalizer);
    }

    @Bean
    NewTopic articlesIngestedTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.ARTICLES_INGESTED)
                .partitions(topics.partitions())
                .replicas(topics.replicas())
                .build();
    }
}
