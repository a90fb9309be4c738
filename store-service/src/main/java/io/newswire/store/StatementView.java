package io.newswire.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newswire.events.Source;
import io.newswire.events.Span;
import io.newswire.events.Speaker;
import io.newswire.events.StatementType;
import java.time.Instant;

/**
 * A statement as the API returns it, with the article it is in.
 *
 * @param id the statement's store id (article id, content hash prefix, statement id)
 * @param articleId the article it is in
 * @param contentHash the version of that article
 * @param statementId its id within the article's enrichment
 * @param speaker who said it
 * @param quote the words attributed
 * @param type how it is reported
 * @param cue the reporting verb or phrase
 * @param span where it stands in the article
 * @param confidence how sure the extractor is of the attribution
 * @param articleTitle the article's title
 * @param source the article's source
 * @param publishedAt the article's publication time, if known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StatementView(String id, String articleId, String contentHash, String statementId, Speaker speaker,
        String quote, StatementType type, String cue, Span span, double confidence, String articleTitle,
        Source source, Instant publishedAt) {

    static StatementView of(StatementDocument document) {
        return new StatementView(document.id(), document.articleId(), document.contentHash(),
                document.statementId(), DocumentMapper.speakerOf(document.speaker()), document.quote(),
                document.type() == null ? null : StatementType.valueOf(document.type()), document.cue(),
                DocumentMapper.spanOf(document.span()), document.confidence(), document.articleTitle(),
                DocumentMapper.sourceOf(document.source()), document.publishedAt());
    }
}
