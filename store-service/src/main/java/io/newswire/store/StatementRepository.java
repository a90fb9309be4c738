package io.newswire.store;

import java.util.Collection;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code statements} collection. */
interface StatementRepository extends MongoRepository<StatementDocument, String> {

    void deleteByArticleIdAndContentHashNot(String articleId, String contentHash);

    void deleteByArticleIdAndIdNotIn(String articleId, Collection<String> ids);
}
