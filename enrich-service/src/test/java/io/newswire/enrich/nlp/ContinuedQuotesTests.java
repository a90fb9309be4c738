package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newswire.events.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContinuedQuotesTests {

    private static List<Statement> statements(String body) {
        return TestPipeline.ENRICHER.enrich(TestArticles.article(null, null, body)).enrichment().statements();
    }

    @Test
    void givesAQuoteWithoutACueToTheSpeakerBeforeItInItsParagraph() {
        List<Statement> statements = statements("“We are ready,” Mayor Tom Berg said. “The count was fair.”");

        assertThat(statements).extracting(s -> s.speaker().name(), Statement::quote, Statement::cue)
                .contains(tuple("Tom Berg", "The count was fair.", "said"));
    }

    @Test
    void carriesAQuoteOpeningAParagraphOnFromTheDirectSpeechBefore() {
        List<Statement> statements = statements(
                "“We are ready,” Mayor Tom Berg said.\n\n“The count was fair and the vote was free.”");

        assertThat(statements).extracting(s -> s.speaker().name(), Statement::quote)
                .contains(tuple("Tom Berg", "The count was fair and the vote was free."));
    }

    @Test
    void aReportingWordInsideTheNextQuoteDoesNotStopTheCarry() {
        List<Statement> statements = statements(
                "“We are ready,” Mayor Tom Berg said.\n\n“I can say with confidence that the count was fair.”");

        assertThat(statements).extracting(s -> s.speaker().name(), Statement::quote)
                .contains(tuple("Tom Berg", "I can say with confidence that the count was fair."));
    }

    @Test
    void carriesAQuoteParagraphOnFromReportedSpeechBefore() {
        List<Statement> statements = statements(
                "Mayor Tom Berg said the count had been fair.\n\n“Every ballot was seen by both parties.”");

        assertThat(statements).extracting(s -> s.speaker().name(), Statement::quote)
                .contains(tuple("Tom Berg", "Every ballot was seen by both parties."));
    }

    @Test
    void aQuoteParagraphWithACueOfItsOwnIsNotCarried() {
        List<Statement> statements = statements(
                "Mayor Tom Berg said the count had been fair.\n\n“Every ballot was lost,” a rival countered.");

        assertThat(statements).extracting(s -> s.speaker().name(), Statement::quote)
                .doesNotContain(tuple("Tom Berg", "Every ballot was lost,"), tuple("Tom Berg", "Every ballot was lost"));
    }

    @Test
    void takesAQuoteSignedWithADashForItsSigner() {
        List<Statement> statements = statements("“He represents our greatest shame.” ― Sonya Herridge");

        assertThat(statements).extracting(s -> s.speaker().name(), Statement::quote, Statement::cue)
                .containsExactly(tuple("Sonya Herridge", "He represents our greatest shame.", "—"));
    }

    @Test
    void leavesAQuotedPhraseInsideASentenceToNobody() {
        List<Statement> statements = statements("The plan was called “a turning point” in the papers.");

        assertThat(statements).isEmpty();
    }
}
