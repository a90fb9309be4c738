package io.newswire.formats.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newswire.events.Article;
import io.newswire.events.Media;
import io.newswire.events.PubStatus;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.formats.ArticleNormalizer;
import io.newswire.formats.InvalidArticleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real agency examples (IPTC's ninjs repository, MIT licence next to them) and one hand-written 1.x item, each with
 * the fields it must give in a {@code .expected.json} next to it.
 */
class NinjsReaderTests {

    private static final Path FIXTURES = Path.of("src/test/resources/ninjs");
    private static final Source NINJS = new Source(null, null, SourceKind.NINJS, null);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NinjsReader reader = new NinjsReader(new ArticleNormalizer());

    static Stream<Path> fixtures() throws IOException {
        List<Path> fixtures = new ArrayList<>();
        for (String version : List.of("1.5", "2.1", "3.0")) {
            try (Stream<Path> files = Files.list(FIXTURES.resolve(version))) {
                files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json"))
                        .sorted().forEach(fixtures::add);
            }
        }
        return fixtures.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsAgencyExampleIntoTheExpectedArticle(Path fixture) throws IOException {
        JsonNode expected = JSON.readTree(Files.readString(expectation(fixture)));

        Article article = reader.readBatch(Files.readString(fixture), NINJS).get(0);

        assertThat(article.source().kind()).isEqualTo(SourceKind.NINJS);
        assertThat(article.title()).isEqualTo(text(expected, "title"));
        assertThat(article.standfirst()).isEqualTo(text(expected, "standfirst"));
        assertThat(article.byline()).isEqualTo(strings(expected, "byline"));
        assertThat(article.language()).isEqualTo(text(expected, "language"));
        assertThat(article.publishedAt()).isEqualTo(instant(expected, "publishedAt"));
        assertThat(article.updatedAt()).isEqualTo(instant(expected, "updatedAt"));
        assertThat(article.source().id()).isEqualTo(text(expected, "sourceId"));
        assertThat(article.pubStatus() == null ? null : article.pubStatus().name().toLowerCase())
                .isEqualTo(text(expected, "pubStatus"));
        assertThat(article.urgency()).isEqualTo(expected.get("urgency").isNull() ? null : expected.get("urgency").intValue());
        assertThat(article.embargoedUntil()).isEqualTo(instant(expected, "embargoedUntil"));
        assertThat(article.tags()).isEqualTo(strings(expected, "tags"));
        List<String> paragraphs = article.body().isEmpty() ? List.of() : List.of(article.body().split("\n\n"));
        assertThat(paragraphs).hasSize(expected.get("bodyParagraphs").intValue());
        if (!paragraphs.isEmpty()) {
            assertThat(paragraphs.get(0)).startsWith(text(expected, "bodyStartsWith"));
            assertThat(paragraphs.get(paragraphs.size() - 1)).endsWith(text(expected, "bodyEndsWith"));
            assertThat(article.body()).doesNotContain("<", "&amp;").doesNotStartWith(article.title());
        }
        List<Media> media = new ArrayList<>();
        for (JsonNode item : expected.get("media")) {
            media.add(new Media(text(item, "id"), text(item, "caption"), text(item, "credit"), text(item, "url")));
        }
        assertThat(article.media()).isEqualTo(media);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureConformsToTheSchemaOfItsVersion(Path fixture) throws IOException {
        String version = fixture.getParent().getFileName().toString();
        SpecVersion.VersionFlag draft = version.equals("1.5") ? SpecVersion.VersionFlag.V7 : SpecVersion.VersionFlag.V202012;
        ObjectMapper jackson2 = new ObjectMapper();
        JsonSchema schema = schemas(draft).getSchema(jackson2.readTree(FIXTURES.resolve("ninjs-schema_" + version + ".json").toFile()));

        Set<ValidationMessage> problems = schema.validate(jackson2.readTree(fixture.toFile()));

        assertThat(problems).isEmpty();
    }

    static Stream<Arguments> minimalDocuments() {
        return Stream.of(
                Arguments.of("1.5", """
                        {"uri": "urn:example:1", "headline": "Minimal 1.x", "body_text": "Text.",
                         "versioncreated": "2024-05-01T10:00:00Z", "pubstatus": "usable", "embargoed": "2024-05-01T12:00:00Z"}"""),
                Arguments.of("2.1", """
                        {"uri": "urn:example:2", "headlines": [{"role": "main", "value": "Minimal 2.x"}],
                         "bodies": [{"role": "main", "contenttype": "text/html", "value": "<p>Text.</p>"}],
                         "pubstatus": "withheld", "embargoed": "2024-05-01T12:00:00Z"}"""),
                Arguments.of("3.0", """
                        {"uri": "urn:example:3", "headlines": [{"role": "main", "value": "Minimal 3.x"}],
                         "bodies": [{"role": "main", "contentType": "text/plain", "value": "Text."}],
                         "pubStatus": "canceled", "embargoedUntil": "2024-05-01T12:00:00Z"}"""));
    }

    @ParameterizedTest(name = "ninjs {0}")
    @MethodSource("minimalDocuments")
    void acceptsSmallDocumentsThatConformToEachSchema(String version, String document) throws IOException {
        ObjectMapper jackson2 = new ObjectMapper();
        SpecVersion.VersionFlag draft = version.equals("1.5") ? SpecVersion.VersionFlag.V7 : SpecVersion.VersionFlag.V202012;
        JsonSchema schema = schemas(draft).getSchema(jackson2.readTree(FIXTURES.resolve("ninjs-schema_" + version + ".json")
                .toFile()));
        assertThat(schema.validate(jackson2.readTree(document))).isEmpty();

        Article article = reader.readBatch(document, NINJS).get(0);

        assertThat(article.title()).startsWith("Minimal");
        assertThat(article.body()).isEqualTo("Text.");
        assertThat(article.pubStatus()).isNotNull();
        assertThat(article.embargoedUntil()).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    }

    @Test
    void schemaCheckCatchesADocumentThatBreaksIt() throws IOException {
        ObjectMapper jackson2 = new ObjectMapper();
        JsonSchema schema = schemas(SpecVersion.VersionFlag.V202012).getSchema(jackson2.readTree(FIXTURES.resolve("ninjs-schema_3.0.json").toFile()));

        assertThat(schema.validate(jackson2.readTree("{\"uri\": \"urn:x\", \"pubStatus\": \"deleted\"}"))).isNotEmpty();
    }

    @Test
    void sameItemInVersion2And3HasTheSameIdentity() throws IOException {
        Article v2 = reader.readBatch(Files.readString(FIXTURES.resolve("2.1/dpa_text.json")), NINJS).get(0);
        Article v3 = reader.readBatch(Files.readString(FIXTURES.resolve("3.0/dpa_text.json")), NINJS).get(0);

        assertThat(v3.id()).isEqualTo(v2.id());
        assertThat(v3.contentHash()).isEqualTo(v2.contentHash());
        assertThat(v3.canonicalUrl()).isNull();
    }

    @Test
    void readsAnArrayOfDocuments() throws IOException {
        String batch = "[" + Files.readString(FIXTURES.resolve("3.0/ntb_text.json")) + ","
                + Files.readString(FIXTURES.resolve("2.1/dpa_text.json")) + "]";

        assertThat(reader.readBatch(batch, NINJS)).extracting(Article::title)
                .containsExactly("Google har kjøpt giganttomt i Skien",
                        "Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?");
    }

    @Test
    void passesWithheldAndCanceledStatusAndEmbargoOn() {
        Article canceled = reader.readBatch("""
                {"uri": "urn:x:1", "headlines": [{"role": "main", "value": "Killed story"}],
                 "pubStatus": "canceled", "embargoed": "2030-01-01T09:00:00+01:00"}""", NINJS).get(0);

        assertThat(canceled.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(canceled.embargoedUntil()).isEqualTo(Instant.parse("2030-01-01T08:00:00Z"));
    }

    @Test
    void readsNinjs3CamelCaseBodiesBylinesAndRenditions() {
        Article article = reader.readBatch("""
                {"uri": "urn:x:2", "versionCreated": "2024-03-01T10:00:00Z", "bodyText": "First.\\n\\nSecond.",
                 "headlines": [{"role": "sub", "value": "Sub"}, {"role": "main", "value": "Main"}],
                 "bylines": [{"byline": "By Ann Lee", "role": "author"}, {"name": "Bo Kim"}],
                 "associations": [{"name": "p1", "type": "picture", "uri": "urn:p:1", "creditLine": "Photo: Agency",
                   "descriptions": [{"role": "caption", "value": "A caption."}],
                   "renditions": [{"name": "thumbnail", "href": "https://x/t.jpg"}, {"name": "baseImage", "href": "https://x/b.jpg"}]}]}
                """, NINJS).get(0);

        assertThat(article.title()).isEqualTo("Main");
        assertThat(article.body()).isEqualTo("First.\n\nSecond.");
        assertThat(article.byline()).containsExactly("By Ann Lee", "Bo Kim");
        assertThat(article.media()).containsExactly(new Media("urn:p:1", "A caption.", "Photo: Agency", "https://x/b.jpg"));
    }

    @Test
    void callerSourceReplacesTheCopyrightHolder() throws IOException {
        Article article = reader.readBatch(Files.readString(FIXTURES.resolve("2.1/ntb_text.json")),
                new Source("ntb-wire", "NTB wire", SourceKind.NINJS, null)).get(0);

        assertThat(article.source()).isEqualTo(new Source("ntb-wire", "NTB wire", SourceKind.NINJS, null));
    }

    @Test
    void namesTheFieldOfAnInvalidValue() {
        assertThatThrownBy(() -> reader.readBatch("""
                [{"uri": "urn:a", "headline": "A"}, {"uri": "urn:b", "headline": "B", "versionCreated": "yesterday"}]
                """, NINJS))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidArticleException.Reason.INVALID);
                    assertThat(e.location()).isEqualTo("[1].versionCreated");
                });
        assertThatThrownBy(() -> reader.readBatch("{\"uri\": \"urn:a\", \"headline\": \"A\", \"pubstatus\": \"gone\"}", NINJS))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.location()).isEqualTo("pubstatus"));
        assertThatThrownBy(() -> reader.readBatch("{\"uri\": \"urn:a\", \"headlines\": [{\"value\": 3}]}", NINJS))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.location()).isEqualTo("headlines[0].value"));
        assertThatThrownBy(() -> reader.readBatch("{\"headline\": \"No identity\"}", NINJS))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.location()).isEqualTo("uri"));
    }

    @Test
    void reportsMalformedJsonAsUnreadable() {
        assertThatThrownBy(() -> reader.readBatch("{\"uri\": ", NINJS))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidArticleException.Reason.MALFORMED));
        assertThatThrownBy(() -> reader.readBatch("[]", NINJS))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidArticleException.Reason.MALFORMED));
    }

    /** The ninjs schemas reference GeoJSON's schema online; the tests read a stand-in (see its $comment). */
    private static JsonSchemaFactory schemas(SpecVersion.VersionFlag draft) {
        return JsonSchemaFactory.getInstance(draft, builder -> builder.schemaMappers(m -> m.mapPrefix(
                "https://geojson.org/schema/GeoJSON.json", "classpath:ninjs/geojson-stand-in.schema.json")));
    }

    private static Path expectation(Path fixture) {
        String name = fixture.getFileName().toString();
        return fixture.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected.json");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.stringValue();
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Instant.parse(value);
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.get(field).forEach(value -> values.add(value.stringValue()));
        return values;
    }
}
