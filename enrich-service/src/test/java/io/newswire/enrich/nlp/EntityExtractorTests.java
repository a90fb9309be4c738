package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.Article;
import io.newswire.events.Entity;
import io.newswire.events.Mention;
import io.newswire.events.TextField;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Entities found in short news passages, from the table in {@code entity-cases.jsonl}. */
class EntityExtractorTests {

    /** An entity expected in a passage; lists are what must at least be there. */
    record Expected(String name, String type, List<String> aliases, List<String> roles, List<String> fields) {
    }

    /** One row of the table. */
    record Case(String name, String title, String standfirst, String body, List<Expected> expect,
            List<String> absent) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        JsonMapper mapper = JsonMapper.builder().build();
        return TestArticles.resource("entity-cases.jsonl").lines().filter(l -> !l.isBlank())
                .map(line -> mapper.readValue(line, Case.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergesMentionsIntoEntities(Case c) {
        Article article = TestArticles.article(c.title(), c.standfirst(), c.body());
        List<Entity> entities = TestPipeline.ENRICHER.enrich(article).enrichment().entities();
        for (Expected expected : c.expect()) {
            assertThat(entities).as(c.name()).anySatisfy(e -> {
                assertThat(e.name()).isEqualTo(expected.name());
                assertThat(e.type()).isEqualTo(expected.type());
                if (expected.aliases() != null) {
                    assertThat(e.aliases()).containsAll(expected.aliases());
                }
                if (expected.roles() != null) {
                    assertThat(e.roles()).containsAll(expected.roles());
                }
                if (expected.fields() != null) {
                    assertThat(e.mentions()).extracting(m -> m.field().name().toLowerCase(Locale.ROOT))
                            .containsAll(expected.fields());
                }
            });
        }
        if (c.absent() != null) {
            for (String absent : c.absent()) {
                assertThat(entities).as(c.name()).noneSatisfy(e -> assertThat(e.name()).isEqualTo(absent));
            }
        }
        assertWellFormed(article, entities);
    }

    @Test
    void ranksEntitiesBySalienceAndNumbersThem() {
        List<Entity> entities = TestPipeline.ENRICHER.enrich(TestArticles.sample()).enrichment().entities();
        assertThat(entities).extracting(Entity::salience).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(entities.stream().mapToDouble(Entity::salience).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(entities.get(0).id()).isEqualTo("e1");
    }

    @Test
    void keepsOneLocationKeyForPlacesOfAFinerType() {
        List<Entity> entities = TestPipeline.ENRICHER.enrich(TestArticles.article(null, null,
                "Canada and Toronto signed the deal.")).enrichment().entities();
        assertThat(entities).extracting(Entity::type, Entity::key).contains(
                org.assertj.core.groups.Tuple.tuple("COUNTRY", "location:canada"),
                org.assertj.core.groups.Tuple.tuple("CITY", "location:toronto"));
    }

    @Test
    void keysAWellKnownPlaceByItsCanonicalNameWhateverTheArticleCallsIt() {
        List<Entity> entities = TestPipeline.ENRICHER.enrich(TestArticles.article(null, null,
                "Britain and France will ask the board to act.")).enrichment().entities();
        assertThat(entities).extracting(Entity::name, Entity::key)
                .contains(org.assertj.core.groups.Tuple.tuple("Britain", "location:united-kingdom"));
    }

    @Test
    void marksNoDemonymAsAMentionOfAPlace() {
        // NER convention (CoNLL MISC, OntoNotes NORP): "Canadian" is a nationality, not a name of Canada
        String body = "Canada sent aid on Monday. The Royal Canadian Mounted Police and Latin American diplomats "
                + "met Canadian officials.";
        List<Entity> entities = TestPipeline.ENRICHER.enrich(TestArticles.article(null, null, body)).enrichment()
                .entities();
        Entity canada = entities.stream().filter(e -> e.name().equals("Canada")).findFirst().orElseThrow();
        assertThat(canada.mentions()).extracting(Mention::start).containsExactly(0);
        assertThat(canada.aliases()).isEmpty();
    }

    @Test
    void givesNoRoleToThePersonSomeoneSpeaksFor() {
        List<Entity> entities = TestPipeline.ENRICHER.enrich(TestArticles.article(null, null,
                "Senate Majority Leader John Thune did not comment. A spokesman for Thune declined to comment."))
                .enrichment().entities();
        Entity thune = entities.stream().filter(e -> e.name().equals("John Thune")).findFirst().orElseThrow();
        assertThat(thune.roles()).containsExactly("Senate Majority Leader");
        assertThat(thune.aliases()).containsExactly("Thune");
    }

    static void assertWellFormed(Article article, List<Entity> entities) {
        for (Entity entity : entities) {
            assertThat(entity.key()).matches("^[a-z]+:[a-z0-9-]+$");
            assertThat(entity.salience()).isBetween(0.0, 1.0);
            assertThat(entity.mentions()).isNotEmpty();
            for (Mention mention : entity.mentions()) {
                assertThat(text(article, mention.field()).substring(mention.start(), mention.end()))
                        .isEqualTo(mention.text());
            }
        }
    }

    static String text(Article article, TextField field) {
        return switch (field) {
            case TITLE -> article.title();
            case STANDFIRST -> article.standfirst();
            case BODY -> article.body();
        };
    }
}
