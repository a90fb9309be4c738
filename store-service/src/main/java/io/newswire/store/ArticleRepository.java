package io.newswire.store;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads of the {@code articles} collection; writes go through {@link ArticleWriter}. */
interface ArticleRepository extends MongoRepository<ArticleDocument, String> {

    List<ArticleDocument> findByEntityNamesOrderBySortAtDescIdAsc(String entityName, Limit limit);

    List<ArticleDocument> findAllByOrderBySortAtDescIdAsc(Limit limit);
}
