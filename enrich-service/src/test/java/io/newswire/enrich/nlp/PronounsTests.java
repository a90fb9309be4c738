package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newswire.events.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class PronounsTests {

    private static List<Statement> statements(String body) {
        return TestPipeline.ENRICHER.enrich(TestArticles.article(null, null, body)).enrichment().statements();
    }

    @Test
    void takesAPronounForTheSpeakerJustHeard() {
        List<Statement> statements = statements("Mayor Tom Berg said the vote was fair. He said the count was clean.");

        assertThat(statements).extracting(s -> s.speaker().name(), Statement::quote)
                .contains(tuple("Tom Berg", "the count was clean"));
    }

    @Test
    void takesAPronounForTheClosestNameWhenNobodySpokeYet() {
        List<Statement> statements = statements("Mayor Tom Berg arrived late. He said the count was clean.");

        assertThat(statements).extracting(s -> s.speaker().name(), Statement::quote)
                .containsExactly(tuple("Tom Berg", "the count was clean"));
    }
}
