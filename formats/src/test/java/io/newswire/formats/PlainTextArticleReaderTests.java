package io.newswire.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.events.Article;
import io.newswire.events.Media;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlainTextArticleReaderTests {

    private static final Source FILE = new Source("samples", null, SourceKind.FILE, null);

    private final PlainTextArticleReader reader = new PlainTextArticleReader(
            new ArticleNormalizer(Clock.fixed(Instant.parse("2020-01-03T18:00:00Z"), ZoneOffset.UTC)));

    @Test
    void readsTheSampleArticleAsItsExpectationsSay() throws IOException {
        JsonNode expected = JsonMapper.shared().readTree(resource("vice-canada-soleimani.expected.json")).get("article");

        Article article = reader.read(resource("vice-canada-soleimani.txt"), FILE);

        assertThat(article.section()).isEqualTo(expected.get("section").stringValue());
        assertThat(article.title()).isEqualTo(expected.get("title").stringValue());
        assertThat(article.standfirst()).isEqualTo(expected.get("standfirst").stringValue());
        assertThat(article.byline()).containsExactly(expected.get("byline").get(0).stringValue());
        JsonNode media = expected.get("media").get(0);
        assertThat(article.media()).containsExactly(new Media(media.get("id").stringValue(),
                media.get("caption").stringValue(), media.get("credit").stringValue(), null));
        for (JsonNode forbidden : expected.get("bodyMustNotContain")) {
            assertThat(article.body()).doesNotContain(forbidden.stringValue());
        }
        List<String> paragraphs = List.of(article.body().split("\n\n"));
        assertThat(paragraphs).hasSize(9).allSatisfy(paragraph -> assertThat(paragraph).isNotBlank().doesNotContain("\n"));
        assertThat(paragraphs.get(0)).startsWith("Canada is calling for a de-escalation");
        assertThat(paragraphs.get(2)).startsWith("The killing of the 62-year-old Soleimani");
        assertThat(paragraphs.get(8)).startsWith("“The US’ actions in Iran").endsWith("President Trump is taking.”");
        assertThat(article.source()).isEqualTo(FILE);
        assertThat(article.ingestedAt()).isEqualTo(Instant.parse("2020-01-03T18:00:00Z"));
    }

    @Test
    void readsHeadlineAndBodyWhenThereIsNothingElse() {
        Article article = reader.read("""
                Storm closes schools across the region

                Schools in three counties closed on Monday as the storm arrived.

                Officials said they would reopen on Wednesday.
                """, FILE);

        assertThat(article.title()).isEqualTo("Storm closes schools across the region");
        assertThat(article.section()).isNull();
        assertThat(article.standfirst()).isNull();
        assertThat(article.byline()).isEmpty();
        assertThat(article.media()).isEmpty();
        assertThat(article.body()).isEqualTo("Schools in three counties closed on Monday as the storm arrived.\n\n"
                + "Officials said they would reopen on Wednesday.");
    }

    @Test
    void readsOneParagraphAsBodyWithItsFirstSentenceAsTitle() {
        String text = "Mr. Smith told the U.S. Senate on Tuesday that the bill would pass. Nobody believed him. "
                + "The vote is on Friday.";

        Article article = reader.read(text, FILE);

        assertThat(article.title()).isEqualTo("Mr. Smith told the U.S. Senate on Tuesday that the bill would pass.");
        assertThat(article.body()).isEqualTo(text);
    }

    @Test
    void takesTheFirstSentenceAsTitleWhenTheFirstLineIsABodyParagraph() {
        Article article = reader.read("""
                The council met on Tuesday. It voted to close the library.

                Residents protested outside.
                """, FILE);

        assertThat(article.title()).isEqualTo("The council met on Tuesday.");
        assertThat(article.body()).startsWith("The council met on Tuesday. It voted").endsWith("Residents protested outside.");
    }

    @Test
    void readsTextWithoutBlankLinesAsOneParagraphPerLineJoiningHardWrappedLines() {
        Article article = reader.read("""
                Council votes to close the library
                The council voted on Tuesday to close the central library, a decision that
                residents had fought for months.
                A spokesperson said the building would be sold.
                """, FILE);

        assertThat(article.title()).isEqualTo("Council votes to close the library");
        assertThat(article.body()).isEqualTo("The council voted on Tuesday to close the central library, a decision "
                + "that residents had fought for months.\n\nA spokesperson said the building would be sold.");
    }

    @Test
    void readsAPastedArticleWithoutBlankLinesOneBlockPerLine() {
        Article article = reader.read("""
                WORLD NEWS
                Ferry crews vote to strike over pay
                Crews on the island ferries will walk out on Friday, the union said.
                By Tom Vance
                Crews on the island ferries voted to strike from Friday after talks on pay broke down, the Maritime \
                Workers Union said on Tuesday.
                The operator, Island Lines, said it would run a reduced timetable.
                """, FILE);

        assertThat(article.section()).isEqualTo("WORLD NEWS");
        assertThat(article.title()).isEqualTo("Ferry crews vote to strike over pay");
        assertThat(article.standfirst()).isEqualTo("Crews on the island ferries will walk out on Friday, the union said.");
        assertThat(article.byline()).containsExactly("Tom Vance");
        assertThat(article.body()).isEqualTo("Crews on the island ferries voted to strike from Friday after talks on pay "
                + "broke down, the Maritime Workers Union said on Tuesday.\n\nThe operator, Island Lines, said it would "
                + "run a reduced timetable.");
    }

    @Test
    void joinsTheLinesOfAParagraphWhenBlankLinesSeparateParagraphs() {
        Article article = reader.read("Headline here\n\nFirst line of a paragraph.\nSecond line of it.\n\nNext one.",
                FILE);

        assertThat(article.body()).isEqualTo("First line of a paragraph. Second line of it.\n\nNext one.");
    }

    @Test
    void readsByLinesAtTheTop() {
        Article article = reader.read("""
                Politics

                Parliament returns after summer break
                By Jane Doe and Jean-Luc de la Tour
                MPs face a crowded agenda.
                Photo: Adrian Wyld/The Canadian Press

                The House of Commons sat again on Monday.
                """, FILE);

        assertThat(article.section()).isEqualTo("Politics");
        assertThat(article.title()).isEqualTo("Parliament returns after summer break");
        assertThat(article.byline()).containsExactly("Jane Doe", "Jean-Luc de la Tour");
        assertThat(article.standfirst()).isEqualTo("MPs face a crowded agenda.");
        assertThat(article.media()).containsExactly(new Media(null, null, "Adrian Wyld/The Canadian Press", null));
        assertThat(article.body()).isEqualTo("The House of Commons sat again on Monday.");
    }

    @Test
    void leavesOutTheTimeStampUnderTheHeadlineButNotATimeInTheBody() {
        Article article = reader.read("""
                Japan's Prime Minister Resigns Amid Scandal

                By Hiroko Tabuchi and Motoko Rich
                Updated 3:45 p.m. ET, March 2, 2021

                TOKYO — Japan's prime minister said on Tuesday that he would step down.

                Updated figures for 2021 were published later.
                """, FILE);

        assertThat(article.title()).isEqualTo("Japan's Prime Minister Resigns Amid Scandal");
        assertThat(article.byline()).containsExactly("Hiroko Tabuchi", "Motoko Rich");
        assertThat(article.body()).isEqualTo("TOKYO — Japan's prime minister said on Tuesday that he would step down."
                + "\n\nUpdated figures for 2021 were published later.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Protesters gather in Tehran. Photo: Vahid Salemi/AP | Protesters gather in Tehran. | Vahid Salemi/AP",
            "Protesters gather in Tehran. Photo by Vahid Salemi | Protesters gather in Tehran. | Vahid Salemi",
            "Protesters gather in Tehran (Photo: Reuters) | Protesters gather in Tehran | Reuters",
            "Protesters gather in Tehran. Credit: Getty Images | Protesters gather in Tehran. | Getty Images",
            "Protesters gather in Tehran. Photo via SalamPix/ABACA. | Protesters gather in Tehran. | SalamPix/ABACA",
            "Protesters gather in Tehran. PHOTO: AFP | Protesters gather in Tehran. | AFP"})
    void readsCaptionAndCreditInEachCommonForm(String line, String caption, String credit) {
        Article article = reader.read("A headline\n\n123456\n" + line + "\n\nThe body.", FILE);

        assertThat(article.media()).containsExactly(new Media("123456", caption, credit, null));
        assertThat(article.body()).isEqualTo("The body.");
    }

    @Test
    void readsCaptionedMediaInsideTheBodyAndSplitsTheParagraphAroundIt() {
        Article article = reader.read("""
                A headline

                First paragraph.
                22414250
                Crowds in the square. Photo: Jane Doe
                Second paragraph.
                """, FILE);

        assertThat(article.media()).containsExactly(new Media("22414250", "Crowds in the square.", "Jane Doe", null));
        assertThat(article.body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The photo by John Smith went viral within hours of being posted.",
            "Photos by Ansel Adams hang in the main hall of the museum.",
            "He was asked about it. Photo albums of the family were later found in the house.",
            "By the end of the year, the company had laid off half its staff.",
            "Follow the money on Twitter and you will see who paid for the campaign.",
            "News of the deal broke late on Friday.",
            "Advertisement revenue fell sharply in the third quarter, the company said.",
            "Read more about the plan in the report, he said.",
            "12 people were injured."})
    void neverTakesABodyParagraphForAMarker(String paragraph) {
        Article article = reader.read("A headline about the news\n\nFirst paragraph.\n\n" + paragraph
                + "\n\nLast paragraph.", FILE);

        assertThat(article.body()).isEqualTo("First paragraph.\n\n" + paragraph + "\n\nLast paragraph.");
        assertThat(article.media()).isEmpty();
        assertThat(article.byline()).isEmpty();
        assertThat(article.section()).isNull();
        assertThat(article.standfirst()).isNull();
    }

    @Test
    void neverTakesTheFirstBodyParagraphForAStandfirstWithoutMarkersUnderIt() {
        Article article = reader.read("A headline\n\nA first paragraph that could be a deck.\n\nMore body.", FILE);

        assertThat(article.standfirst()).isNull();
        assertThat(article.body()).isEqualTo("A first paragraph that could be a deck.\n\nMore body.");
    }

    @Test
    void takesAShortFirstLineForTheTitleNotTheSectionWhenABodyParagraphFollows() {
        Article article = reader.read("Chile Earthquake\n\nA magnitude 7.1 earthquake struck the coast.\n\nMore.", FILE);

        assertThat(article.section()).isNull();
        assertThat(article.title()).isEqualTo("Chile Earthquake");
    }

    @Test
    void dropsAdvertisementAndReadMoreLinesAnywhere() {
        Article article = reader.read("""
                A headline

                One.
                ADVERTISEMENT
                Two.

                Story continues below

                Read more: Why the storm was so strong

                Three.

                Continue reading

                Follow us on Twitter
                """, FILE);

        assertThat(article.body()).isEqualTo("One.\n\nTwo.\n\nThree.");
        assertThat(article.byline()).isEmpty();
    }

    @Test
    void readsTrailingFollowLinesWithHandlesAsBylines() {
        Article article = reader.read("A headline\n\nThe body.\n\nFollow Jane Doe (@janedoe) on Twitter and Instagram.",
                FILE);

        assertThat(article.byline()).containsExactly("Jane Doe");
        assertThat(article.body()).isEqualTo("The body.");
    }

    @Test
    void givesTheSubmissionForCallersToComplete() {
        ArticleSubmission submission = reader.submission("A headline\n\nThe body.", FILE);

        assertThat(submission.title()).isEqualTo("A headline");
        assertThat(submission.body()).isEqualTo("The body.");
        assertThat(submission.source()).isEqualTo(FILE);
        assertThat(submission.url()).isNull();
    }

    @Test
    void aTextOfOneShortLabelIsReadAsItsTitle() {
        // found by ReaderFuzzTests: a section-like line with nothing after it threw IndexOutOfBoundsException (a 500)
        var article = reader.read("Sport", FILE);

        assertThat(article.title()).isEqualTo("Sport");
    }

    @Test
    void rejectsTextWithoutWords() {
        assertThatThrownBy(() -> reader.read(" \n\n Advertisement \n", FILE))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("needs a non-blank title or body");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PlainTextArticleReaderTests.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
