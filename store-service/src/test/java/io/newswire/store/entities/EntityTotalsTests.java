package io.newswire.store.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityTotalsTests {

    private final List<EntityMention> contributions = List.of(
            mention("a1", "Jagmeet Singh", List.of("Singh"), List.of("NDP Leader"), 3, "2020-01-03T10:00:00Z"),
            mention("a2", "Singh", List.of(), List.of("leader"), 1, "2020-01-05T10:00:00Z"),
            mention("a3", "Jagmeet Singh", List.of("Mr. Singh"), List.of(), 2, "2020-01-03T18:00:00Z"));

    @Test
    void countsArticlesMentionsDaysAndSeenTimesAndPicksTheMostFrequentName() {
        EntityDocument entity = EntityTotals.of("person:jagmeet-singh", contributions, 7);

        assertThat(entity).isEqualTo(new EntityDocument("person:jagmeet-singh", "Jagmeet Singh", "PERSON",
                List.of("Mr. Singh", "Singh"), List.of("NDP Leader", "leader"), 3, 6,
                Instant.parse("2020-01-03T10:00:00Z"), Instant.parse("2020-01-05T10:00:00Z"),
                Map.of("2020-01-03", 2, "2020-01-05", 1), 7));
        assertThat(entity.days().keySet()).containsExactly("2020-01-03", "2020-01-05");
    }

    @Test
    void dependsOnlyOnTheSetOfContributions() {
        List<EntityMention> shuffled = new ArrayList<>(contributions);
        Collections.reverse(shuffled);

        assertThat(EntityTotals.of("k", shuffled, 1)).isEqualTo(EntityTotals.of("k", contributions, 1));
    }

    @Test
    void breaksNameTiesInStringOrderAndLeavesAnEmptyEntityWithoutStatistics() {
        EntityDocument tie = EntityTotals.of("k", contributions.subList(0, 2), 1);
        assertThat(tie.name()).isEqualTo("Jagmeet Singh");
        assertThat(tie.aliases()).containsExactly("Singh");

        assertThat(EntityTotals.of("k", List.of(), 4)).isEqualTo(
                new EntityDocument("k", null, null, null, null, 0, 0, null, null, null, 4));
    }

    private static EntityMention mention(String articleId, String name, List<String> aliases, List<String> roles,
            int mentions, String seenAt) {
        Instant at = Instant.parse(seenAt);
        return new EntityMention("person:jagmeet-singh|" + articleId, "person:jagmeet-singh", articleId, "v", "e",
                name, "PERSON", aliases, roles, mentions, at, at.toString().substring(0, 10));
    }
}
