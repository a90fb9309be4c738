package io.newswire.ingest;

import io.newswire.events.Topics;
import io.newswire.formats.ArticleNormalizer;
import io.newswire.formats.JsonArticleReader;
import io.newswire.formats.PlainTextArticleReader;
import io.newswire.formats.html.HtmlArticleExtractor;
import io.newswire.formats.ninjs.NinjsReader;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The readers, the normaliser and the topic this service produces; everything else is auto-configured. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    /**
     * A 2 MB body is larger once JSON-escaped and wrapped in its event: records up to 8 MiB, the same as the
     * producer's max.request.size, instead of Kafka's 1 MB default.
     */
    static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

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
    NinjsReader ninjsReader(ArticleNormalizer normalizer) {
        return new NinjsReader(normalizer);
    }

    @Bean
    HtmlArticleExtractor htmlArticleExtractor() {
        return new HtmlArticleExtractor();
    }

    @Bean
    NewTopic articlesIngestedTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.ARTICLES_INGESTED)
                .partitions(topics.partitions())
                .replicas(topics.replicas())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES))
                .build();
    }
}
