package io.newswire.ingest.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NearDuplicateIndexTests {

    static final double THRESHOLD = 0.3;
    private static final Instant T0 = Instant.parse("2025-06-04T14:00:00Z");
    private static final MinHasher HASHER = new MinHasher(120, 5);

    /**
     * Every pair of the fixtures in {@code near-duplicates/stories.csv}: first, second, whether they are
     * near-duplicates (the same story).
     */
    static Stream<Arguments> pairs() throws IOException {
        List<String[]> stories = fixture("stories.csv").lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split(",")).toList();
        List<Arguments> pairs = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            for (int j = i + 1; j < stories.size(); j++) {
                pairs.add(Arguments.of(stories.get(i)[0], stories.get(j)[0], stories.get(i)[1].equals(stories.get(j)[1])));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} / {1}: near-duplicate {2}")
    @MethodSource("pairs")
    void linksANearDuplicateToTheFirstAndNothingElse(String first, String second, boolean nearDuplicate)
            throws IOException {
        NearDuplicateIndex index = index(100);
        assertThat(index.add(first, fixture(first + ".txt"), T0)).isEmpty();
        assertThat(index.add(second, fixture(second + ".txt"), T0.plusSeconds(600)))
                .isEqualTo(nearDuplicate ? Optional.of(first) : Optional.empty());
    }

    @Test
    void separatesTheFixturePairsWithAMarginAroundTheThreshold() throws IOException {
        List<Object[]> pairs = pairs().map(Arguments::get).toList();
        double[] similarities = new double[pairs.size()];
        double lowestNear = 1;
        double highestDistinct = 0;
        for (int p = 0; p < pairs.size(); p++) {
            Object[] pair = pairs.get(p);
            similarities[p] = MinHasher.similarity(signature((String) pair[0]), signature((String) pair[1]));
            if ((boolean) pair[2]) {
                lowestNear = Math.min(lowestNear, similarities[p]);
            } else {
                highestDistinct = Math.max(highestDistinct, similarities[p]);
            }
        }
        for (double threshold : new double[] {0.1, 0.2, THRESHOLD, 0.4, 0.5, 0.6, 0.7}) {
            int truePositives = 0;
            int predicted = 0;
            int actual = 0;
            for (int p = 0; p < pairs.size(); p++) {
                boolean near = (boolean) pairs.get(p)[2];
                boolean found = similarities[p] >= threshold;
                truePositives += near && found ? 1 : 0;
                predicted += found ? 1 : 0;
                actual += near ? 1 : 0;
            }
            System.out.printf("near-duplicates over %d pairs at threshold %.2f: precision %d/%d, recall %d/%d%n",
                    pairs.size(), threshold, truePositives, predicted, truePositives, actual);
        }
        System.out.printf("near-duplicates: lowest near-duplicate %.3f, highest distinct %.3f%n", lowestNear,
                highestDistinct);
        assertThat(lowestNear).isGreaterThanOrEqualTo(THRESHOLD + 0.05);
        assertThat(highestDistinct).isLessThanOrEqualTo(THRESHOLD - 0.2);
    }

    @Test
    void answersTheFirstOfAChainOfNearDuplicates() throws IOException {
        NearDuplicateIndex index = index(100);
        index.add("wire", fixture("quake-wire.txt"), T0);
        index.add("outlet-a", fixture("quake-outlet-a.txt"), T0.plusSeconds(60));
        assertThat(index.add("outlet-b", fixture("quake-outlet-b.txt"), T0.plusSeconds(120))).contains("wire");
    }

    @Test
    void neverMatchesAnArticleWithAnEarlierVersionOfItself() throws IOException {
        NearDuplicateIndex index = index(100);
        index.add("wire", fixture("quake-wire.txt"), T0);
        assertThat(index.add("wire", fixture("quake-outlet-b.txt"), T0.plusSeconds(60))).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void ignoresArticlesOutsideTheWindow() throws IOException {
        NearDuplicateIndex index = index(100);
        index.add("wire", fixture("rates-wire.txt"), T0);
        assertThat(index.add("late", fixture("rates-outlet-a.txt"), T0.plus(Duration.ofDays(8)))).isEmpty();
        assertThat(index.add("early", fixture("rates-outlet-a.txt"), T0.minus(Duration.ofDays(6)))).contains("wire");
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacity() throws IOException {
        NearDuplicateIndex index = index(2);
        index.add("quake", fixture("quake-wire.txt"), T0);
        index.add("rates", fixture("rates-wire.txt"), T0);
        index.add("match", fixture("match-wire.txt"), T0);
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.add("quake-again", fixture("quake-outlet-a.txt"), T0)).isEmpty();
        assertThat(index.add("match-again", fixture("match-outlet-a.txt"), T0)).contains("match");
    }

    @Test
    void forgetsAnArticleOnRequest() throws IOException {
        NearDuplicateIndex index = index(100);
        index.add("wire", fixture("greve-wire.txt"), T0);
        index.forget("wire");
        assertThat(index.size()).isZero();
        assertThat(index.add("outlet", fixture("greve-outlet-a.txt"), T0)).isEmpty();
    }

    @Test
    void leavesOutTextsTooShortToTell() {
        NearDuplicateIndex index = index(100);
        assertThat(index.add("a", "Markets rally as rates fall", T0)).isEmpty();
        assertThat(index.add("b", "Markets rally as rates fall", T0)).isEmpty();
        assertThat(index.size()).isZero();
    }

    private static NearDuplicateIndex index(int maxEntries) {
        return new NearDuplicateIndex(HASHER, 60, THRESHOLD, maxEntries, Duration.ofDays(7), 20);
    }

    private static long[] signature(String name) throws IOException {
        return HASHER.signature(MinHasher.words(fixture(name + ".txt")));
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = NearDuplicateIndexTests.class.getResourceAsStream("/near-duplicates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
