package io.newswire.store;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One statement in the {@code statements} collection, denormalised with its article for "who said what, when"
 * queries. Only the statements of the stored version's enrichment are kept.
 *
 * @param id article id, the first twelve characters of the content hash and the statement id, joined by colons
 * @param articleId the article the statement is in
 * @param contentHash the version of the article
 * @param statementId the statement's id within the enrichment
 * @param speaker who said it
 * @param speakerName lookup form of the speaker's name
 * @param speakerNames lookup forms of the speaker's name and, when the speaker is an entity of the article, of
 *        that entity's name, aliases and key
 * @param quote the words attributed
 * @param type {@code DIRECT}, {@code INDIRECT} or {@code MIXED}
 * @param cue the reporting verb or phrase
 * @param span where the quote stands in the article
 * @param confidence how sure the extractor is of the attribution
 * @param articleTitle the article's title
 * @param source the article's source
 * @param publishedAt the article's publication time, if known
 * @param sortAt {@code publishedAt}, else the article's {@code ingestedAt}
 */
@Document("statements")
record StatementDocument(
        @Id String id,
        String articleId,
        String contentHash,
        String statementId,
        ArticleDocument.Speaker speaker,
        String speakerName,
        List<String> speakerNames,
        String quote,
        String type,
        String cue,
        ArticleDocument.Span span,
        double confidence,
        String articleTitle,
        ArticleDocument.Source source,
        Instant publishedAt,
        Instant sortAt) {
}
