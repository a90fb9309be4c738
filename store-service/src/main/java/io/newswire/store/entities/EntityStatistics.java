package io.newswire.store.entities;

import com.mongodb.client.model.Filters;
import io.newswire.events.Article;
import io.newswire.events.Enrichment;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
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
 * <p>An entity document keeps, in {@code dayCounts}, a copy of each of its buckets' counts with the bucket's
 * revision, and statistics computed from those copies. After changing buckets, a writer reads the entity and the
 * buckets it changed, replaces each copy older than the bucket, recomputes the statistics and writes all of it with
 * a compare-and-set on the entity's {@code revision}, starting again when another writer got there first. A copy is
 * never replaced by an older one, and the writer of a bucket's last change merges the bucket as it is after that
 * change (or finds it already merged), so the entity ends with every bucket's latest counts whatever the
 * interleaving of instances. Recomputing reads only the buckets that changed, however long the entity's history.
 */
@Component
public class EntityStatistics {

    static final String ENTITIES = "entities";
    /** The field of an entity document holding the copies of its buckets' counts, by day. */
    public static final String DAY_COUNTS = "dayCounts";
    private static final String REVISION = "revision";

    /** Attempts at once before backing off; attempts before the entity counts as stalled. */
    private static final int BACK_OFF_AFTER = 5;
    static final int STALL_ATTEMPTS = 10;
    private static final Logger log = LoggerFactory.getLogger(EntityStatistics.class);

    private final MongoTemplate mongo;
    private final ContributionBuckets buckets;
    private final AtomicLong conflicts = new AtomicLong();
    private volatile String stalledEntity;

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

    /** The entity whose update has not gone through after {@value #STALL_ATTEMPTS} attempts, or {@code null}. */
    public String stalledEntity() {
        return stalledEntity;
    }

    /** How many compare-and-set writes of entities found another revision than the one they read. */
    public long conflicts() {
        return conflicts.get();
    }

    private void recompute(String key, Set<String> days) {
        List<String> ids = days.stream().map(day -> Contribution.bucketId(key, day)).toList();
        for (int attempt = 1; ; attempt++) {
            if (attempt > 1) {
                conflicted(key, attempt);
            }
            Document entity = mongo.getCollection(ENTITIES).find(Filters.eq("_id", key)).first();
            if (entity == null) {
                createEmpty(key);
                continue;
            }
            Document countsByDay = entity.get(DAY_COUNTS, new Document());
            Document newer = new Document();
            for (Document bucket : buckets.counts(ids)) {
                Document merged = countsByDay.get(bucket.getString("day"), Document.class);
                if (merged == null || revisionOf(merged) < revisionOf(bucket)) {
                    Document counts = new Document(bucket);
                    counts.keySet().removeAll(List.of("_id", "key", "day"));
                    newer.put(bucket.getString("day"), counts);
                }
            }
            if (newer.isEmpty()) {
                // Another writer merged these buckets as they are now, or later.
                progressed(key);
                return;
            }
            countsByDay.putAll(newer);
            Map<String, Document> all = new LinkedHashMap<>();
            countsByDay.forEach((day, counts) -> all.put(day, (Document) counts));
            long revision = revisionOf(entity);
            Update update = updateOf(EntityTotals.of(key, all)).set(REVISION, revision + 1);
            newer.forEach((day, counts) -> update.set(DAY_COUNTS + "." + day, counts));
            var atRevision = Query.query(Criteria.where("_id").is(key).and(REVISION).is(revision));
            if (mongo.updateFirst(atRevision, update, ENTITIES).getMatchedCount() == 1) {
                progressed(key);
                return;
            }
        }
    }

    /**
     * Another attempt after a lost compare-and-set: at once at first (a concurrent writer won), then backing off up
     * to a second, logged and reported (health DOWN) once it looks like no attempt can succeed (an entity whose
     * stored revision no query matches), instead of spinning a core without a word.
     */
    private void conflicted(String key, int attempt) {
        conflicts.incrementAndGet();
        if (attempt == STALL_ATTEMPTS) {
            stalledEntity = key;
            log.warn("Entity {} was not updated after {} compare-and-set attempts; retrying up to once a second "
                    + "(health DOWN until it goes through)", key, attempt);
        }
        if (attempt > BACK_OFF_AFTER) {
            try {
                Thread.sleep(Math.min(1000L, 10L << Math.min(attempt - BACK_OFF_AFTER, 7)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while updating entity " + key, e);
            }
        }
    }

    private void progressed(String key) {
        if (key.equals(stalledEntity)) {
            stalledEntity = null;
            log.info("Entity {} updated again", key);
        }
    }

    private void createEmpty(String key) {
        try {
            mongo.insert(new Document("_id", key).append("articles", 0).append("mentions", 0L).append(REVISION, 0L)
                    .append(DAY_COUNTS, new Document()), ENTITIES);
        }
        catch (DuplicateKeyException createdMeanwhile) {
            // Another writer created it; the caller reads it again.
        }
    }

    private static long revisionOf(Document document) {
        return document.get(REVISION, Number.class).longValue();
    }

    private static Update updateOf(EntityDocument entity) {
        var update = new Update().set("articles", entity.articles()).set("mentions", entity.mentions());
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
