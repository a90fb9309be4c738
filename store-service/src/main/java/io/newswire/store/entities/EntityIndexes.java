package io.newswire.store.entities;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The indexes of the {@code entities} and {@code entityContributions} collections, created before the listeners
 * start writing. The unique {@code _id, revision} indexes serve the compare-and-set writes: MongoDB would find the
 * document through {@code _id} alone, but the embedded server uses only unique indexes whose fields are exactly
 * those of the filter, and would otherwise scan the collection on every write.
 */
@Configuration(proxyBeanMethods = false)
public class EntityIndexes {

    @Bean
    InitializingBean entityCollectionIndexes(MongoTemplate mongo) {
        return () -> {
            mongo.indexOps(ContributionBuckets.COLLECTION).createIndex(revisionIndex());
            var entities = mongo.indexOps(EntityStatistics.ENTITIES);
            entities.createIndex(revisionIndex());
            entities.createIndex(new Index().named("lookup")
                    .on(EntityLookup.FIELD, Direction.ASC).on("articles", Direction.DESC).on("_id", Direction.ASC));
        };
    }

    /** The unique index the compare-and-set filter {@code {_id, revision}} uses. */
    public static Index revisionIndex() {
        return new Index().named("revision").on("_id", Direction.ASC).on("revision", Direction.ASC).unique();
    }
}
