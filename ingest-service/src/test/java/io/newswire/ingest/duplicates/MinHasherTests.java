package io.newswire.ingest.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHasherTests {

    private final MinHasher hasher = new MinHasher(128, 5);

    @Test
    void foldsCaseAccentsAndPunctuationIntoWords() {
        assertThat(MinHasher.words("  Grève à LYON — « métro » perturbé, 2-1! "))
                .containsExactly("greve", "a", "lyon", "metro", "perturbe", "2", "1");
        assertThat(MinHasher.words(" … ")).isEmpty();
    }

    @Test
    void givesEqualSignaturesToTextsDifferingOnlyInTypography() {
        long[] a = hasher.signature(MinHasher.words("The quake struck Valparaíso — at 9 p.m., officials said."));
        long[] b = hasher.signature(MinHasher.words("the quake struck VALPARAISO - at 9 p.m. officials said"));
        assertThat(MinHasher.similarity(a, b)).isEqualTo(1.0);
    }

    @Test
    void estimatesTheJaccardSimilarityOfShingleSets() {
        String[] first = IntStream.range(0, 400).mapToObj(i -> "w" + i).toArray(String[]::new);
        String[] second = IntStream.range(100, 500).mapToObj(i -> "w" + i).toArray(String[]::new);
        // 5-word shingles: 396 each, 296 shared, so Jaccard = 296 / 496
        double exact = jaccard(shingles(first), shingles(second));
        assertThat(exact).isCloseTo(296.0 / 496, within(1e-9));
        assertThat(MinHasher.similarity(hasher.signature(first), hasher.signature(second))).isCloseTo(exact, within(0.1));
    }

    @Test
    void isDeterministicAcrossInstances() {
        String[] words = MinHasher.words("Substitute Daniel Okafor scored in the 88th minute as Northfield beat Riverside");
        assertThat(new MinHasher(128, 5).signature(words)).isEqualTo(hasher.signature(words));
    }

    @Test
    void treatsATextShorterThanAShingleAsOneShingle() {
        String[] words = MinHasher.words("Markets rally");
        assertThat(hasher.shingleCount(words)).isEqualTo(1);
        assertThat(MinHasher.similarity(hasher.signature(words), hasher.signature(MinHasher.words("markets RALLY."))))
                .isEqualTo(1.0);
    }

    private static Set<String> shingles(String[] words) {
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 5 <= words.length; i++) {
            shingles.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + 5)));
        }
        return shingles;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / union.size();
    }
}
