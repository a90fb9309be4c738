package io.newswire.store;

import io.newswire.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics the store consumes, which their producers (ingest, enrich) create in a running pipeline; the
 * integration tests import this to stand in for them.
 */
@TestConfiguration(proxyBeanMethods = false)
class SourceTopics {

    @Bean
    NewTopic articlesIngested() {
        return TopicBuilder.name(Topics.ARTICLES_INGESTED).partitions(6).build();
    }

    @Bean
    NewTopic articlesEnriched() {
        return TopicBuilder.name(Topics.ARTICLES_ENRICHED).partitions(6).build();
    }
}
