package io.newswire.enrich.nlp;

import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A stretch of text named as a person, organisation or place before it is merged into an entity; {@code fixed}
 * when its type is known from the text around it ("the messaging app Chirply") or a well-known name, not only from
 * the tagger.
 */
record Run(TextField field, int start, int end, String text, String type, int words, boolean fixed) {

    Run(TextField field, int start, int end, String text, String type, int words) {
        this(field, start, end, text, type, words, false);
    }

    Run withType(String newType) {
        return new Run(field, start, end, text, newType, words, fixed);
    }

    /** One run per stretch of text: where runs overlap, a run whose type is known wins, then the longer. */
    static List<Run> withoutOverlaps(List<Run> runs) {
        List<Run> ranked = new ArrayList<>(runs);
        ranked.sort(Comparator.comparing(Run::fixed).reversed()
                .thenComparing(Comparator.comparingInt((Run r) -> r.end() - r.start()).reversed())
                .thenComparingInt(Run::start));
        NavigableMap<Integer, Run> kept = new TreeMap<>();
        for (Run run : ranked) {
            var before = kept.floorEntry(run.end() - 1);
            boolean overlaps = before != null && before.getValue().end() > run.start();
            if (!overlaps) {
                kept.put(run.start(), run);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
