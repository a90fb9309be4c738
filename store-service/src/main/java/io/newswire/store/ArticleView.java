package io.newswire.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newswire.events.Article;
import io.newswire.events.Enrichment;

/**
 * A stored article as the API returns it: the {@code ArticleEnriched} shape without the event fields.
 *
 * @param article the latest version of the article
 * @param enrichment its enrichment; absent until that version is enriched
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ArticleView(Article article, Enrichment enrichment) {

    static ArticleView of(ArticleDocument document) {
        return new ArticleView(DocumentMapper.articleOf(document.article()),
                DocumentMapper.enrichmentOf(document.enrichment()));
    }
}
