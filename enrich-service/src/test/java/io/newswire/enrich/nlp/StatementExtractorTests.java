package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.Enrichment;
import io.newswire.events.Entity;
import io.newswire.events.Statement;
import io.newswire.events.StatementType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Statements found in short news passages, from the table in {@code statement-cases.jsonl}. */
class StatementExtractorTests {

    /** One row of the table: the passage and the statement expected in it (none when no speaker is given). */
    record Case(String name, String text, String speaker, StatementType type, String quote, String cue, String kind,
            String role) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        JsonMapper mapper = JsonMapper.builder().build();
        return TestArticles.resource("statement-cases.jsonl").lines().filter(l -> !l.isBlank())
                .map(line -> mapper.readValue(line, Case.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheStatementOfEachPassage(Case c) {
        Enrichment enrichment = TestPipeline.ENRICHER.enrich(TestArticles.article(null, null, c.text())).enrichment();
        List<Statement> statements = enrichment.statements();
        if (c.speaker() == null) {
            assertThat(statements).as(c.name()).isEmpty();
            return;
        }
        assertThat(statements).as(c.name())
                .anySatisfy(s -> {
                    assertThat(s.speaker().name()).isEqualTo(c.speaker());
                    assertThat(s.type()).isEqualTo(c.type());
                    assertThat(s.quote()).isEqualTo(c.quote());
                    if (c.cue() != null) {
                        assertThat(s.cue()).isEqualTo(c.cue());
                    }
                    if (c.kind() != null) {
                        assertThat(s.speaker().kind()).hasToString(c.kind());
                    }
                    if (c.role() != null) {
                        assertThat(s.speaker().role()).isEqualTo(c.role());
                    }
                });
        for (Statement statement : statements) {
            assertThat(c.text().substring(statement.span().start(), statement.span().end()))
                    .isEqualTo(statement.quote());
            assertThat(statement.confidence()).isBetween(0.0, 1.0);
            if (statement.speaker().entityId() != null) {
                assertThat(enrichment.entities()).extracting(Entity::id).contains(statement.speaker().entityId());
            }
        }
    }

    @Test
    void neverTakesTheyForOneNamedPerson() {
        List<Statement> statements = TestPipeline.ENRICHER.enrich(TestArticles.article(null, null,
                "Mayor Tom Berg said the vote was fair. They argue that the count broke the rules.")).enrichment()
                .statements();
        assertThat(statements).extracting(s -> s.speaker().name(), Statement::quote)
                .contains(org.assertj.core.groups.Tuple.tuple("Tom Berg", "the vote was fair"))
                .noneMatch(t -> t.toList().contains("the count broke the rules")
                        && t.toList().contains("Tom Berg"));
    }

    @Test
    void readsNoAdmissionOfPatientsAsSpeech() {
        List<Statement> statements = TestPipeline.ENRICHER.enrich(TestArticles.article(null, null,
                "The city's new heatstroke unit admitted 41 patients over the weekend.")).enrichment().statements();
        assertThat(statements).isEmpty();
    }

    @Test
    void readsNoStatementIntoAPleaForAnonymity() {
        List<Statement> statements = TestPipeline.ENRICHER.enrich(TestArticles.article(null, null,
                "A diplomat in Geneva, who asked not to be named because the talks were confidential, said the deal "
                        + "was close.")).enrichment().statements();
        assertThat(statements).extracting(Statement::quote).containsExactly("the deal was close");
    }
}
