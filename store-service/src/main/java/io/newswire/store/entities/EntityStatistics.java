package io.newswire.store.entities;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.newswire.events.Article;
import io.newswire.events.Enrichment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code entities} collection exact under redelivery, replay, new versions and several store instances.
 *
 * <p>Nothing is ever incremented blindly. Each article version's contribution to each entity is an entry in the
 * {@code entityContributions} document of the entity and the article's day, set or removed by article id (so a
 * redelivery changes nothing) and never replaced by an older version; each such document keeps exact counts of its
 * entries (see {@link ContributionBuckets}). Which buckets an article may have left entries in, and when they are
 * cleaned, is the caller's part (see {@code ArticleProjection}).
 *
 * <p>An entity is recomputed from the counts of all its day buckets and written as a whole. A writer first
 * increments the entity's {@code changes} counter (adding its days to {@code bucketDays} in the same atomic update),
 * reads the buckets, and writes its result only while the stored {@code revision} is below its counter value. The
 * writer holding the highest value read the buckets after every other writer's change, so the last result standing
 * is computed from complete data, whatever the interleaving of instances.
 */
@Component
public class EntityStatistics {

    static final String ENTITIES = "entities";

    private final MongoTemplate mongo;
    private final ContributionBuckets buckets;

    public EntityStatistics(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buckets = new ContributionBuckets(mongo);
    }

    /**
     * The ids of the buckets a version of an article contributes to: one per distinct entity key; none when it is
     * not enriched.
     */
    public static Set<String> bucketsOf(String articleId, ArticleVersion version, Article article,
            Enrichment enrichment) {
        Set<String> ids = new LinkedHashSet<>();
        if (enrichment != null) {
            EntityContributions.of(articleId, version, article, enrichment).forEach(c -> ids.add(c.bucketId()));
        }
        return ids;
    }

    /**
     * Writes what an enriched version of an article contributes to each entity it mentions, except where a newer
     * version's contribution is stored; answers the buckets written to.
     */
    public Set<String> contribute(String articleId, ArticleVersion version, Article article, Enrichment enrichment) {
        Set<String> written = new LinkedHashSet<>();
        for (Contribution contribution : EntityContributions.of(articleId, version, article, enrichment)) {
            buckets.put(contribution);
            written.add(contribution.bucketId());
        }
        return written;
    }

    /** Removes the article's entries from the given buckets where the entry's version passes the test. */
    public void withdraw(String articleId, Collection<String> bucketIds, Predicate<ArticleVersion> when) {
        bucketIds.forEach(bucketId -> buckets.withdraw(bucketId, articleId, when));
    }

    /** Recomputes the entities of the given buckets. */
    public void recompute(Collection<String> bucketIds) {
        Map<String, Set<String>> daysByKey = new LinkedHashMap<>();
        bucketIds.forEach(id -> daysByKey.computeIfAbsent(Contribution.keyOf(id), key -> new LinkedHashSet<>())
                .add(Contribution.dayOf(id)));
        daysByKey.forEach(this::recompute);
    }

    private void recompute(String key, Set<String> days) {
        Document counter = nextChange(key, days);
        long change = counter.get("changes", Number.class).longValue();
        List<String> ids = new ArrayList<>();
        counter.getList("bucketDays", String.class).forEach(day -> ids.add(Contribution.bucketId(key, day)));
        EntityDocument entity = EntityTotals.of(key, buckets.counts(ids), change);
        long stored = counter.get("revision", Number.class).longValue();
        while (stored < change) {
            var atStored = Query.query(Criteria.where("_id").is(key).and("revision").is(stored));
            if (mongo.updateFirst(atStored, updateOf(entity), ENTITIES).getMatchedCount() == 1) {
                return;
            }
            stored = mongo.getCollection(ENTITIES).find(Filters.eq("_id", key))
                    .projection(Projections.include("revision")).first().get("revision", Number.class).longValue();
        }
    }

    /**
     * Increments the entity's change counter and records the days of its buckets, creating its document on first
     * use; answers the document's counter, days and revision after the increment.
     */
    private Document nextChange(String key, Set<String> days) {
        var query = Query.query(Criteria.where("_id").is(key));
        var increment = new Update().inc("changes", 1L).addToSet("bucketDays").each(days.toArray())
                .setOnInsert("revision", 0L);
        var options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(query, increment, options, Document.class, ENTITIES);
        }
        catch (DuplicateKeyException createdMeanwhile) {
            // Two writers upserted the first document of the key at once; it exists now.
            return mongo.findAndModify(query, increment, options, Document.class, ENTITIES);
        }
    }

    private static Update updateOf(EntityDocument entity) {
        var update = new Update().set("articles", entity.articles()).set("mentions", entity.mentions())
                .set("revision", entity.revision());
        if (entity.articles() == 0) {
            return update.unset("name").unset("type").unset("aliases").unset("roles").unset("firstSeen")
                    .unset("lastSeen").unset("days").unset(EntityLookup.FIELD);
        }
        Document days = new Document();
        entity.days().forEach(days::append);
        return update.set("name", entity.name()).set("type", entity.type()).set("aliases", entity.aliases())
                .set("roles", entity.roles()).set("firstSeen", Date.from(entity.firstSeen()))
                .set("lastSeen", Date.from(entity.lastSeen())).set("days", days)
                .set(EntityLookup.FIELD, EntityLookup.formsOf(entity.name(), entity.aliases()));
    }
}
