package io.newswire.store.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class EntityTotalsTests {

    private final List<Contribution> contributions = List.of(
            contribution("a1", "Jagmeet Singh", List.of("Singh"), List.of("NDP Leader"), 3, "2020-01-03T10:00:00Z"),
            contribution("a2", "Singh", List.of(), List.of("leader"), 1, "2020-01-05T10:00:00Z"),
            contribution("a3", "Jagmeet Singh", List.of("Mr. Singh"), List.of(), 2, "2020-01-03T18:00:00Z"));

    @Test
    void countsArticlesMentionsDaysAndSeenTimesAndPicksTheMostFrequentName() {
        EntityDocument entity = EntityTotals.of("person:jagmeet-singh", bucketsOf(contributions));

        assertThat(entity).isEqualTo(new EntityDocument("person:jagmeet-singh", "Jagmeet Singh", "PERSON",
                List.of("Mr. Singh", "Singh"), List.of("NDP Leader", "leader"), 3, 6,
                Instant.parse("2020-01-03T10:00:00Z"), Instant.parse("2020-01-05T10:00:00Z"),
                Map.of("2020-01-03", 2, "2020-01-05", 1)));
        assertThat(entity.days().keySet()).containsExactly("2020-01-03", "2020-01-05");
    }

    @Test
    void dependsOnlyOnTheSetOfContributions() {
        List<Contribution> shuffled = new ArrayList<>(contributions);
        Collections.reverse(shuffled);
        Map<String, Document> reversed = new LinkedHashMap<>();
        List<String> days = new ArrayList<>(bucketsOf(shuffled).keySet());
        Collections.reverse(days);
        days.forEach(day -> reversed.put(day, bucketsOf(shuffled).get(day)));

        assertThat(EntityTotals.of("k", reversed)).isEqualTo(EntityTotals.of("k", bucketsOf(contributions)));
    }

    @Test
    void breaksNameTiesInStringOrderAndLeavesAnEmptyEntityWithoutStatistics() {
        EntityDocument tie = EntityTotals.of("k", bucketsOf(contributions.subList(0, 2)));
        assertThat(tie.name()).isEqualTo("Jagmeet Singh");
        assertThat(tie.aliases()).containsExactly("Singh");

        assertThat(EntityTotals.of("k", Map.of())).isEqualTo(
                new EntityDocument("k", null, null, null, null, 0, 0, null, null, null));
    }

    @Test
    void readsNamesWithDotsAndDollarsBackFromTheirEncodedFieldNames() {
        Contribution odd = contribution("a9", "U.S. Army", List.of("$pecial"), List.of("100%"), 1,
                "2020-01-03T10:00:00Z");

        EntityDocument entity = EntityTotals.of("k", bucketsOf(List.of(odd)));

        assertThat(entity.name()).isEqualTo("U.S. Army");
        assertThat(entity.aliases()).containsExactly("$pecial");
        assertThat(entity.roles()).containsExactly("100%");
        Document counts = ContributionBuckets.countsOf(List.of(ContributionBuckets.entryOf(odd)));
        assertThat(counts.get("forms", Document.class).keySet()).allMatch(field -> !field.contains(".")
                && !field.contains("$"));
    }

    /** The day buckets' counts, as stored beside their entries, by day. */
    private static Map<String, Document> bucketsOf(List<Contribution> contributions) {
        Map<String, List<Document>> entriesByDay = new TreeMap<>();
        contributions.forEach(c -> entriesByDay.computeIfAbsent(Contribution.dayOf(c.seenAt()), day -> new ArrayList<>())
                .add(ContributionBuckets.entryOf(c)));
        Map<String, Document> buckets = new TreeMap<>();
        entriesByDay.forEach((day, entries) -> buckets.put(day, ContributionBuckets.countsOf(entries)));
        return buckets;
    }

    private static Contribution contribution(String articleId, String name, List<String> aliases, List<String> roles,
            int mentions, String seenAt) {
        return new Contribution("person:jagmeet-singh", articleId, new ArticleVersion("v", "e"), name, "PERSON",
                aliases, roles, mentions, Instant.parse(seenAt));
    }
}
