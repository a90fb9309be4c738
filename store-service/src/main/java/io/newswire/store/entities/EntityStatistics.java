package io.newswire.store.entities;

import io.newswire.events.Article;
import io.newswire.events.Enrichment;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code entities} collection exact under redelivery, replay, new versions and several store instances.
 *
 * <p>Nothing is ever incremented blindly. Each article's current contribution to each entity is a document in
 * {@code entityMentions} (id: key, bar, article id), upserted with the article's version guard, so an older
 * version never overwrites a newer one and a redelivery rewrites the same content. After its own upserts, a writer
 * re-reads the article's stored version and deletes every contribution of that article older than it (all of them
 * when the article is hidden): whichever of two racing writers reads last sees the newest article, and the newest
 * article's writer reads after anything a stale writer inserted before, so a stale contribution never survives.
 *
 * <p>Then each key whose contributions changed is recomputed from all its contributions and written as a whole.
 * A writer first increments the entity's {@code changes} counter, reads the contributions, and writes its result
 * only where the stored {@code revision} is below its counter value. The writer holding the highest value read
 * the contributions after every other writer's change, so the last result standing is computed from complete
 * data, whatever the interleaving of instances.
 */
@Component
public class EntityStatistics {

    static final String ENTITIES = "entities";
    static final String MENTIONS = "entityMentions";

    private static final Logger log = LoggerFactory.getLogger(EntityStatistics.class);

    private final MongoTemplate mongo;

    public EntityStatistics(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Records what a version of an article, just stored as the current one, contributes to the entities.
     *
     * @param articleId the article id
     * @param version the stored version (as in the {@code articles} collection)
     * @param enrichmentVersion the stored enrichment's version, {@code null} when not enriched
     * @param hidden whether the article is withheld or canceled: then it contributes nothing
     * @param article the article
     * @param enrichment its enrichment, {@code null} when not enriched
     */
    public void articleStored(String articleId, String version, String enrichmentVersion, boolean hidden,
            Article article, Enrichment enrichment) {
        Set<String> changedKeys = new LinkedHashSet<>();
        if (enrichment != null && !hidden) {
            for (EntityMention contribution : EntityContributions.of(articleId, version, enrichmentVersion, article,
                    enrichment)) {
                upsert(contribution);
                changedKeys.add(contribution.key());
            }
        }
        changedKeys.addAll(removeOutdated(articleId));
        changedKeys.forEach(this::recompute);
    }

    private void upsert(EntityMention contribution) {
        var guard = Criteria.where("_id").is(contribution.id()).orOperator(
                Criteria.where("version").lt(contribution.version()),
                Criteria.where("version").is(contribution.version())
                        .and("enrichmentVersion").lte(contribution.enrichmentVersion()));
        try {
            mongo.replace(Query.query(guard), contribution, ReplaceOptions.replaceOptions().upsert());
        }
        catch (DuplicateKeyException newerStored) {
            log.debug("Contribution {} of version {} not written: a newer one is stored", contribution.id(),
                    contribution.version());
        }
    }

    /** Deletes the article's contributions that are older than its stored version; answers their keys. */
    private Set<String> removeOutdated(String articleId) {
        Document stored = mongo.getCollection("articles").find(new Document("_id", articleId))
                .projection(new Document("version", 1).append("enrichmentVersion", 1).append("hidden", 1)).first();
        if (stored == null) {
            return Set.of();
        }
        String version = stored.getString("version");
        String enrichmentVersion = stored.getString("enrichmentVersion");
        Criteria outdated = Criteria.where("articleId").is(articleId);
        if (Boolean.TRUE.equals(stored.getBoolean("hidden")) || enrichmentVersion == null) {
            outdated = outdated.and("version").lte(version);
        }
        else {
            outdated = outdated.orOperator(Criteria.where("version").lt(version),
                    Criteria.where("version").is(version).and("enrichmentVersion").lt(enrichmentVersion));
        }
        Query query = Query.query(outdated);
        query.fields().include("_id", "key");
        List<String> ids = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        mongo.getCollection(MENTIONS).find(query.getQueryObject()).projection(query.getFieldsObject())
                .forEach(found -> {
                    ids.add(found.getString("_id"));
                    keys.add(found.getString("key"));
                });
        if (!ids.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(ids)), MENTIONS);
        }
        return keys;
    }

    private void recompute(String key) {
        long revision = nextChange(key);
        List<EntityMention> contributions = mongo.find(
                Query.query(Criteria.where("key").is(key)).with(Sort.by("_id")), EntityMention.class);
        EntityDocument entity = EntityTotals.of(key, contributions, revision);
        var notNewer = Query.query(Criteria.where("_id").is(key).orOperator(
                Criteria.where("revision").lt(revision), Criteria.where("revision").exists(false)));
        mongo.updateFirst(notNewer, updateOf(entity), ENTITIES);
    }

    /** Increments the entity's change counter, creating its document on first use. */
    private long nextChange(String key) {
        var query = Query.query(Criteria.where("_id").is(key));
        var increment = new Update().inc("changes", 1L);
        var options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(query, increment, options, Document.class, ENTITIES).get("changes",
                    Number.class).longValue();
        }
        catch (DuplicateKeyException createdMeanwhile) {
            // Two writers upserted the first document of the key at once; it exists now.
            return mongo.findAndModify(query, increment, options, Document.class, ENTITIES).get("changes",
                    Number.class).longValue();
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
