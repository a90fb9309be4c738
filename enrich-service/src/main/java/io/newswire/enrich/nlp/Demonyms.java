package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Demonyms ("Canadian", "Iranian") as adjectival mentions of the places the article names: they add to a place's
 * salience but are left out of the event's mentions and aliases (a nationality is no name of the place).
 */
final class Demonyms {

    private final Lexicon lexicon = Lexicon.get();
    private final Gazetteer gazetteer = Gazetteer.get();

    /**
     * "Canadian", "Iranian": a demonym becomes a mention of the place it stands for when the article names that
     * place. A demonym alone creates no entity (the annotators count adjectival mentions as optional at most, and
     * on the dev corpus an entity from a demonym alone was more often unwanted than wanted). A demonym inside
     * another mention ("Canadian Armed Forces") or after a capitalised word ("Latin American") is left alone.
     */
    void addMentions(List<AnalyzedText> fields, List<FoundEntity> entities) {
        List<FoundEntity> places = entities.stream().filter(e -> FoundEntity.LOCATION.equals(e.type())).toList();
        if (places.isEmpty()) {
            return;
        }
        for (AnalyzedText text : fields) {
            String s = text.text();
            NavigableMap<Integer, Integer> taken = new TreeMap<>();
            for (FoundEntity entity : entities) {
                for (FoundMention mention : entity.mentions()) {
                    if (mention.field() == text.field()) {
                        taken.put(mention.start(), mention.end());
                    }
                }
            }
            Matcher matcher = gazetteer.demonymPattern().matcher(s);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                var before = taken.floorEntry(end - 1);
                TextRange previous = Words.before(s, start, Math.max(0, start - 40));
                boolean afterName = previous != null && previous.end() + 1 == start && s.charAt(previous.end()) == ' '
                        && Texts.isNameLike(previous.in(s))
                        && !lexicon.isRoleHead(previous.in(s))
                        && !lexicon.isRoleModifier(previous.in(s));
                if (before != null && before.getValue() > start || afterName) {
                    continue;
                }
                FoundEntity place = placeCalled(places, gazetteer.placesOf(matcher.group()));
                if (place != null) {
                    place.addAdjectival(text.field(), start, end, matcher.group());
                    taken.put(start, end);
                }
            }
        }
    }

    /** The place of the article called by one of the names, or {@code null}. */
    private FoundEntity placeCalled(List<FoundEntity> places, List<String> names) {
        for (String name : names) {
            for (FoundEntity place : places) {
                if (FoundEntity.normalForm(place.name()).equals(FoundEntity.normalForm(name)) || place.knownAs(name)
                        || place.wellKnown() && lexicon.knownForms(place.name()).contains(name)) {
                    return place;
                }
            }
        }
        return null;
    }
}
