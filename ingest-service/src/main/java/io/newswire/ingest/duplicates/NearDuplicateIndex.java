package io.newswire.ingest.duplicates;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A bounded, in-memory index of recently seen articles that tells whether a new one is a near-duplicate (the same
 * story re-run with small edits) of one seen before, and if so which was seen first.
 *
 * <p>Articles are compared by the estimated Jaccard similarity of their word shingles ({@link MinHasher}); locality
 * sensitive hashing over bands of the signature finds the candidates without comparing against every entry. Two
 * articles are near-duplicates when their estimate reaches the threshold and their times lie within the window.
 * Holds at most {@code maxEntries} articles, forgetting the least recently added or matched first. Thread-safe.
 */
public final class NearDuplicateIndex {

    private final MinHasher hasher;
    private final int bands;
    private final int rows;
    private final double threshold;
    private final int maxEntries;
    private final Duration window;
    private final int minWords;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);
    /** Band key to the one {@link Entry} in that bucket or an {@code Entry[]} of several: most hold one. */
    private final Map<Long, Object> buckets = new HashMap<>();
    private long sequence;

    /**
     * @param hasher computes the signatures; its length must be a multiple of {@code bands}
     * @param bands LSH bands: more bands find pairs of lower similarity as candidates, at more memory per entry
     * @param threshold least estimated Jaccard similarity of two near-duplicates, in (0, 1]
     * @param maxEntries most articles remembered
     * @param window greatest distance between the times of two near-duplicates
     * @param minWords fewer words than this and an article is neither matched nor remembered: too short to tell a
     *        re-run from a stock phrase
     */
    public NearDuplicateIndex(MinHasher hasher, int bands, double threshold, int maxEntries, Duration window,
            int minWords) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        if (bands < 1 || hasher.hashes() % bands != 0) {
            throw new IllegalArgumentException(bands + " bands do not divide " + hasher.hashes() + " hashes");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("max entries must be positive, was " + maxEntries);
        }
        this.bands = bands;
        this.rows = hasher.hashes() / bands;
        this.threshold = threshold;
        this.maxEntries = maxEntries;
        this.window = Objects.requireNonNull(window, "window");
        this.minWords = minWords;
    }

    /**
     * Remembers the text of an article (replacing what was remembered for an earlier version of the same id) and
     * answers the id of the earliest-seen article it is a near-duplicate of, if any. A near-duplicate of a
     * near-duplicate is answered the first article of the chain.
     *
     * @param articleId the article's id; never matched against itself
     * @param text the article's title and body
     * @param time when the article was published (else ingested), compared with the window
     */
    public Optional<String> add(String articleId, String text, Instant time) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(time, "time");
        String[] words = MinHasher.words(text);
        if (words.length < minWords) {
            forget(articleId);
            return Optional.empty();
        }
        long[] signature = hasher.signature(words);
        long[] keys = bandKeys(signature);
        synchronized (this) {
            forget(articleId);
            Entry earliest = earliestMatch(articleId, keys, signature, time);
            Entry entry = earliest == null
                    ? new Entry(articleId, signature, time, articleId, sequence++)
                    : new Entry(articleId, signature, time, earliest.originalId, earliest.originalSequence);
            if (earliest != null) {
                entries.get(earliest.articleId); // a matched article is recently used
            }
            entries.put(articleId, entry);
            for (long key : keys) {
                buckets.merge(key, entry, NearDuplicateIndex::join);
            }
            evictBeyondCapacity();
            return earliest == null ? Optional.empty() : Optional.of(earliest.originalId);
        }
    }

    /**
     * The id of the earliest-seen article the text is a near-duplicate of, as {@link #add} would answer, without
     * remembering anything: what a dry run shows.
     */
    public Optional<String> find(String articleId, String text, Instant time) {
        String[] words = MinHasher.words(text);
        if (words.length < minWords) {
            return Optional.empty();
        }
        long[] signature = hasher.signature(words);
        long[] keys = bandKeys(signature);
        synchronized (this) {
            Entry earliest = earliestMatch(articleId, keys, signature, time);
            return earliest == null ? Optional.empty() : Optional.of(earliest.originalId);
        }
    }

    private Entry earliestMatch(String articleId, long[] keys, long[] signature, Instant time) {
        Entry earliest = null;
        for (long key : keys) {
            for (Entry candidate : bucket(key)) {
                if (!candidate.articleId.equals(articleId) && isEarlierMatch(candidate, earliest, signature, time)) {
                    earliest = candidate;
                }
            }
        }
        return earliest;
    }

    /** Forgets an article, e.g. one whose publication failed. */
    public synchronized void forget(String articleId) {
        Entry entry = entries.remove(articleId);
        if (entry != null) {
            unlink(entry);
        }
    }

    /** How many articles are remembered. */
    public synchronized int size() {
        return entries.size();
    }

    private boolean isEarlierMatch(Entry candidate, Entry earliest, long[] signature, Instant time) {
        if (earliest != null && candidate.originalSequence >= earliest.originalSequence) {
            return false;
        }
        if (Duration.between(candidate.time, time).abs().compareTo(window) > 0) {
            return false;
        }
        return MinHasher.similarity(candidate.signature, signature) >= threshold;
    }

    private void evictBeyondCapacity() {
        Iterator<Entry> eldest = entries.values().iterator();
        while (entries.size() > maxEntries) {
            Entry entry = eldest.next();
            eldest.remove();
            unlink(entry);
        }
    }

    private void unlink(Entry entry) {
        for (long key : bandKeys(entry.signature)) {
            buckets.computeIfPresent(key, (k, members) -> without(members, entry));
        }
    }

    private Entry[] bucket(long key) {
        Object members = buckets.get(key);
        return members == null ? new Entry[0] : members instanceof Entry one ? new Entry[] {one} : (Entry[]) members;
    }

    private static Object join(Object members, Object added) {
        Entry[] old = members instanceof Entry one ? new Entry[] {one} : (Entry[]) members;
        Entry[] joined = Arrays.copyOf(old, old.length + 1);
        joined[old.length] = (Entry) added;
        return joined;
    }

    /** The members less the entry; {@code null} (removing the bucket) when none is left. */
    private static Object without(Object members, Entry entry) {
        if (members == entry) {
            return null;
        }
        if (members instanceof Entry) {
            return members;
        }
        Entry[] old = (Entry[]) members;
        Entry[] left = Arrays.stream(old).filter(member -> member != entry).toArray(Entry[]::new);
        return left.length == 0 ? null : left.length == 1 ? left[0] : left;
    }

    private long[] bandKeys(long[] signature) {
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long key = 0x9E3779B97F4A7C15L * (band + 1);
            for (int row = band * rows; row < (band + 1) * rows; row++) {
                key = Long.rotateLeft(key ^ signature[row], 31) * 0xBF58476D1CE4E5B9L;
            }
            keys[band] = key;
        }
        return keys;
    }

    private record Entry(String articleId, long[] signature, Instant time, String originalId,
            long originalSequence) {
    }
}
