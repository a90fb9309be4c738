package io.newswire.store;

import io.newswire.events.ArticleEnriched;
import io.newswire.events.ArticleIngested;
import io.newswire.store.entities.EntityStatistics;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies article events to the {@code articles}, {@code statements} and entity collections. Every step is idempotent,
 * so a redelivery, or a retry after a crash between the steps, converges on the same documents; statements are
 * touched only when the article write left this version stored, so a stale event never removes current ones.
 */
@Component
class ArticleProjection {

    private static final Logger log = LoggerFactory.getLogger(ArticleProjection.class);

    private final ArticleWriter articles;
    private final StatementRepository statements;
    private final EntityStatistics entities;

    ArticleProjection(ArticleWriter articles, StatementRepository statements, EntityStatistics entities) {
        this.articles = articles;
        this.statements = statements;
        this.entities = entities;
    }

    void apply(ArticleIngested event) {
        ArticleDocument document = DocumentMapper.articleOf(event);
        if (articles.writeIngested(document) == ArticleWriter.Outcome.STALE) {
            log.debug("Ignored ingested article {} version {}: a newer one is stored", document.id(),
                    document.version());
            return;
        }
        if (document.hidden()) {
            // A withheld or canceled article takes everything it said off the wire.
            statements.deleteByArticleIdAndIdNotIn(document.id(), List.of());
        }
        else {
            // A new version has no statements yet; those of older versions are no longer true of the article.
            statements.deleteByArticleIdAndContentHashNot(document.id(), document.contentHash());
        }
        entities.articleStored(document.id(), document.version(), null, document.hidden(),
                event.article(), null);
    }

    void apply(ArticleEnriched event) {
        ArticleDocument document = DocumentMapper.articleOf(event);
        if (articles.writeEnriched(document) == ArticleWriter.Outcome.STALE) {
            log.debug("Ignored enriched article {} version {}: a newer one is stored", document.id(),
                    document.version());
            return;
        }
        List<StatementDocument> current = DocumentMapper.statementsOf(document);
        statements.saveAll(current);
        statements.deleteByArticleIdAndIdNotIn(document.id(), current.stream().map(StatementDocument::id).toList());
        entities.articleStored(document.id(), document.version(), document.enrichmentVersion(), document.hidden(),
                event.article(), event.enrichment());
    }
}
