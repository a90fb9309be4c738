package io.newswire.formats.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.Media;
import io.newswire.formats.ArticleSubmission;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Main-text extraction measured on hand-written news pages (nav, ads, share bars, related links, comments), each
 * with the text a reader would call the article in a {@code .expected.txt} next to it; and the page metadata.
 */
class HtmlArticleExtractorTests {

    private static final Path PAGES = Path.of("src/test/resources/pages");
    private static final double FLOOR = 0.9;

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void extractsTheMainTextOfEachPage(String page) throws IOException {
        ShingleScore score = score(page);

        System.out.printf(Locale.ROOT, "extraction %-32s %s%n", page, score);
        assertThat(score.f1()).as("F1 over word 4-shingles of %s", page).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void extractsTheMainTextOfAllPagesTogether() throws IOException {
        List<ShingleScore> scores = new ArrayList<>();
        for (String page : pages().toList()) {
            scores.add(score(page));
        }
        ShingleScore overall = ShingleScore.overall(scores);

        System.out.printf(Locale.ROOT, "extraction %-32s %s%n", "OVERALL (" + scores.size() + " pages)", overall);
        assertThat(scores).hasSizeGreaterThanOrEqualTo(8);
        assertThat(overall.f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void keepsAllOfAnArticleSplitIntoColumnsOfAFewParagraphs() throws IOException {
        ArticleSubmission article = extract("harbour-ferry-strike-split-columns");

        assertThat(article.body()).startsWith("Crews on the island ferries will strike from Friday")
                .contains("the operator had refused to discuss overtime rules", "Marta Olsen",
                        "could study from home", "The last strike on the ferries, in 2015")
                .endsWith("though it did not expect a settlement before Friday.")
                .doesNotContain("Advertisement", "More from the Gazette", "All rights reserved");
    }

    @Test
    void takesReadabilitysArticleWhenItFindsFarMoreOfIt() throws IOException {
        // the body sits in a container classed "paywall", which Newswire's scoring drops as boilerplate
        ArticleSubmission article = extract("millbrook-bridge-paywall-class");

        assertThat(article.body()).contains("Drivers will be sent on a twelve-mile detour", "Priya Raman",
                        "half his customers came from across the river", "A public meeting on the plans")
                .doesNotContain("More news", "Read the full story", "All rights reserved");
    }

    @Test
    void readsOpenGraphArticleMetadataAndFigures() throws IOException {
        ArticleSubmission article = extract("riverside-council-budget");

        assertThat(article.url()).isEqualTo("https://riversidecourier.com/2025/06/18/council-approves-budget-library-hours/");
        assertThat(article.title()).isEqualTo("Riverside council approves $48m budget, trims library hours");
        assertThat(article.standfirst())
                .isEqualTo("Council votes 5-2 after four hours of public comment; libraries will close on Mondays from July.");
        assertThat(article.byline()).containsExactly("Karen Mitchell");
        assertThat(article.section()).isEqualTo("Local News");
        assertThat(article.language()).isEqualTo("en-US");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-06-18T06:45:12-07:00"));
        assertThat(article.updatedAt()).isEqualTo(OffsetDateTime.parse("2025-06-18T09:02:40-07:00"));
        assertThat(article.tags()).containsExactly("city council", "budget");
        assertThat(article.source().name()).isEqualTo("Riverside Courier");
        assertThat(article.media()).containsExactly(new Media(null, "Residents fill the council chambers on Tuesday night.",
                "Photo: Luis Romero / Riverside Courier",
                "https://example.org/wp-content/uploads/2025/06/council-chambers.jpg"));
        assertThat(article.body()).doesNotContain("Advertisement", "Share this", "Leave a Reply", "homework club",
                "Residents fill the council chambers", "We use cookies");
    }

    @Test
    void readsSchemaOrgNewsArticleWhenThereIsNoOpenGraph() throws IOException {
        ArticleSubmission article = extract("chile-earthquake-jsonld");

        assertThat(article.title()).isEqualTo("Magnitude 6.1 earthquake shakes northern Chile, no tsunami threat");
        assertThat(article.byline()).containsExactly("Diego Fuentes", "Ana Lucía Mora");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-09T12:41:00Z"));
        assertThat(article.section()).isEqualTo("World");
        assertThat(article.body()).startsWith("A magnitude 6.1 earthquake").contains("\n\nThe quake hit at 8:14 a.m.");
    }

    @Test
    void fallsBackToHeadingsBylineElementsTimeAndTitleWithoutSiteName() throws IOException {
        ArticleSubmission french = extract("lyon-greve-transports-fr");
        assertThat(french.title()).isEqualTo("Grève : trafic très perturbé dans les transports lyonnais");
        assertThat(french.byline()).containsExactly("Marie Dupont");
        assertThat(french.language()).isEqualTo("fr");
        assertThat(french.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-12-02T11:24:00+01:00"));
        assertThat(french.body()).doesNotContain("Publicité", "Lire aussi", "Partager");

        ArticleSubmission sport = extract("northfield-derby-report");
        assertThat(sport.title()).isEqualTo("Northfield 3-2 Castlegate: Mensah completes derby comeback");
        assertThat(sport.byline()).containsExactly("Gareth Hughes");
        assertThat(sport.media()).extracting(Media::credit).containsExactly("Photograph: Phil Oakes/Northern Sport");

        ArticleSubmission wire = extract("acme-earnings-table-layout");
        assertThat(wire.title()).isEqualTo("Acme Industrial profit beats forecasts, raises outlook");
        assertThat(wire.url()).isEqualTo("https://example.org/acme-earnings-table-layout");
        assertThat(wire.body().split("\n\n")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void leavesOutADescriptionThatIsTheBeginningOfTheBody() {
        String html = """
                <html><head><meta name="description" content="The river burst its banks at dawn, flooding the lower town..."></head>
                <body><article><h1>Flood</h1><p>The river burst its banks at dawn, flooding the lower town and cutting the main road.</p>
                <p>Residents were moved to the school hall, where volunteers served breakfast until noon.</p></article></body></html>
                """;

        ArticleSubmission article = extractor.extract(html, null);

        assertThat(article.standfirst()).isNull();
        assertThat(article.title()).isEqualTo("Flood");
        assertThat(article.url()).isNull();
        assertThat(article.body()).isEqualTo("The river burst its banks at dawn, flooding the lower town and cutting the "
                + "main road.\n\nResidents were moved to the school hall, where volunteers served breakfast until noon.");
    }

    @Test
    void ignoresAShortJsonLdArticleBody() {
        String html = """
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",
                "articleBody": "Subscribe to read."}</script></head>
                <body><div class="story-body"><p>The first paragraph of the story is long enough to be the text.</p>
                <p>And the second paragraph, with a comma, is the rest of it.</p></div></body></html>
                """;

        assertThat(extractor.extract(html, "https://example.org/a").body())
                .startsWith("The first paragraph").doesNotContain("Subscribe");
    }

    @Test
    void takesTheSiteNameOffADocumentTitle() {
        assertThat(extractor.extract("<title>Grève : trafic perturbé à Lyon - Le Progrès</title><p>x</p>", null).title())
                .isEqualTo("Grève : trafic perturbé à Lyon");
        assertThat(extractor.extract("<title>Budget vote delayed again | Riverside Courier</title>", null).title())
                .isEqualTo("Budget vote delayed again");
        assertThat(extractor.extract("<title>Fire: what we know</title>", null).title())
                .isEqualTo("Fire: what we know");
        assertThat(extractor.extract("<meta property=og:site_name content=\"The Post\">"
                + "<meta property=og:title content=\"Rates rise - The Post\">", null).title()).isEqualTo("Rates rise");
    }

    @Test
    void readsTheCharsetAPageDeclares() {
        byte[] latin1 = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] meta = "<!doctype html><meta charset='windows-1252'><title>x</title>".getBytes(StandardCharsets.US_ASCII);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'p', '>'};
        byte[] unknown = "<meta charset=\"no-such-charset\">".getBytes(StandardCharsets.US_ASCII);

        assertThat(HtmlArticleExtractor.charset(latin1, StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(HtmlArticleExtractor.charset(meta, StandardCharsets.UTF_8)).isEqualTo(Charset.forName("windows-1252"));
        assertThat(HtmlArticleExtractor.charset(bom, StandardCharsets.ISO_8859_1)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(HtmlArticleExtractor.charset(unknown, StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(HtmlArticleExtractor.charset("<p>none</p>".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    private ArticleSubmission extract(String page) throws IOException {
        return extractor.extract(Files.readString(PAGES.resolve(page + ".html")), "https://example.org/" + page);
    }

    private ShingleScore score(String page) throws IOException {
        String html = Files.readString(PAGES.resolve(page + ".html"));
        String expected = Files.readString(PAGES.resolve(page + ".expected.txt"));
        String body = extractor.extract(html, "https://example.org/" + page).body();
        return ShingleScore.of(expected, body == null ? "" : body);
    }
}
