package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.ArticleIngested;
import io.newswire.store.entities.EntityLookup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DocumentMapperTests {

    private final ArticleEnriched enriched = Fixtures.jagmeetSinghEnriched();
    private final JsonNode expected = Fixtures.jagmeetSinghExpected();

    @Test
    void mapsEnrichedArticleWithVersionSortTimeAndEntityEntityLookup() {
        ArticleDocument document = DocumentMapper.articleOf(enriched);

        assertThat(document.id()).isEqualTo("cbc-ca-singh-pharmacare-budget-7f3a");
        assertThat(document.contentHash()).isEqualTo(enriched.article().contentHash());
        assertThat(document.version()).isEqualTo(expected.get("version").asString());
        assertThat(document.sortAt()).isEqualTo(Instant.parse(expected.get("sortAt").asString()));
        assertThat(document.entityNames()).containsExactlyElementsOf(strings(expected.get("entityNames")));
        assertThat(document.enrichmentVersion()).isEqualTo("2024-03-05T15:44:14.987654000Z");
        assertThat(document.enrichment().engine()).isEqualTo("corenlp");
        assertThat(document.enrichment().entities()).hasSize(4);
        assertThat(document.enrichment().statements()).hasSize(4);
    }

    @Test
    void storesEnumsInTheirWireSpelling() {
        ArticleDocument document = DocumentMapper.articleOf(enriched);

        assertThat(document.article().source().kind()).isEqualTo("rss");
        assertThat(document.enrichment().entities().get(0).mentions().get(0).field()).isEqualTo("title");
        ArticleDocument.Statement direct = document.enrichment().statements().get(1);
        assertThat(direct.type()).isEqualTo("DIRECT");
        assertThat(direct.speaker().kind()).isEqualTo("PERSON");
        assertThat(direct.span().field()).isEqualTo("body");
    }

    @Test
    void mapsStoredDocumentBackToTheEventsArticleAndEnrichment() {
        ArticleDocument document = DocumentMapper.articleOf(enriched);

        assertThat(DocumentMapper.articleOf(document.article())).isEqualTo(enriched.article());
        assertThat(DocumentMapper.enrichmentOf(document.enrichment())).isEqualTo(enriched.enrichment());
    }

    @Test
    void derivesOneStatementDocumentPerStatementWithDeterministicIdsAndSpeakerEntityLookup() {
        ArticleDocument document = DocumentMapper.articleOf(enriched);

        List<StatementDocument> statements = DocumentMapper.statementsOf(document);

        JsonNode expectedStatements = expected.get("statements");
        assertThat(statements).hasSize(expectedStatements.size());
        for (int i = 0; i < statements.size(); i++) {
            StatementDocument statement = statements.get(i);
            JsonNode expectation = expectedStatements.get(i);
            assertThat(statement.id()).isEqualTo(expectation.get("id").asString());
            assertThat(statement.speakerName()).isEqualTo(expectation.get("speakerName").asString());
            assertThat(statement.speakerNames()).containsExactlyElementsOf(strings(expectation.get("speakerNames")));
            assertThat(statement.articleId()).isEqualTo(document.id());
            assertThat(statement.contentHash()).isEqualTo(document.contentHash());
            assertThat(statement.articleTitle()).isEqualTo(enriched.article().title());
            assertThat(statement.source().name()).isEqualTo("CBC News");
            assertThat(statement.publishedAt()).isEqualTo(enriched.article().publishedAt());
            assertThat(statement.sortAt()).isEqualTo(document.sortAt());
        }
        assertThat(statements.get(1).quote()).startsWith("We have been clear from the start");
        assertThat(statements.get(1).cue()).isEqualTo("told reporters");
        assertThat(DocumentMapper.statementsOf(DocumentMapper.articleOf(enriched))).isEqualTo(statements);
    }

    @Test
    void mapsIngestedArticleWithoutEnrichmentOrStatements() {
        ArticleIngested ingested = Fixtures.ingestedOf(enriched);

        ArticleDocument document = DocumentMapper.articleOf(ingested);

        assertThat(document.version()).isEqualTo(DocumentMapper.articleOf(enriched).version());
        assertThat(document.article()).isEqualTo(DocumentMapper.articleOf(enriched).article());
        assertThat(document.enrichment()).isNull();
        assertThat(document.enrichmentVersion()).isNull();
        assertThat(document.entityNames()).isEmpty();
        assertThat(DocumentMapper.statementsOf(document)).isEmpty();
    }

    @Test
    void sortsByIngestionTimeWhenThePublicationTimeIsUnknown() {
        ArticleEnriched unpublished = Fixtures.publishedAt(enriched, null);

        ArticleDocument document = DocumentMapper.articleOf(unpublished);

        assertThat(document.sortAt()).isEqualTo(enriched.article().ingestedAt());
        assertThat(DocumentMapper.statementsOf(document)).allSatisfy(statement -> {
            assertThat(statement.publishedAt()).isNull();
            assertThat(statement.sortAt()).isEqualTo(enriched.article().ingestedAt());
        });
    }

    @Test
    void versionStringsOrderByIngestionTimeThenContentHash() {
        String early = DocumentMapper.versionOf(article("2024-03-05T15:44:12.5Z", "ffff"));
        String laterByMicros = DocumentMapper.versionOf(article("2024-03-05T15:44:12.500001Z", "0000"));
        String sameTimeHigherHash = DocumentMapper.versionOf(article("2024-03-05T15:44:12.500001Z", "00aa"));
        String nextSecond = DocumentMapper.versionOf(article("2024-03-05T15:44:13Z", "0000"));

        assertThat(early).isLessThan(laterByMicros);
        assertThat(laterByMicros).isLessThan(sameTimeHigherHash);
        assertThat(sameTimeHigherHash).isLessThan(nextSecond);
    }

    @Test
    void rejectsArticlesThatCannotBeVersioned() {
        ArticleEnriched noHash = Fixtures.version(enriched, "some-id", null, Instant.now(), "t");
        ArticleEnriched noIngestionTime = Fixtures.version(enriched, "some-id", "abc", null, "t");
        ArticleEnriched noId = Fixtures.version(enriched, " ", "abc", Instant.now(), "t");

        for (ArticleEnriched event : List.of(noHash, noIngestionTime, noId)) {
            assertThatThrownBy(() -> DocumentMapper.articleOf(event)).isInstanceOf(UnusableEventException.class);
            assertThatThrownBy(() -> DocumentMapper.articleOf(Fixtures.ingestedOf(event)))
                    .isInstanceOf(UnusableEventException.class);
        }
        assertThatThrownBy(() -> DocumentMapper.articleOf(
                new ArticleEnriched(enriched.id(), enriched.occurredAt(), 1, enriched.article(), null)))
                .isInstanceOf(UnusableEventException.class);
    }

    private Article article(String ingestedAt, String contentHash) {
        return Fixtures.version(enriched, "x", contentHash, Instant.parse(ingestedAt), "t").article();
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(node -> result.add(node.asString()));
        return result;
    }
}
