package io.newswire.ingest.duplicates;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * MinHash signatures over the word shingles of a text, whose agreement estimates the Jaccard similarity of two
 * texts' shingle sets: the share of equal positions in two signatures is an unbiased estimate of it.
 *
 * <p>Words are the runs of letters and digits after NFKC, lower-casing and dropping diacritics, so punctuation,
 * case, typography and accents do not separate two versions of a story. Thread-safe and deterministic (fixed
 * seeds), so signatures computed by different instances or runs agree.
 */
public final class MinHasher {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private final int shingleSize;
    private final long[] multipliers;
    private final long[] increments;

    /**
     * @param hashes signature length (more: a finer estimate, more memory and time)
     * @param shingleSize words per shingle
     */
    public MinHasher(int hashes, int shingleSize) {
        if (hashes < 1 || shingleSize < 1) {
            throw new IllegalArgumentException("hashes and shingle size must be positive");
        }
        this.shingleSize = shingleSize;
        this.multipliers = new long[hashes];
        this.increments = new long[hashes];
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < hashes; i++) {
            state = mix(state + i);
            multipliers[i] = state | 1L;
            state = mix(state);
            increments[i] = state;
        }
    }

    /** Signature length. */
    public int hashes() {
        return multipliers.length;
    }

    /** The words a text is compared by, normalised. */
    public static String[] words(String text) {
        String folded = Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFKD);
        folded = DIACRITICS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
        String[] words = NON_WORD.split(folded.strip());
        return words.length == 1 && words[0].isEmpty() ? new String[0] : words;
    }

    /** How many shingles the text has: 0 when it has no word, 1 when it has fewer words than a shingle. */
    public int shingleCount(String[] words) {
        return words.length == 0 ? 0 : Math.max(1, words.length - shingleSize + 1);
    }

    /** The MinHash signature of the words' shingles; all {@link Long#MAX_VALUE} when there is no word. */
    public long[] signature(String[] words) {
        long[] signature = new long[multipliers.length];
        Arrays.fill(signature, Long.MAX_VALUE);
        int shingles = shingleCount(words);
        for (int start = 0; start < shingles; start++) {
            long shingle = shingleHash(words, start, Math.min(words.length, start + shingleSize));
            for (int i = 0; i < signature.length; i++) {
                long value = mix(shingle * multipliers[i] + increments[i]);
                if (value < signature[i]) {
                    signature[i] = value;
                }
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of the texts two signatures of this hasher were computed from. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different lengths: " + a.length + ", " + b.length);
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }

    private static long shingleHash(String[] words, int from, int to) {
        long hash = 0xCBF29CE484222325L;
        for (int w = from; w < to; w++) {
            String word = words[w];
            for (int c = 0; c < word.length(); c++) {
                hash = (hash ^ word.charAt(c)) * 0x100000001B3L;
            }
            hash = (hash ^ ' ') * 0x100000001B3L;
        }
        return mix(hash);
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
