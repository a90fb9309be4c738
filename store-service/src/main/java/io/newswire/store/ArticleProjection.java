package io.newswire.store;

import io.newswire.events.ArticleEnriched;
import io.newswire.events.ArticleIngested;
import io.newswire.store.entities.ArticleVersion;
import io.newswire.store.entities.EntityStatistics;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Applies article events to the {@code articles}, {@code statements} and entity collections. Every step is
 * idempotent and every write goes by document id, so a redelivery, or a retry after a crash between the steps,
 * converges on the same documents, and no step scans a collection.
 *
 * <p>First the article write (see {@link ArticleWriter}) decides whether the event's version is current. Then its
 * statements and entity contributions are written, and the article is read again. If it still holds this version,
 * what older versions left behind (listed in the article document) is removed and the list cleared. If a newer
 * version overtook this one meanwhile, this one takes back what it just wrote. Either the writer of a version reads
 * the article after the next version was written, and takes its own writes back, or the next version's writer,
 * whose list includes this version's writes, removes them afterwards; so nothing stale survives any interleaving.
 */
@Component
class ArticleProjection {

    private static final Logger log = LoggerFactory.getLogger(ArticleProjection.class);

    private final ArticleWriter articles;
    private final MongoTemplate mongo;
    private final EntityStatistics entities;

    ArticleProjection(ArticleWriter articles, MongoTemplate mongo, EntityStatistics entities) {
        this.articles = articles;
        this.mongo = mongo;
        this.entities = entities;
    }

    void apply(ArticleIngested event) {
        store(DocumentMapper.articleOf(event));
    }

    void apply(ArticleEnriched event) {
        store(DocumentMapper.articleOf(event));
    }

    private void store(ArticleDocument document) {
        if (articles.write(document).isEmpty()) {
            log.debug("Ignored article {} version {}: a newer one is stored", document.id(),
                    ArticleWriter.versionOf(document));
            return;
        }
        complete(document);
    }

    /** Everything after the article write of a version that was current when written. */
    void complete(ArticleDocument document) {
        ArticleVersion version = ArticleWriter.versionOf(document);
        List<StatementDocument> statements = DocumentMapper.statementsOf(document);
        save(statements);
        Set<String> buckets = document.enrichment() == null || document.hidden() ? Set.of()
                : entities.contribute(document.id(), version, DocumentMapper.articleOf(document.article()),
                        DocumentMapper.enrichmentOf(document.enrichment()));
        Set<String> changed = new LinkedHashSet<>(buckets);
        ArticleWriter.Stored now = articles.read(document.id());
        if (now.version().equals(version)) {
            Set<String> leftStatements = new LinkedHashSet<>(now.leftoverStatements());
            leftStatements.removeAll(idsOf(statements));
            delete(leftStatements);
            Set<String> leftBuckets = new LinkedHashSet<>(now.leftoverBuckets());
            leftBuckets.removeAll(buckets);
            entities.withdraw(document.id(), leftBuckets, stored -> stored.isOlderThan(version));
            changed.addAll(leftBuckets);
            if (!now.leftoverStatements().isEmpty() || !now.leftoverBuckets().isEmpty()) {
                articles.clearLeftovers(document.id(), now.revision());
            }
        }
        else {
            log.debug("Article {} version {} was overtaken by {} while stored; taking its writes back",
                    document.id(), version, now.version());
            List<StatementDocument> current = DocumentMapper.statementsOf(now.document());
            Set<String> currentIds = idsOf(current);
            Set<String> own = idsOf(statements);
            delete(own.stream().filter(id -> !currentIds.contains(id)).collect(Collectors.toSet()));
            // Statement ids depend on the content, so the newer version may share some: rewrite them as it has them.
            save(current.stream().filter(statement -> own.contains(statement.id())).toList());
            entities.withdraw(document.id(), buckets, version::equals);
        }
        entities.recompute(changed);
    }

    private void save(List<StatementDocument> statements) {
        if (statements.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, StatementDocument.class);
        statements.forEach(statement -> bulk.replaceOne(Query.query(Criteria.where("_id").is(statement.id())),
                statement, FindAndReplaceOptions.options().upsert()));
        bulk.execute();
    }

    private void delete(Collection<String> statementIds) {
        if (!statementIds.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(statementIds)), StatementDocument.class);
        }
    }

    private static Set<String> idsOf(List<StatementDocument> statements) {
        return statements.stream().map(StatementDocument::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
