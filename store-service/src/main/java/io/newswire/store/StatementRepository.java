package io.newswire.store;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code statements} collection. */
interface StatementRepository extends MongoRepository<StatementDocument, String> {

    List<StatementDocument> findBySpeakerNamesOrderBySortAtDescIdAsc(String speakerName, Limit limit);

    List<StatementDocument> findAllByOrderBySortAtDescIdAsc(Limit limit);

    void deleteByArticleIdAndContentHashNot(String articleId, String contentHash);

    void deleteByArticleIdAndIdNotIn(String articleId, Collection<String> ids);
}
