package io.newswire.formats.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FeedParserTests {

    private static final JsonMapper JSON = JsonMapper.shared();

    private static final List<String> FIXTURES = List.of("rss20-newsroom.xml", "rss10-rdf.xml", "rss090.xml",
            "rss091-latin1.xml", "rss20-windows1252-undeclared.xml", "rss20-utf8-bom-wrong-declaration.xml",
            "atom10-xmlbase.xml", "atom03.xml", "atom10-utf16.xml", "jsonfeed11.json", "jsonfeed10.json");

    private final FeedParser parser = new FeedParser();

    static Stream<String> fixtures() {
        return FIXTURES.stream();
    }

    /** Each fixture's {@code .expected.json} names the feed URL, Content-Type, feed fields and every item's fields. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsFixtureAsExpected(String fixture) {
        JsonNode expected = JSON.readTree(new String(bytes(fixture.replaceAll("\\.(xml|json)$", ".expected.json")),
                StandardCharsets.UTF_8));

        Feed feed = parser.parse(bytes(fixture), text(expected, "contentType"), text(expected, "feedUrl"));

        JsonNode actual = JSON.valueToTree(feed);
        assertThat(actual.get("format").stringValue()).isEqualTo(expected.get("format").stringValue());
        assertThat(actual.get("title")).isEqualTo(expected.get("title"));
        if (expected.has("link")) {
            assertThat(actual.get("link")).isEqualTo(expected.get("link"));
        }
        JsonNode expectedItems = expected.get("items");
        assertThat(actual.get("items").size()).as("items").isEqualTo(expectedItems.size());
        for (int i = 0; i < expectedItems.size(); i++) {
            JsonNode actualItem = actual.get("items").get(i);
            for (Map.Entry<String, JsonNode> field : expectedItems.get(i).properties()) {
                assertThat(actualItem.get(field.getKey())).as("items[%d].%s", i, field.getKey())
                        .isEqualTo(field.getValue());
            }
        }
    }

    @Test
    void aCutFeedEndingInAHugeUnclosedTagIsRefusedNotAStackOverflow() {
        // found by ReaderFuzzTests: the repair of a cut document matched tags with a regular expression whose
        // alternation recursed once per character, and a 20,000-character tag overflowed the stack (a 500)
        String feed = "<rss version=\"2.0\"><channel><title>Harbour</title><item><title a=\"" + "<?xml".repeat(20_000);

        assertThatThrownBy(() -> parser.parse(feed.getBytes(StandardCharsets.UTF_8), null, null))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("XML error at line 1: The value of attribute \"a\"");
    }

    static Stream<Arguments> brokenInputs() {
        JsonNode messages = JSON.readTree(new String(bytes("broken/expected-messages.json"), StandardCharsets.UTF_8));
        return messages.properties().stream().map(e -> Arguments.of(e.getKey(), e.getValue().stringValue()));
    }

    /** Broken, hostile and non-feed documents give a clear {@link FeedException}; none crashes or expands anything. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void rejectsBrokenOrHostileInputWithAClearMessage(String fixture, String message) {
        byte[] body = bytes("broken/" + fixture);

        assertThatThrownBy(() -> parser.parse(body, null, "https://example.com/feed"))
                .isInstanceOf(FeedException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void neverReadsAnExternalDtdOrEntity() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss SYSTEM "file:///etc/passwd">
                <rss version="2.0"><channel><title>t</title><item><title>x &secret; y</title></item></channel></rss>
                """;

        Feed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(feed.items()).singleElement().extracting(FeedItem::title).isEqualTo("x &secret; y");
    }

    @ParameterizedTest
    @CsvSource({"UTF-32BE, true", "UTF-32LE, true", "UTF-32BE, false", "UTF-32LE, false"})
    void readsUtf32WithAndWithoutAByteOrderMark(String charset, boolean withMark) {
        String xml = (withMark ? "\uFEFF" : "") + """
                <?xml version="1.0" encoding="%s"?>
                <rss version="2.0"><channel><title>Zürich Zeitung</title><item><title>Café reopens in Zürich</title>
                <description>The café on the Limmat reopened on Monday.</description></item></channel></rss>
                """.formatted(charset);

        Feed feed = parser.parse(xml.getBytes(java.nio.charset.Charset.forName(charset)), null, null);

        assertThat(feed.title()).isEqualTo("Zürich Zeitung");
        assertThat(feed.items()).singleElement().extracting(FeedItem::title).isEqualTo("Café reopens in Zürich");
    }

    @Test
    void aCommentBeforeTheXmlDeclarationIsSkipped() {
        String xml = """
                <!-- exported by the newsroom CMS -->
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour Gazette</title>
                <item><title>Ferry crews vote to strike</title></item></channel></rss>
                """;

        Feed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(feed.items()).singleElement().extracting(FeedItem::title).isEqualTo("Ferry crews vote to strike");
    }

    @Test
    void aDoctypeInsideTheContentIsJustText() {
        String xml = """
                <rss version="2.0"><channel><title>t</title><item><title>About XML</title>
                <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Write <code><!DOCTYPE note [<!ENTITY a "b">]></code>.</p>]]></content:encoded>
                </item></channel></rss>
                """;

        Feed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(feed.items().get(0).content()).isEqualTo("<p>Write <code><!DOCTYPE note [<!ENTITY a \"b\">]></code>.</p>");
    }

    @Test
    void theXmlParserItselfRefusesADoctypeEvenWithoutThePreCheck() throws Exception {
        DocumentBuilder builder = FeedParser.secureFactory().newDocumentBuilder();
        builder.setErrorHandler(null);
        String xml = new String(bytes("broken/external-entity.xml"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> builder.parse(new InputSource(new StringReader(xml))))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("DOCTYPE is disallowed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tue, 10 Jun 2003 04:00:00 GMT      | 2003-06-10T04:00:00Z",
            "10 Jun 2003 04:00:00 +0000         | 2003-06-10T04:00:00Z",
            "Tue, 10 Jun 2003 04:00 EDT         | 2003-06-10T08:00:00Z",
            "Tue,10 Jun 03 04:00:00 +05:30      | 2003-06-09T22:30:00Z",
            "Tuesday, 10 June 2003 04:00:00 PST | 2003-06-10T12:00:00Z",
            "Tue, 10 Jun 2003 04:00:00 XYZ      | 2003-06-10T04:00:00Z",
            "Tue, 10 Jun 2003                   | 2003-06-10T00:00:00Z",
            "2003-06-10T04:00:00Z               | 2003-06-10T04:00:00Z",
            "2003-06-10T04:00:00.123+02:00      | 2003-06-10T02:00:00.123Z",
            "2003-06-10T04:00:00-0700           | 2003-06-10T11:00:00Z",
            "2003-06-10 04:00:00                | 2003-06-10T04:00:00Z",
            "2003-06-10                         | 2003-06-10T00:00:00Z",
            "'  Tue, 10 Jun 2003 04:00:00 GMT ' | 2003-06-10T04:00:00Z"})
    void readsFeedDates(String text, Instant expected) {
        assertThat(FeedDates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {"NULL", "''", "yesterday", "Tue, 31 Feb 2003 04:00:00 GMT",
            "2003-13-10T04:00:00Z", "Tue, 10 Foo 2003 04:00:00 GMT", "10 Jun 203 04:00 GMT"})
    void unreadableDatesAreNull(String text) {
        assertThat(FeedDates.parse(text)).isNull();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.stringValue();
    }

    private static byte[] bytes(String name) {
        try (InputStream in = FeedParserTests.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
