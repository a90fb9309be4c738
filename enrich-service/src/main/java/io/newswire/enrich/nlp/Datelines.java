package io.newswire.enrich.nlp;

import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names of a dateline: the city and region as places, the news agency as an organisation. */
final class Datelines {

    /**
     * The names of a dateline: an all-capital city, then optionally ", Region", then optionally the news agency in
     * parentheses, before the dash; or the agency alone ("(CNN) —").
     */
    private static final Pattern DATELINE_NAMES = Pattern.compile(
            "\\s*(?:(\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3})(?:,\\s*(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}))?)?"
                    + "\\s*(?:\\(\\s*(\\p{Lu}[^)\\n]{0,38}?)\\s*\\))?\\s*[—–-]{1,2}\\s");

    private final Gazetteer gazetteer = Gazetteer.get();

    /**
     * The names of a dateline ("ROTTERDAM, Netherlands (Reuters) —"): the city as written and the region after it,
     * places, and the news agency, an organisation.
     */
    List<Run> names(AnalyzedText text) {
        List<Run> names = new ArrayList<>();
        if (text.field() == TextField.TITLE) {
            return names;
        }
        String s = text.text();
        int start = 0;
        Matcher breaks = UntrustedRanges.PARAGRAPH_BREAK.matcher(s);
        for (int index = 0; index < 3; index++) {
            boolean more = breaks.find();
            int end = more ? breaks.start() : s.length();
            Matcher dateline = DATELINE_NAMES.matcher(s).region(start, end);
            if (dateline.lookingAt() && (dateline.group(1) != null || dateline.group(3) != null)) {
                for (int group = 1; group <= 3; group++) {
                    if (dateline.group(group) != null) {
                        String name = dateline.group(group);
                        if (group == 1 && !isKnownPlace(text, dateline.start(group), dateline.end(group))) {
                            // "SOCCER - ENGLAND BEAT ...": a section label before a dash, not a city
                            continue;
                        }
                        names.add(new Run(text.field(), dateline.start(group), dateline.end(group), name,
                                group == 3 ? FoundEntity.ORGANIZATION : FoundEntity.LOCATION, name.split("\\s+").length,
                                true));
                    }
                }
            }
            if (!more) {
                break;
            }
            start = breaks.end();
        }
        return names;
    }

    /** A place the gazetteer knows, or one the tagger tagged as a place ("MILWAUKEE" is either). */
    private boolean isKnownPlace(AnalyzedText text, int start, int end) {
        if (gazetteer.placeType(text.text().substring(start, end)) != null) {
            return true;
        }
        return text.tokens().stream().anyMatch(t -> t.start() >= start && t.end() <= end
                && FoundEntity.LOCATION.equals(t.ner()));
    }
}
