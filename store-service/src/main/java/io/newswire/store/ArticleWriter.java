package io.newswire.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Writes article documents so that the latest version wins: each write is one upsert whose filter is the article
 * id plus a version guard. When the guard fails the upsert tries to insert a second document with the same id, and
 * the duplicate key tells that the stored version is at least as new.
 */
@Component
class ArticleWriter {

    private static final Logger log = LoggerFactory.getLogger(ArticleWriter.class);

    /** What a write did. */
    enum Outcome {
        /** The document now holds the given version (written, or already identical). */
        CURRENT,
        /** A newer version, or a newer enrichment of this version, is stored; nothing was written. */
        STALE
    }

    private final MongoTemplate mongo;

    ArticleWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores an ingested version if it is newer than the stored one. The same version is left as it is, so that
     * its enrichment, if it arrived first, stays.
     */
    Outcome writeIngested(ArticleDocument document) {
        var newerThanStored = Criteria.where("_id").is(document.id()).and("version").lt(document.version());
        if (upsert(newerThanStored, document)) {
            return Outcome.CURRENT;
        }
        boolean sameVersion = mongo.exists(
                Query.query(Criteria.where("_id").is(document.id()).and("version").is(document.version())),
                ArticleDocument.class);
        return sameVersion ? Outcome.CURRENT : Outcome.STALE;
    }

    /**
     * Stores an enriched version if it is newer than the stored one, or the same version with an enrichment at
     * least as recent as the stored one (a redelivery rewrites identical content, which changes nothing).
     */
    Outcome writeEnriched(ArticleDocument document) {
        var guard = Criteria.where("_id").is(document.id()).orOperator(
                Criteria.where("version").lt(document.version()),
                Criteria.where("version").is(document.version()).and("enrichmentVersion").is(null),
                Criteria.where("version").is(document.version())
                        .and("enrichmentVersion").lte(document.enrichmentVersion()));
        return upsert(guard, document) ? Outcome.CURRENT : Outcome.STALE;
    }

    private boolean upsert(Criteria guard, ArticleDocument document) {
        try {
            mongo.replace(Query.query(guard), document, ReplaceOptions.replaceOptions().upsert());
            return true;
        }
        catch (DuplicateKeyException newerStored) {
            log.debug("Article {} version {} not written: the stored one is at least as new", document.id(),
                    document.version());
            return false;
        }
    }
}
