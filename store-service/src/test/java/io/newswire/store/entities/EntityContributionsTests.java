package io.newswire.store.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.ArticleEnriched;
import io.newswire.events.PubStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityContributionsTests {

    private static final Instant PUBLISHED = Instant.parse("2020-01-03T23:30:00Z");
    private static final ArticleVersion VERSION = new ArticleVersion("v", "e");
    private static final Instant INGESTED = Instant.parse("2020-01-04T01:00:00Z");

    @Test
    void contributesOnePerKeyWithMentionCountNamesRolesAndPublicationDay() {
        ArticleEnriched event = EntityEvents.enriched("a1", "h1", PUBLISHED, INGESTED, PubStatus.USABLE, List.of(
                EntityEvents.entity("person:jagmeet-singh", "Jagmeet Singh", "PERSON", 3, List.of("Singh"),
                        List.of("NDP Leader")),
                EntityEvents.entity("location:ottawa", "Ottawa", "LOCATION", 1, List.of(), List.of())));

        List<Contribution> contributions = contributionsOf(event);

        assertThat(contributions).containsExactly(
                new Contribution("person:jagmeet-singh", "a1", VERSION, "Jagmeet Singh", "PERSON", List.of("Singh"),
                        List.of("NDP Leader"), 3, PUBLISHED),
                new Contribution("location:ottawa", "a1", VERSION, "Ottawa", "LOCATION", List.of(), List.of(), 1,
                        PUBLISHED));
        assertThat(contributions.get(0).bucketId()).isEqualTo("person:jagmeet-singh|2020-01-03");
    }

    @Test
    void mergesEntitiesSharingAKeyAndSkipsEntitiesWithoutOne() {
        ArticleEnriched event = EntityEvents.enriched("a2", "h1", null, INGESTED, PubStatus.USABLE, List.of(
                EntityEvents.entity("person:jagmeet-singh", "Singh", "PERSON", 1, List.of(), List.of("leader")),
                EntityEvents.entity("person:jagmeet-singh", "Jagmeet Singh", "PERSON", 2, List.of("Mr. Singh"),
                        List.of("NDP Leader")),
                EntityEvents.entity(" ", "Nobody", "PERSON", 4, List.of(), List.of())));

        List<Contribution> contributions = contributionsOf(event);

        assertThat(contributions).hasSize(1);
        Contribution singh = contributions.get(0);
        assertThat(singh.name()).isEqualTo("Jagmeet Singh");
        assertThat(singh.aliases()).containsExactly("Mr. Singh", "Singh");
        assertThat(singh.roles()).containsExactly("NDP Leader", "leader");
        assertThat(singh.mentions()).isEqualTo(3);
        assertThat(singh.seenAt()).as("ingestedAt without publishedAt").isEqualTo(INGESTED);
        assertThat(singh.bucketId()).isEqualTo("person:jagmeet-singh|2020-01-04");
    }

    private static List<Contribution> contributionsOf(ArticleEnriched event) {
        return EntityContributions.of(event.article().id(), VERSION, event.article(), event.enrichment());
    }
}
