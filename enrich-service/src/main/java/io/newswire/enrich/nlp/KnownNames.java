package io.newswire.enrich.nlp;

import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Well-known names and acronyms from the {@link Lexicon} that the tagger missed ("NATO", "U.S."). */
final class KnownNames {

    private final Lexicon lexicon = Lexicon.get();
    private final Pattern knownNamePattern = formsPattern(lexicon.allKnownForms());

    /**
     * Adds the well-known names the tagger missed to the runs of a field; a well-known name replaces what the tagger
     * found inside it ("Statistics Austria" over "Austria").
     */
    void addTo(AnalyzedText text, UntrustedRanges untrusted, List<Run> found) {
        List<Run> known = knownNameRuns(text, untrusted, found);
        found.removeIf(r -> known.stream().anyMatch(k -> k.start() <= r.start() && k.end() >= r.end()));
        found.addAll(known);
    }

    /** Well-known names and acronyms the tagger missed ("NATO", "U.S."), where entities may be created. */
    private List<Run> knownNameRuns(AnalyzedText text, UntrustedRanges untrusted, List<Run> tagged) {
        List<Run> runs = new ArrayList<>();
        NavigableMap<Integer, Integer> taken = new TreeMap<>();
        tagged.forEach(r -> taken.put(r.start(), r.end()));
        Matcher matcher = knownNamePattern.matcher(text.text());
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (untrusted.overlaps(start, end) && text.field() != TextField.TITLE) {
                // a well-known name is one even in a Title Case headline, but a dateline's agency is no acronym
                continue;
            }
            var before = taken.floorEntry(end - 1);
            boolean covered = before != null && before.getValue() > start
                    && !(before.getKey() >= start && before.getValue() <= end && before.getValue() - before.getKey() < end - start
                    && (taken.lowerEntry(before.getKey()) == null || taken.lowerEntry(before.getKey()).getValue() <= start));
            if (!covered) {
                Lexicon.KnownName known = lexicon.knownName(matcher.group());
                runs.add(new Run(text.field(), start, end, matcher.group(), known.type(),
                        matcher.group().split("\\s+").length));
            }
        }
        return runs;
    }

    /** A pattern of any of the forms as a whole word, the longest first. */
    static Pattern formsPattern(Collection<String> forms) {
        String alternatives = forms.stream().filter(f -> !f.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }
}
