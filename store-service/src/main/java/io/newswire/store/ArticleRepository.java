package io.newswire.store;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads of single articles; writes go through {@link ArticleWriter}, lists through {@link KeysetSearch}. */
interface ArticleRepository extends MongoRepository<ArticleDocument, String> {
}
