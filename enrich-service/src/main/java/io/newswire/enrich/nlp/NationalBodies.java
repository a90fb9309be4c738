package io.newswire.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An organisation's name and the country or province after it are one body: "NHS England", "Diabetes Canada". */
final class NationalBodies {

    private final Lexicon lexicon = Lexicon.get();
    private final Gazetteer gazetteer = Gazetteer.get();

    /**
     * An organisation's name followed by a country or province is one organisation ("NHS England", "Police
     * Scotland", "Toyota Canada"), and so is a capitalised word the tagger left out before one ("Diabetes Canada
     * called for ..."): the national body, not a body and a place. Words that qualify a place ("Atlantic Canada",
     * "Northern Ontario", "in Canada") are left alone.
     */
    List<Run> join(AnalyzedText text, List<Run> runs) {
        List<Run> joined = new ArrayList<>(runs.size());
        String s = text.text();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            Run next = i + 1 < runs.size() ? runs.get(i + 1) : null;
            if (next != null && FoundEntity.ORGANIZATION.equals(run.type()) && isNationalPlace(next)
                    && run.field() == next.field() && next.start() == run.end() + 1 && s.charAt(run.end()) == ' ') {
                joined.add(new Run(run.field(), run.start(), next.end(), s.substring(run.start(), next.end()),
                        FoundEntity.ORGANIZATION, run.words() + next.words(), true));
                i++;
                continue;
            }
            TextRange before = isNationalPlace(run) ? Words.before(s, run.start(), Math.max(0, run.start() - 40)) : null;
            if (before != null && before.end() + 1 == run.start() && s.charAt(before.end()) == ' '
                    && (joined.isEmpty() || joined.get(joined.size() - 1).end() <= before.start())
                    && isBodyWord(s.substring(before.start(), before.end()))) {
                joined.add(new Run(run.field(), before.start(), run.end(), s.substring(before.start(), run.end()),
                        FoundEntity.ORGANIZATION, run.words() + 1, true));
                continue;
            }
            joined.add(run);
        }
        return joined;
    }

    private boolean isNationalPlace(Run run) {
        if (!FoundEntity.LOCATION.equals(run.type())) {
            return false;
        }
        String type = gazetteer.placeType(run.text());
        return Gazetteer.COUNTRY.equals(type) || Gazetteer.STATE_OR_PROVINCE.equals(type);
    }

    /** A capitalised word that may name a body before a country ("Diabetes", "Elections"), not qualify the place. */
    private boolean isBodyWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.matches("\\p{Lu}\\p{Ll}+") && !Lexicon.FUNCTION_WORDS.contains(lower)
                && !EntityWords.PLACE_PREPOSITIONS.contains(lower) && !EntityWords.PLACE_QUALIFIERS.contains(lower)
                && !Lexicon.MONTHS_AND_DAYS.contains(lower) && !lexicon.isRoleHead(word) && !lexicon.isRoleModifier(word)
                && gazetteer.placesOf(word).isEmpty() && gazetteer.placeType(word) == null
                && !Lexicon.HONORIFICS.contains(lower);
    }
}
