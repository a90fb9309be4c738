package io.newswire.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.events.Article;
import io.newswire.events.Media;
import io.newswire.events.PubStatus;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonArticleReaderTests {

    private static final Source HTTP = new Source(null, null, SourceKind.HTTP, null);
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private final ArticleNormalizer normalizer = new ArticleNormalizer(Clock.fixed(NOW, ZoneOffset.UTC));
    private final JsonArticleReader reader = new JsonArticleReader(normalizer);

    @Test
    void readsEveryWireField() {
        Article article = reader.read("""
                {"title": "Canada calls for calm", "body": "<p>Para one.</p><p>Para two.</p>",
                 "url": "https://www.vice.com/en/article/canada?utm_source=tw", "guid": "vice-123",
                 "standfirst": "Ottawa urges restraint.", "byline": ["Mack Lamoureux"], "section": "News",
                 "language": "en", "publishedAt": "2020-01-03T10:00:00-05:00", "updatedAt": "2020-01-03T16:00:00Z",
                 "media": [{"id": "22414247", "caption": "Qasem Soleimani in 2018.", "credit": "SalamPix/ABACA"}],
                 "tags": ["Iran", "Canada"], "source": {"id": "vice", "name": "VICE"}, "urgency": 3,
                 "pubStatus": "usable", "embargoedUntil": "2020-01-03T09:00:00Z", "somethingNew": {"ignored": true}}
                """, HTTP);

        assertThat(article.title()).isEqualTo("Canada calls for calm");
        assertThat(article.body()).isEqualTo("Para one.\n\nPara two.");
        assertThat(article.url()).isEqualTo("https://www.vice.com/en/article/canada?utm_source=tw");
        assertThat(article.canonicalUrl()).isEqualTo("https://www.vice.com/en/article/canada");
        assertThat(article.id()).isEqualTo(normalizer.normalize(ArticleSubmission.builder().source(HTTP)
                .url("https://www.vice.com/en/article/canada").title("x").build()).id());
        assertThat(article.standfirst()).isEqualTo("Ottawa urges restraint.");
        assertThat(article.byline()).containsExactly("Mack Lamoureux");
        assertThat(article.section()).isEqualTo("News");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2020-01-03T15:00:00Z"));
        assertThat(article.updatedAt()).isEqualTo(Instant.parse("2020-01-03T16:00:00Z"));
        assertThat(article.media()).containsExactly(new Media("22414247", "Qasem Soleimani in 2018.", "SalamPix/ABACA",
                null));
        assertThat(article.tags()).containsExactly("Iran", "Canada");
        assertThat(article.source()).isEqualTo(new Source("vice", "VICE", SourceKind.HTTP, null));
        assertThat(article.urgency()).isEqualTo(3);
        assertThat(article.pubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.embargoedUntil()).isEqualTo(Instant.parse("2020-01-03T09:00:00Z"));
        assertThat(article.ingestedAt()).isEqualTo(NOW);
    }

    @Test
    void computesIdentityIgnoringWhatTheClientClaims() {
        Article article = reader.read("""
                {"id": "mine", "contentHash": "sha256:0", "ingestedAt": "1999-01-01T00:00:00Z",
                 "title": "T", "body": "B"}
                """, HTTP);
        Article expected = normalizer.normalize(ArticleSubmission.builder().source(HTTP).title("T").body("B").build());

        assertThat(article.id()).isEqualTo(expected.id()).isNotEqualTo("mine");
        assertThat(article.contentHash()).isEqualTo(expected.contentHash());
        assertThat(article.ingestedAt()).isEqualTo(NOW);
    }

    @Test
    void acceptsABylineStringAndASourceIdString() {
        Article article = reader.read("{\"body\": \"B\", \"byline\": \"Jane Doe\", \"source\": \"wire\"}",
                new Source("push", "Push API", SourceKind.HTTP, null));

        assertThat(article.byline()).containsExactly("Jane Doe");
        assertThat(article.source()).isEqualTo(new Source("wire", "Push API", SourceKind.HTTP, null));
    }

    @Test
    void takesTheDefaultSourceIdWhenTheArticleNamesNone() {
        Source defaults = new Source("push", null, SourceKind.HTTP, null);

        assertThat(reader.read("{\"body\": \"B\"}", defaults).source().id()).isEqualTo("push");
        assertThat(reader.read("{\"body\": \"B\", \"source\": {\"name\": \"N\"}}", defaults).source())
                .isEqualTo(new Source("push", "N", SourceKind.HTTP, null));
        assertThat(reader.read("{\"body\": \"B\", \"url\": \"https://Example.com/a\"}", HTTP).source().id())
                .isEqualTo("example.com");
    }

    @Test
    void readsABatchFromAnArrayOrASingleObject() {
        List<Article> batch = reader.readBatch("[{\"title\": \"One\"}, {\"title\": \"Two\", \"body\": \"2\"}]", HTTP);

        assertThat(batch).extracting(Article::title).containsExactly("One", "Two");
        assertThat(reader.readBatch("{\"title\": \"Only\"}", HTTP)).extracting(Article::title).containsExactly("Only");
    }

    @Test
    void readsNdjsonSkippingBlankLines() {
        List<Article> batch = reader.readLines("{\"title\": \"One\"}\r\n\n{\"title\": \"Two\"}\n", HTTP);

        assertThat(batch).extracting(Article::title).containsExactly("One", "Two");
        assertThat(JsonArticleReader.countLines("{\"title\": \"One\"}\r\n\n{\"title\": \"Two\"}\n")).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"title\": 1}                                   | title: must be a string, found a number",
            "{\"body\": \"B\", \"byline\": [\"A\", 2]}          | byline[1]: must be a string, found a number",
            "{\"body\": \"B\", \"tags\": {}}                   | tags: must be an array of strings, found an object",
            "{\"body\": \"B\", \"media\": [{\"caption\": true}]} | media[0].caption: must be a string, found a boolean",
            "{\"body\": \"B\", \"media\": [\"x\"]}              | media[0]: must be an object {id, caption, credit, url}, found a string",
            "{\"body\": \"B\", \"source\": {\"id\": 5}}         | source.id: must be a string, found a number",
            "{\"body\": \"B\", \"publishedAt\": \"yesterday\"} | publishedAt: not an ISO-8601 date-time: 'yesterday'",
            "{\"body\": \"B\", \"updatedAt\": \"2020-01-03T10:00:00\"} | updatedAt: date-time without a UTC offset: '2020-01-03T10:00:00' (add Z or e.g. +01:00)",
            "{\"body\": \"B\", \"urgency\": 2.5}               | urgency: must be an integer from 1 to 9, found a number",
            "{\"body\": \"B\", \"urgency\": 12}                | urgency: must be between 1 and 9, was 12",
            "{\"body\": \"B\", \"pubStatus\": \"live\"}         | pubStatus: must be one of usable, withheld, canceled, found 'live'",
            "{\"body\": \"B\", \"url\": \"/relative\"}          | url: not an absolute http(s) URL: '/relative'",
            "{\"title\": \" \", \"body\": null}                | an article needs a non-blank title or body"})
    void rejectsInvalidFieldsNamingThem(String json, String message) {
        assertThatThrownBy(() -> reader.read(json, HTTP))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidArticleException.Reason.INVALID);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void locatesTheBadItemOfABatch() {
        String batch = "[{\"title\": \"A\"}, {\"title\": \"B\"}, {\"title\": \"C\", \"publishedAt\": \"yesterday\"}]";

        assertThatThrownBy(() -> reader.readBatch(batch, HTTP))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("[2].publishedAt: not an ISO-8601 date-time: 'yesterday'");
                    assertThat(e.location()).isEqualTo("[2].publishedAt");
                });
        assertThatThrownBy(() -> reader.readBatch("[{\"title\": \"A\"}, {}]", HTTP))
                .hasMessage("[1]: an article needs a non-blank title or body");
        assertThatThrownBy(() -> reader.readBatch("[{\"title\": \"A\"}, 3]", HTTP))
                .hasMessage("[1]: expected a JSON object, found a number");
    }

    @Test
    void locatesTheBadLineOfNdjson() {
        assertThatThrownBy(() -> reader.readLines("{\"title\": \"A\"}\n\n{\"title\": \"B\", \"urgency\": \"high\"}", HTTP))
                .hasMessage("line 3: urgency: must be an integer from 1 to 9, found a string");
        assertThatThrownBy(() -> reader.readLines("{\"title\": \"A\"}\n{\"title\": \"B\"", HTTP))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidArticleException.Reason.MALFORMED);
                    assertThat(e.getMessage()).startsWith("line 2: malformed JSON at column ");
                });
        assertThatThrownBy(() -> reader.readLines("[{\"title\": \"A\"}]", HTTP))
                .hasMessage("line 1: expected a JSON object, found an array");
        assertThatThrownBy(() -> reader.readLines("\n \n", HTTP)).hasMessage("no article: every line is blank");
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        assertThatThrownBy(() -> reader.readBatch("[\n  {\"title\": \"A\",}\n]", HTTP))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidArticleException.Reason.MALFORMED);
                    assertThat(e.getMessage()).startsWith("malformed JSON at line 2, column ");
                });
        assertThatThrownBy(() -> reader.read("{\"title\": \"A\"} {\"title\": \"B\"}", HTTP))
                .hasMessageStartingWith("malformed JSON");
        assertThatThrownBy(() -> reader.read("{\"title\": \"A\", \"title\": \"B\"}", HTTP))
                .hasMessageContaining("Duplicate Object property \"title\"");
    }

    @Test
    void rejectsEmptyInputAndBatches() {
        assertThatThrownBy(() -> reader.readBatch("  ", HTTP)).hasMessage("empty input, expected JSON");
        assertThatThrownBy(() -> reader.readBatch("[]", HTTP)).hasMessage("the array holds no article");
        assertThatThrownBy(() -> reader.readBatch("\"text\"", HTTP))
                .hasMessage("expected a JSON object or an array of objects, found a string");
        assertThatThrownBy(() -> reader.read("[]", HTTP)).hasMessage("expected a JSON object, found an array");
    }
}
