package io.newswire.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.CriteriaDefinition;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Runs a filtered list query one page at a time, newest first, keyed by {@code (sortAt, _id)}: a page holds the
 * items sorting after the cursor, and it has a next cursor only when more items follow. Hidden documents (withheld or
 * canceled articles and their statements) are never listed. Filter values reach MongoDB only as compared values or
 * quoted patterns.
 */
@Component
class KeysetSearch {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("sortAt"), Sort.Order.asc("id"));

    private final MongoTemplate mongo;

    KeysetSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The criteria every list shares: not hidden, within the time range, after the cursor. */
    static List<CriteriaDefinition> common(TimeRange range, PageCursor cursor) {
        List<CriteriaDefinition> criteria = new ArrayList<>();
        criteria.add(Criteria.where("hidden").ne(true));
        if (range.from() != null || range.to() != null) {
            Criteria sortAt = Criteria.where("sortAt");
            if (range.from() != null) {
                sortAt.gte(range.from());
            }
            if (range.to() != null) {
                sortAt.lte(range.to());
            }
            criteria.add(sortAt);
        }
        if (cursor != null) {
            criteria.add(new Criteria().orOperator(Criteria.where("sortAt").lt(cursor.sortAt()),
                    new Criteria().andOperator(Criteria.where("sortAt").is(cursor.sortAt()),
                            Criteria.where("id").gt(cursor.id()))));
        }
        return criteria;
    }

    /** One page of documents matching all criteria. */
    <D, V> Items<V> page(Class<D> type, List<CriteriaDefinition> criteria, int limit, Function<D, PageCursor> key,
            Function<D, V> view) {
        Query query = new Query();
        List<Criteria> plain = new ArrayList<>();
        for (CriteriaDefinition criterion : criteria) {
            if (criterion instanceof Criteria c) {
                plain.add(c);
            }
            else {
                query.addCriteria(criterion);
            }
        }
        if (!plain.isEmpty()) {
            query.addCriteria(new Criteria().andOperator(plain));
        }
        query.with(NEWEST_FIRST).limit(limit + 1);
        List<D> found = mongo.find(query, type);
        List<D> page = found.size() > limit ? found.subList(0, limit) : found;
        String next = found.size() > limit ? key.apply(page.get(page.size() - 1)).encode() : null;
        return new Items<>(page.stream().map(view).toList(), next);
    }

    /** Ids of the newest articles, at most {@code bound}, matching the criteria; for joins from statements. */
    List<String> articleIds(List<CriteriaDefinition> criteria, int bound) {
        Query query = new Query(new Criteria().andOperator(criteria.stream().map(Criteria.class::cast).toList()));
        query.with(NEWEST_FIRST).limit(bound).fields().include("id");
        return mongo.find(query, ArticleId.class, "articles").stream().map(ArticleId::id).toList();
    }

    /** Only the id of an article, so that the join reads no more than it needs. */
    record ArticleId(@Id String id) {
    }
}
