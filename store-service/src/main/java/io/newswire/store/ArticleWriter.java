package io.newswire.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.newswire.store.entities.ArticleVersion;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes article documents so that the latest version wins. Each write is a compare-and-set on the document's
 * {@code revision}: read the stored document by id, give up if it is at least as new, else replace it with the filter
 * {@code {_id, revision}} and start again when another writer changed it meanwhile.
 *
 * <p>A replaced version may have left statements and entity contributions behind. Their ids go into the new
 * document's {@value #LEFTOVER_STATEMENTS} and {@value #LEFTOVER_BUCKETS}, added to those still listed there, in
 * the same write; whoever completes the stored version removes them and then clears the lists (see
 * {@link ArticleProjection}). A crash in between leaves the lists for the redelivery or the next version.
 */
@Component
class ArticleWriter {

    static final String LEFTOVER_STATEMENTS = "leftoverStatements";
    static final String LEFTOVER_BUCKETS = "leftoverBuckets";
    private static final String REVISION = "revision";

    /**
     * The stored state of an article.
     *
     * @param document the stored version
     * @param revision the document's write count
     * @param leftoverStatements ids of statements older versions may have left
     * @param leftoverBuckets ids of the {@code entityContributions} documents older versions may have entries in
     */
    record Stored(ArticleDocument document, long revision, Set<String> leftoverStatements,
            Set<String> leftoverBuckets) {

        ArticleVersion version() {
            return versionOf(document);
        }
    }

    private final MongoTemplate mongo;

    ArticleWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores the version if it is newer than the stored one (an enrichment is newer than none, a later enrichment
     * of the same version newer than an earlier one). Answers the stored state when it now holds this version,
     * written or found, and nothing when a newer one is stored.
     */
    Optional<Stored> write(ArticleDocument document) {
        ArticleVersion version = versionOf(document);
        while (true) {
            Stored stored = read(document.id());
            if (stored == null) {
                if (insert(document)) {
                    return Optional.of(new Stored(document, 1, Set.of(), Set.of()));
                }
                continue;
            }
            int order = version.compareTo(stored.version());
            if (order < 0) {
                return Optional.empty();
            }
            if (order == 0) {
                return Optional.of(stored);
            }
            Set<String> statements = new TreeSet<>(stored.leftoverStatements());
            DocumentMapper.statementsOf(stored.document()).forEach(statement -> statements.add(statement.id()));
            Set<String> buckets = new TreeSet<>(stored.leftoverBuckets());
            buckets.addAll(DocumentMapper.contributionBucketsOf(stored.document()));
            Document replacement = documentOf(document, stored.revision() + 1, statements, buckets);
            if (collection().replaceOne(atRevision(document.id(), stored.revision()), replacement)
                    .getMatchedCount() == 1) {
                return Optional.of(new Stored(document, stored.revision() + 1, statements, buckets));
            }
        }
    }

    /** The stored state of the article, {@code null} when there is none. */
    Stored read(String id) {
        Document raw = collection().find(Filters.eq("_id", id)).first();
        if (raw == null) {
            return null;
        }
        return new Stored(mongo.getConverter().read(ArticleDocument.class, raw),
                raw.get(REVISION, Number.class).longValue(),
                new TreeSet<>(raw.getList(LEFTOVER_STATEMENTS, String.class, List.of())),
                new TreeSet<>(raw.getList(LEFTOVER_BUCKETS, String.class, List.of())));
    }

    /** Empties the leftover lists if the document is still at the revision; a version written since carries them on. */
    void clearLeftovers(String id, long revision) {
        collection().updateOne(atRevision(id, revision), Updates.combine(Updates.set(REVISION, revision + 1),
                Updates.set(LEFTOVER_STATEMENTS, List.of()), Updates.set(LEFTOVER_BUCKETS, List.of())));
    }

    static ArticleVersion versionOf(ArticleDocument document) {
        return new ArticleVersion(document.version(), document.enrichmentVersion());
    }

    private boolean insert(ArticleDocument document) {
        try {
            mongo.insert(documentOf(document, 1, Set.of(), Set.of()), "articles");
            return true;
        }
        catch (DuplicateKeyException insertedMeanwhile) {
            return false;
        }
    }

    private Document documentOf(ArticleDocument document, long revision, Set<String> leftoverStatements,
            Set<String> leftoverBuckets) {
        Document raw = new Document();
        mongo.getConverter().write(document, raw);
        return raw.append(REVISION, revision).append(LEFTOVER_STATEMENTS, List.copyOf(leftoverStatements))
                .append(LEFTOVER_BUCKETS, List.copyOf(leftoverBuckets));
    }

    /** The compare-and-set filter; exactly these two fields, so that the embedded server uses its unique index. */
    private static Document atRevision(String id, long revision) {
        return new Document("_id", id).append(REVISION, revision);
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection("articles");
    }
}
