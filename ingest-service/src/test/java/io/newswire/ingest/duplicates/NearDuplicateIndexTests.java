package io.newswire.ingest.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NearDuplicateIndexTests {

    static final double THRESHOLD = 0.4;
    private static final Instant T0 = Instant.parse("2025-06-04T14:00:00Z");
    private static final MinHasher HASHER = new MinHasher(120, 5);

    /** The pairs of {@code near-duplicates/pairs.csv}: first, second, whether they are near-duplicates. */
    static Stream<Arguments> pairs() throws IOException {
        return fixture("pairs.csv").lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split(","))
                .map(cells -> Arguments.of(cells[0], cells[1], "near-duplicate".equals(cells[2])));
    }

    @ParameterizedTest(name = "{0} / {1}: near-duplicate {2}")
    @MethodSource("pairs")
    void linksANearDuplicateToTheFirstAndNothingElse(String first, String second, boolean nearDuplicate)
            throws IOException {
        NearDuplicateIndex index = index(100);
        assertThat(index.add(first, fixture(first + ".txt"), T0)).isEmpty();
        assertThat(index.add(second, fixture(second + ".txt"), T0.plusSeconds(600)))
                .isEqualTo(nearDuplicate ? java.util.Optional.of(first) : java.util.Optional.empty());
    }

    @Test
    void separatesTheFixturePairsWithAMarginAroundTheThreshold() throws IOException {
        double lowestNear = 1;
        double highestDistinct = 0;
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (Arguments pair : pairs().toList()) {
            Object[] cells = pair.get();
            double similarity = MinHasher.similarity(signature((String) cells[0]), signature((String) cells[1]));
            boolean near = (boolean) cells[2];
            boolean predicted = similarity >= THRESHOLD;
            truePositives += near && predicted ? 1 : 0;
            falsePositives += !near && predicted ? 1 : 0;
            falseNegatives += near && !predicted ? 1 : 0;
            if (near) {
                lowestNear = Math.min(lowestNear, similarity);
            } else {
                highestDistinct = Math.max(highestDistinct, similarity);
            }
            System.out.printf("near-duplicates %-16s %-16s %-5s similarity %.3f%n", cells[0], cells[1], near, similarity);
        }
        System.out.printf("near-duplicates threshold %.2f: precision %d/%d recall %d/%d; lowest near %.3f, highest distinct %.3f%n",
                THRESHOLD, truePositives, truePositives + falsePositives, truePositives, truePositives + falseNegatives,
                lowestNear, highestDistinct);
        assertThat(lowestNear).isGreaterThanOrEqualTo(THRESHOLD + 0.1);
        assertThat(highestDistinct).isLessThanOrEqualTo(THRESHOLD - 0.3);
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
        return new NearDuplicateIndex(HASHER, 40, THRESHOLD, maxEntries, Duration.ofDays(7), 20);
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
