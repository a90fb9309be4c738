package io.newswire.store.entities;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** The indexes of the {@code entityMentions} and {@code entities} collections, created before the listeners start writing. */
@Configuration(proxyBeanMethods = false)
class EntityIndexes {

    @Bean
    InitializingBean entityMentionIndexes(MongoTemplate mongo) {
        return () -> {
            var mentions = mongo.indexOps(EntityStatistics.MENTIONS);
            mentions.createIndex(new Index().named("key").on("key", Direction.ASC));
            mentions.createIndex(new Index().named("articleId").on("articleId", Direction.ASC));
            mentions.createIndex(new Index().named("key_seenAt").on("key", Direction.ASC).on("seenAt", Direction.DESC));
            mongo.indexOps(EntityStatistics.ENTITIES).createIndex(new Index().named("lookup")
                    .on(EntityLookup.FIELD, Direction.ASC).on("articles", Direction.DESC).on("_id", Direction.ASC));
        };
    }
}
