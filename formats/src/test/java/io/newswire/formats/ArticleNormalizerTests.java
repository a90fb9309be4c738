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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleNormalizerTests {

    private static final Source HTTP = new Source(null, null, SourceKind.HTTP, null);
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00.123456Z");

    private final ArticleNormalizer normalizer = new ArticleNormalizer(Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.example.com/news/story                   | https://www.example.com/news/story",
            "HTTPS://WWW.Example.COM/News/Story                   | https://www.example.com/News/Story",
            "http://example.com:80/a                              | http://example.com/a",
            "https://example.com:443/a                            | https://example.com/a",
            "https://example.com:8443/a                           | https://example.com:8443/a",
            "https://example.com                                  | https://example.com/",
            "https://example.com/a#comments                       | https://example.com/a",
            "https://example.com/a?utm_source=tw&utm_medium=social | https://example.com/a",
            "https://example.com/a?UTM_Campaign=x&id=7            | https://example.com/a?id=7",
            "https://example.com/a?fbclid=abc&gclid=def&mc_cid=1&mc_eid=2&ref=home | https://example.com/a",
            "https://example.com/a?page=2&id=7&utm_term=z         | https://example.com/a?id=7&page=2",
            "https://example.com/a?b=2&a=1&a=0                    | https://example.com/a?a=0&a=1&b=2",
            "https://example.com/a?q=caf%C3%A9&&x                 | https://example.com/a?q=caf%C3%A9&x",
            "https://user:secret@example.com/a                    | https://example.com/a",
            "https://example.com/a/./b/../c                       | https://example.com/a/c",
            "'  https://example.com/a b  '                        | https://example.com/a%20b"})
    void canonicalizesUrls(String url, String canonical) {
        assertThat(normalizer.canonicalUrl(url)).isEqualTo(canonical);
        assertThat(normalizer.normalize(submission().url(url).build()).canonicalUrl()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/news/story", "ftp://example.com/a", "mailto:desk@example.com", "https://exa mple.com:x/",
            "not a url"})
    void rejectsUrlsThatAreNotAbsoluteHttp(String url) {
        assertThatThrownBy(() -> normalizer.normalize(submission().url(url).build()))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.location()).isEqualTo("url");
                    assertThat(e.reason()).isEqualTo(InvalidArticleException.Reason.INVALID);
                    assertThat(e.getMessage()).startsWith("url: ").contains(url.strip());
                });
    }

    @Test
    void derivesTheSameIdAndHashFromTheSameInput() {
        Article first = normalizer.normalize(submission().url("https://example.com/a").build());
        Article second = new ArticleNormalizer().normalize(submission().url("https://example.com/a").build());

        assertThat(first.id()).isEqualTo(second.id()).matches("[0-9a-f]{32}");
        assertThat(first.contentHash()).isEqualTo(second.contentHash()).matches("^sha256:[0-9a-f]{64}$");
    }

    @Test
    void derivesTheIdFromTheCanonicalUrlSoTrackingVariantsShareIt() {
        Article plain = normalizer.normalize(submission().url("https://example.com/a").build());
        Article tracked = normalizer.normalize(submission()
                .url("HTTPS://Example.com:443/a?utm_source=newsletter&fbclid=1#top").build());

        assertThat(tracked.id()).isEqualTo(plain.id()).isEqualTo(sha256Prefix("url:https://example.com/a"));
        assertThat(tracked.url()).isEqualTo("HTTPS://Example.com:443/a?utm_source=newsletter&fbclid=1#top");
    }

    @Test
    void keepsTheIdButChangesTheHashWhenTheBodyChanges() {
        Article original = normalizer.normalize(submission().url("https://example.com/a").build());
        Article corrected = normalizer.normalize(submission().url("https://example.com/a")
                .body("The body, corrected.").build());

        assertThat(corrected.id()).isEqualTo(original.id());
        assertThat(corrected.contentHash()).isNotEqualTo(original.contentHash());
    }

    @Test
    void hashesTheNormalisedTitleAndBody() {
        Article article = normalizer.normalize(submission().title("  A   title ").body("Body  one.\n\n\n\nBody two.")
                .build());

        assertThat(article.contentHash()).isEqualTo(
                "sha256:" + sha256Hex("A title\n\nBody one.\n\nBody two."));
        assertThat(normalizer.normalize(submission().title("A title").body("Body one.\n\nBody two.").build())
                .contentHash()).isEqualTo(article.contentHash());
    }

    @Test
    void derivesTheIdFromSourceAndGuidWithoutUrl() {
        Source feed = new Source("wire", "The Wire", SourceKind.RSS, "https://wire.example/feed");
        Article article = normalizer.normalize(submission().source(feed).guid(" urn:wire:1 ").build());
        Article otherSource = normalizer.normalize(submission().source(new Source("other", null, SourceKind.RSS, null))
                .guid("urn:wire:1").build());

        assertThat(article.id()).isEqualTo(sha256Prefix("guid:wire:urn:wire:1"));
        assertThat(otherSource.id()).isNotEqualTo(article.id());
    }

    @Test
    void derivesTheIdFromTheContentHashWithoutUrlOrGuid() {
        Article article = normalizer.normalize(submission().build());
        Article changed = normalizer.normalize(submission().body("Other body.").build());

        assertThat(article.id()).isEqualTo(sha256Prefix("hash:" + article.contentHash()));
        assertThat(changed.id()).isNotEqualTo(article.id());
    }

    @Test
    void cleansTextToNfcWithoutHtmlAndWithCollapsedWhitespace() {
        Article article = normalizer.normalize(submission()
                .title("Fran<b>c\u0327</b>ois &amp; the\u00A0<i>Minister</i>")
                .standfirst("  Two\n lines\tof   text ")
                .body("<p>First   paragraph\nwith a <a href=\"x\">link</a>.</p><script>alert(1)</script>"
                        + "<p>Second&nbsp;one.<br><br>Third one.</p><!-- comment -->")
                .byline(List.of("  Jane   Doe ", "Jane Doe", " ", "<b>John Roe</b>"))
                .tags(List.of("Iran", " Iran ", "Canada"))
                .media(List.of(new Media(" 42 ", " A <i>caption</i> ", "AP", null), new Media(" ", null, "", null)))
                .build());

        assertThat(article.title()).isEqualTo("Fran\u00E7ois & the Minister");
        assertThat(article.standfirst()).isEqualTo("Two lines of text");
        assertThat(article.body()).isEqualTo("First paragraph with a link.\n\nSecond one.\n\nThird one.");
        assertThat(article.byline()).containsExactly("Jane Doe", "John Roe");
        assertThat(article.tags()).containsExactly("Iran", "Canada");
        assertThat(article.media()).containsExactly(new Media("42", "A caption", "AP", null));
    }

    @Test
    void keepsPlainTextParagraphsAroundInlineMarkup() {
        Article article = normalizer.normalize(submission().body("One <em>two</em>\nthree.\n\n \nFour &lt; five.")
                .build());

        assertThat(article.body()).isEqualTo("One two three.\n\nFour < five.");
    }

    @Test
    void leavesPlainTextThatMerelyLooksLikeMarkupAlone() {
        Article article = normalizer.normalize(submission().title("Profits rise <5% at AT&T").body("a < b and c > d")
                .build());

        assertThat(article.title()).isEqualTo("Profits rise <5% at AT&T");
        assertThat(article.body()).isEqualTo("a < b and c > d");
    }

    @Test
    void convertsDatesToUtcAndStampsIngestionFromTheClock() {
        Article article = normalizer.normalize(submission()
                .publishedAt(OffsetDateTime.parse("2020-01-03T10:15:00-05:00"))
                .updatedAt(OffsetDateTime.parse("2020-01-03T17:00:00+02:00"))
                .embargoedUntil(OffsetDateTime.parse("2020-01-04T00:00:00Z"))
                .build());

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2020-01-03T15:15:00Z"));
        assertThat(article.updatedAt()).isEqualTo(Instant.parse("2020-01-03T15:00:00Z"));
        assertThat(article.embargoedUntil()).isEqualTo(Instant.parse("2020-01-04T00:00:00Z"));
        assertThat(article.ingestedAt()).isEqualTo(Instant.parse("2024-05-01T12:00:00.123Z"));
    }

    @Test
    void fillsTheSourceIdFromTheUrlHostElseTheKind() {
        assertThat(normalizer.normalize(submission().url("https://WWW.Vice.com/en/article/x").build()).source())
                .isEqualTo(new Source("www.vice.com", null, SourceKind.HTTP, null));
        assertThat(normalizer.normalize(submission().build()).source())
                .isEqualTo(new Source("http", null, SourceKind.HTTP, null));
        assertThat(normalizer.normalize(submission().source(new Source(" vice ", " Vice ", SourceKind.FILE, " "))
                .url("https://vice.com/a").build()).source())
                .isEqualTo(new Source("vice", "Vice", SourceKind.FILE, null));
    }

    @Test
    void keepsWireFieldsAndNormalisesTheLanguageTag() {
        Article article = normalizer.normalize(submission().language("en-ca").urgency(3)
                .pubStatus(PubStatus.WITHHELD).section(" World ").build());

        assertThat(article.language()).isEqualTo("en-CA");
        assertThat(article.urgency()).isEqualTo(3);
        assertThat(article.pubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(article.section()).isEqualTo("World");
    }

    @Test
    void rejectsInvalidLanguageAndUrgency() {
        assertThatThrownBy(() -> normalizer.normalize(submission().language("English!").build()))
                .hasMessage("language: not a BCP 47 language tag: 'English!'");
        assertThatThrownBy(() -> normalizer.normalize(submission().urgency(0).build()))
                .hasMessage("urgency: must be between 1 and 9, was 0");
    }

    @Test
    void acceptsATitleWithoutBodyAndABodyWithoutTitle() {
        Article titleOnly = normalizer.normalize(ArticleSubmission.builder().source(HTTP).title("Flash: quake").build());
        Article bodyOnly = normalizer.normalize(ArticleSubmission.builder().source(HTTP).body("Just text.").build());

        assertThat(titleOnly.body()).isEmpty();
        assertThat(bodyOnly.title()).isNull();
        assertThat(bodyOnly.body()).isEqualTo("Just text.");
    }

    @Test
    void rejectsAnArticleWithoutTitleAndBody() {
        assertThatThrownBy(() -> normalizer.normalize(ArticleSubmission.builder().source(HTTP).title(" <br> ")
                .body("\n\n").build()))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidArticleException.Reason.INVALID);
                    assertThat(e.getMessage()).isEqualTo("an article needs a non-blank title or body");
                });
    }

    private static ArticleSubmission.Builder submission() {
        return ArticleSubmission.builder().source(HTTP).title("A title").body("The body.");
    }

    private static String sha256Prefix(String text) {
        return sha256Hex(text).substring(0, 32);
    }

    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
