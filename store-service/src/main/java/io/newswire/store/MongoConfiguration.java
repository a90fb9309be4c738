package io.newswire.store;

import io.newswire.store.entities.EntityIndexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.DefaultMongoTypeMapper;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/** The document mapping and the indexes of the store's collections. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    /**
     * Boot's converter without the {@code _class} type key: each collection holds one document type, and the
     * documents are a published schema that should not name Java classes.
     */
    @Bean
    MappingMongoConverter mappingMongoConverter(MongoDatabaseFactory factory, MongoMappingContext context,
            MongoCustomConversions conversions) {
        var converter = new MappingMongoConverter(new DefaultDbRefResolver(factory), context);
        converter.setCustomConversions(conversions);
        converter.setTypeMapper(new DefaultMongoTypeMapper(null));
        return converter;
    }

    /** Creates the indexes the queries use, before the listeners start writing; creating an existing one is a no-op. */
    @Bean
    InitializingBean collectionIndexes(MongoTemplate mongo) {
        return () -> {
            var articles = mongo.indexOps(ArticleDocument.class);
            articles.createIndex(EntityIndexes.revisionIndex());
            articles.createIndex(new Index().named("source_sortAt")
                    .on("article.source.id", Direction.ASC).on("sortAt", Direction.DESC).on("_id", Direction.ASC));
            articles.createIndex(new Index().named("entityNames_sortAt")
                    .on("entityNames", Direction.ASC).on("sortAt", Direction.DESC).on("_id", Direction.ASC));
            articles.createIndex(new Index().named("sortAt")
                    .on("sortAt", Direction.DESC).on("_id", Direction.ASC));
            var statements = mongo.indexOps(StatementDocument.class);
            statements.createIndex(new Index().named("speakerNames_sortAt")
                    .on("speakerNames", Direction.ASC).on("sortAt", Direction.DESC).on("_id", Direction.ASC));
            statements.createIndex(new Index().named("sortAt")
                    .on("sortAt", Direction.DESC).on("_id", Direction.ASC));
            statements.createIndex(new Index().named("articleId").on("articleId", Direction.ASC));
            log.info("Indexes of the articles and statements collections are in place");
        };
    }
}
