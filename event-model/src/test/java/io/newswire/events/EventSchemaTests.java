package io.newswire.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventSchemaTests {

    private static final JsonMapper EVENTS = JsonMapper.builder().build();

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://newswire.io/schemas/", "classpath:schemas/")));

    static Article article() {
        return new Article("0f8e3c2a9b1d4e5f6a7b8c9d0e1f2a3b", "https://example.com/news/1?utm_source=x",
                "https://example.com/news/1", new Source("example.com", "Example News", SourceKind.HTTP, null),
                "Canada Calls for De-Escalation", "Champagne called for restraint.", List.of("Mack Lamoureux"),
                "News", "en", Instant.parse("2020-01-03T15:00:00Z"), null, Instant.parse("2020-01-03T15:05:00Z"),
                "Canada is calling for a de-escalation.\n\nSecond paragraph.",
                "sha256:" + "ab".repeat(32), List.of(new Media("22414247", "Qasem Soleimani in 2018.", "SalamPix/ABACA", null)),
                List.of("politics"), null, PubStatus.USABLE, null);
    }

    static Enrichment enrichment() {
        var champagne = new Entity("e1", "François-Philippe Champagne", "PERSON", List.of("Champagne"),
                List.of("Foreign Affairs Minister"), List.of(new Mention(TextField.STANDFIRST, 0, 9, "Champagne")), 0.8,
                "person:francois-philippe-champagne");
        var statement = new Statement("s1", new Speaker("François-Philippe Champagne", "e1", "Foreign Affairs Minister",
                SpeakerKind.PERSON), "all sides to exercise restraint", StatementType.MIXED, "called for",
                new Span(TextField.STANDFIRST, 10, 40), 0.9);
        return new Enrichment("newswire-corenlp", "0.1.0", Instant.parse("2020-01-03T15:06:00Z"), List.of(champagne),
                List.of(statement));
    }

    @Test
    void serialisedArticleIngestedValidatesAgainstItsSchema() throws Exception {
        assertThat(validate("article-ingested", ArticleIngested.of(article()))).isEmpty();
    }

    @Test
    void serialisedArticleEnrichedValidatesAgainstItsSchema() throws Exception {
        assertThat(validate("article-enriched", ArticleEnriched.of(article(), enrichment()))).isEmpty();
    }

    @Test
    void schemaRejectsAnArticleWithoutBody() throws Exception {
        String json = EVENTS.writeValueAsString(ArticleIngested.of(article())).replace("\"body\":", "\"bodyText\":");
        assertThat(schema("article-ingested").validate(new ObjectMapper().readTree(json)))
                .extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("body"));
    }

    @Test
    void nearDuplicateLinkValidatesAndReadsBack() throws Exception {
        var event = ArticleIngested.of(article().withDuplicateOf("9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"));
        String json = EVENTS.writeValueAsString(event);
        assertThat(json).contains("\"duplicateOf\":\"9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d\"");
        assertThat(validate("article-ingested", event)).isEmpty();
        assertThat(EVENTS.readValue(json, ArticleIngested.class)).isEqualTo(event);
    }

    @Test
    void articleWithoutDuplicateLinkOmitsTheFieldAndRejectsAnEmptyOne() throws Exception {
        assertThat(article().duplicateOf()).isNull();
        String json = EVENTS.writeValueAsString(ArticleIngested.of(article()));
        assertThat(json).doesNotContain("duplicateOf");
        String empty = EVENTS.writeValueAsString(ArticleIngested.of(article().withDuplicateOf("")));
        assertThat(schema("article-ingested").validate(new ObjectMapper().readTree(empty)))
                .extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("duplicateOf"));
    }

    @Test
    void enumsAndTimesUseTheirWireForms() {
        String json = EVENTS.writeValueAsString(ArticleEnriched.of(article(), enrichment()));
        assertThat(json).contains("\"kind\":\"http\"", "\"pubStatus\":\"usable\"", "\"field\":\"standfirst\"",
                "\"publishedAt\":\"2020-01-03T15:00:00Z\"", "\"type\":\"MIXED\"").doesNotContain("\"updatedAt\"");
    }

    @Test
    void readsBackWhatItWritesAndIgnoresUnknownFields() {
        var event = ArticleEnriched.of(article(), enrichment());
        String json = EVENTS.writeValueAsString(event).replaceFirst("\\{", "{\"addedLater\":1,");
        assertThat(EVENTS.readValue(json, ArticleEnriched.class)).isEqualTo(event);
    }

    private static Set<ValidationMessage> validate(String name, Object event) throws Exception {
        return schema(name).validate(new ObjectMapper().readTree(EVENTS.writeValueAsString(event)));
    }

    private static JsonSchema schema(String name) {
        return SCHEMAS.getSchema(java.net.URI.create("https://newswire.io/schemas/" + name + ".schema.json"));
    }
}
