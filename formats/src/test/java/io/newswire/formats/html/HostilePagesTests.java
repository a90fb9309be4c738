package io.newswire.formats.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newswire.formats.ArticleSubmission;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages built to make an extractor work for minutes: each must be read in well under the time a request may take
 * (measured here: 0.1 to 1.4 s each on a cold JVM; the bound below leaves room for a slow CI machine), with its text.
 */
class HostilePagesTests {

    private static final Duration BOUND = Duration.ofSeconds(6);

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("100,000 nested divs (1.1 MB)",
                        "<html><body>" + "<div>".repeat(100_000) + "The ferry sailed at nine." + "</div>".repeat(100_000)
                                + "</body></html>"),
                Arguments.of("50,000 nested b and i, never closed",
                        "<html><body>" + "<b><i>".repeat(50_000) + "The ferry sailed at nine.</body></html>"),
                Arguments.of("30,000 nested tables, never closed",
                        "<html><body><table>" + "<tr><td><table>".repeat(30_000) + "The ferry sailed at nine.</body></html>"),
                Arguments.of("20,000 bogus comments in the body (found by ReaderFuzzTests: 13 s in Readability)",
                        "<html><body><p>The ferry sailed at nine.</p>" + "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>".repeat(20_000)
                                + "</body></html>"),
                Arguments.of("a tag name of 500,000 characters (found by ReaderFuzzTests: over 2 s in Readability)",
                        "<html><body><p>The ferry sailed at nine.</p><titl" + "9".repeat(500_000) + "></body></html>"),
                Arguments.of("30,000 paragraphs of one linked word (90,000 elements)",
                        "<html><body>" + "<p><span><a href=x>word ".repeat(30_000)
                                + "<p>The ferry sailed at nine.</body></html>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsAHostilePageInBoundedTime(String kind, String html) {
        ArticleSubmission article = assertTimeoutPreemptively(BOUND,
                () -> new HtmlArticleExtractor().extract(html, "https://harbour.example/ferry"), kind);

        if (kind.startsWith("30,000 paragraphs")) {
            // a page of links is no article: nothing is kept, and ingest answers 422 for it
            assertThat(article.body()).as(kind).isNullOrEmpty();
        } else {
            assertThat(article.body()).as(kind).contains("The ferry sailed at nine.");
        }
    }
}
