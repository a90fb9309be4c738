package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.AnalyzedText.Token;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Runs of tokens the named-entity tagger tagged alike, made into {@link Run}s: split at possessives and brackets,
 * stripped of titles and post-nominals, and retyped where the text around says a place, a team or a person.
 */
final class TaggedRuns {

    /** The party and state of an American lawmaker: "R-Mo.", "D-Calif.", "I-Vt.". */
    private static final Pattern PARTY_AND_STATE = Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]{0,6}");

    private final Lexicon lexicon = Lexicon.get();
    private final Gazetteer gazetteer = Gazetteer.get();

    /** The runs of tokens the tagger tagged alike, cleaned, split and retyped where the text says otherwise. */
    List<Run> find(AnalyzedText text, UntrustedRanges untrusted) {
        List<Run> runs = new ArrayList<>();
        List<Token> tokens = text.tokens();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tokens.get(i).ner();
            if (!isEntityTag(tag)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tag.equals(tokens.get(j).ner())
                    && tokens.get(j).start() - tokens.get(j - 1).end() <= 1
                    && text.text().charAt(tokens.get(j - 1).end()) != '\n') {
                // a name never runs over a line break (tables, headings)
                j++;
            }
            addRuns(text, i, j, tag, untrusted, runs);
            i = j;
        }
        return runs;
    }

    private static boolean isEntityTag(String tag) {
        return FoundEntity.PERSON.equals(tag) || FoundEntity.ORGANIZATION.equals(tag)
                || FoundEntity.LOCATION.equals(tag);
    }

    /** Cleans one tagged stretch and splits it at possessives ("Islamic Revolutionary Guard Corps' Qods Force"). */
    private void addRuns(AnalyzedText text, int from, int to, String type, UntrustedRanges untrusted, List<Run> runs) {
        List<Token> tokens = text.tokens();
        int start = from;
        for (int k = from; k <= to; k++) {
            // "Islamic Revolutionary Guard Corps' Qods Force" is two organisations; "Moody's Analytics" is one
            boolean bracket = k < to && Texts.word(text, tokens.get(k)).matches("[()\\[\\]{}]");
            if (k == to || bracket || isPossessive(Texts.word(text, tokens.get(k))) && k - start >= 2) {
                // "Agency's (IAEA) Board of Governors": a bracket ends a name
                addRun(text, start, k, type, untrusted, runs);
                start = k + 1;
            }
        }
    }

    /** Cleans one tagged stretch and adds it to the runs, unless what is left of it names nothing. */
    private void addRun(AnalyzedText text, int from, int to, String type, UntrustedRanges untrusted, List<Run> runs) {
        Stretch stretch = trimmed(text, retyped(text, from, to, type));
        if (!namesNothing(text, stretch, untrusted)) {
            runs.add(run(text, stretch));
        }
    }

    /** Tokens {@code from} up to {@code to} and the type they are taken for, while a run is being cleaned. */
    private record Stretch(int from, int to, String type) {
    }

    /** A place the tagger took for a person or an organisation is a place, maybe with a word it left out. */
    private Stretch retyped(AnalyzedText text, int from, int to, String type) {
        List<Token> tokens = text.tokens();
        if (!FoundEntity.LOCATION.equals(type) && from > 0 && Texts.isCapitalised(Texts.word(text, tokens.get(from - 1)))
                && gazetteer.placeType(text.text().substring(tokens.get(from - 1).start(), tokens.get(to - 1).end())) != null
                && afterPlacePreposition(text, from - 1)) {
            // "in Moose Jaw and Prince Albert": "Albert" tagged as a person, "Prince" left out
            return new Stretch(from - 1, to, FoundEntity.LOCATION);
        } else if (!FoundEntity.LOCATION.equals(type) && isPlace(text, from, to, type)) {
            return new Stretch(from, to, FoundEntity.LOCATION);
        }
        return new Stretch(from, to, type);
    }

    /** Drops what is no part of the name: titles, "the", punctuation, a lower-case noun, post-nominal letters. */
    private Stretch trimmed(AnalyzedText text, Stretch stretch) {
        List<Token> tokens = text.tokens();
        int from = stretch.from();
        int to = stretch.to();
        String type = stretch.type();
        boolean person = FoundEntity.PERSON.equals(type);
        if (person) {
            // "Austin Mayor Leo Ferrante" tagged whole: the name starts after the last title word
            for (int k = to - 2; k >= from; k--) {
                if (lexicon.isRoleHead(Texts.word(text, tokens.get(k)))) {
                    from = k + 1;
                    break;
                }
            }
        }
        while (from < to && droppableAtStart(Texts.word(text, tokens.get(from)), type)) {
            from++;
        }
        while (!person && to - from > 1 && to < tokens.size() && FoundEntity.PERSON.equals(tokens.get(to).ner())
                && lexicon.isRoleHead(Texts.word(text, tokens.get(to - 1)))) {
            // "Ontario Superior Court Justice Marie-Claire Dion": the title before the person is theirs
            to--;
        }
        while (to > from && (!hasLetterOrDigit(Texts.word(text, tokens.get(to - 1)))
                || !person && to - from > 1 && Texts.isLowerCase(Texts.word(text, tokens.get(to - 1)))
                || person && to - from > 1 && EntityWords.POST_NOMINALS.contains(Texts.word(text, tokens.get(to - 1))))) {
            // "the union's Maple Air council": the lower-case noun is no part of the name; "Jonathan Reece KC": nor
            // the letters after a person's name
            to--;
        }
        return person ? new Stretch(from, to, type) : withoutPortfolio(text, new Stretch(from, to, type));
    }

    /** "Quebec Labour Minister": the portfolio belongs to the title, the place before it stays. */
    private Stretch withoutPortfolio(AnalyzedText text, Stretch stretch) {
        List<Token> tokens = text.tokens();
        int from = stretch.from();
        int to = stretch.to();
        if (to > from && to < tokens.size() && lexicon.isRoleHead(Texts.word(text, tokens.get(to)))) {
            int placeEnd = to;
            while (placeEnd > from + 1 && lexicon.isRoleModifier(Texts.word(text, tokens.get(placeEnd - 1)))
                    && Texts.isCapitalised(Texts.word(text, tokens.get(placeEnd - 1)))) {
                placeEnd--;
            }
            String place = text.text().substring(tokens.get(from).start(), tokens.get(placeEnd - 1).end());
            if (placeEnd < to && gazetteer.placeType(place) != null) {
                return new Stretch(from, placeEnd, FoundEntity.LOCATION);
            }
        }
        return stretch;
    }

    /** What is left names no entity: nothing, a bill, a portfolio, a party and state, or it stands untrusted. */
    private boolean namesNothing(AnalyzedText text, Stretch stretch, UntrustedRanges untrusted) {
        List<Token> tokens = text.tokens();
        int from = stretch.from();
        int to = stretch.to();
        String type = stretch.type();
        boolean person = FoundEntity.PERSON.equals(type);
        if (from >= to) {
            return true;
        }
        if (person && to - from == 1 && to < tokens.size() && Texts.word(text, tokens.get(to)).matches("\\d+")) {
            // "Bill 41" is a bill
            return true;
        }
        if (!person && followsTitle(text, from)) {
            // "Minister of State for Digital Affairs": a portfolio, not an organisation
            return true;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        if (untrusted.overlaps(start, end) && !(text.field() == TextField.TITLE && FoundEntity.LOCATION.equals(type)
                && Gazetteer.COUNTRY.equals(gazetteer.placeType(text.text().substring(start, end))))) {
            // a country is a country even in a Title Case headline ("Germany's Rail Network Grinds to a Halt")
            return true;
        }
        if (!person && isPortfolio(text, from, to)) {
            return true;
        }
        String surface = text.text().substring(start, end);
        // "Sen. Josh Hawley, R-Mo.,": a party and a state's abbreviation, no name
        return surface.codePoints().noneMatch(Character::isUpperCase) || PARTY_AND_STATE.matcher(surface).matches();
    }

    /** The run of a cleaned stretch, typed as a person or an organisation where the words around say so. */
    private Run run(AnalyzedText text, Stretch stretch) {
        List<Token> tokens = text.tokens();
        int from = stretch.from();
        int to = stretch.to();
        String type = stretch.type();
        int words = 0;
        for (int k = from; k < to; k++) {
            if (hasLetterOrDigit(Texts.word(text, tokens.get(k)))) {
                words++;
            }
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String surface = text.text().substring(start, end);
        if (!FoundEntity.PERSON.equals(type) && isAppositiveOfAPerson(text, from, to)) {
            return new Run(text.field(), start, end, surface, FoundEntity.PERSON, words, true);
        }
        if (FoundEntity.LOCATION.equals(type) && isTeamOrCompany(text, from, to)) {
            return new Run(text.field(), start, end, surface, FoundEntity.ORGANIZATION, words, true);
        }
        return new Run(text.field(), start, end, surface, type, words);
    }

    /**
     * "Its chairman, Newton Wang'oo, said": a short name set off by commas after a person's title is a person's,
     * unless it holds a word of organisations' or places' names.
     */
    private boolean isAppositiveOfAPerson(AnalyzedText text, int from, int to) {
        List<Token> tokens = text.tokens();
        if (from < 2 || to - from > 3 || to >= tokens.size() || !Texts.word(text, tokens.get(from - 1)).equals(",")
                || !Texts.word(text, tokens.get(to)).matches("[,.]")
                || !lexicon.isRoleHead(Texts.word(text, tokens.get(from - 2)))
                || !Texts.isLowerCase(Texts.word(text, tokens.get(from - 2)))) {
            return false;
        }
        String name = text.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
        return gazetteer.placeType(name) == null && lexicon.knownName(name) == null
                && Texts.splitOnSpaces(name).stream().noneMatch(w -> EntityWords.ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT))
                        || EntityWords.PLACE_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /**
     * A place the tagger took for a person or an organisation: a place the gazetteer knows after a preposition of
     * place ("families in Moose Jaw and Prince Albert"), or a country tagged as an organisation ("Israel said").
     */
    private boolean isPlace(AnalyzedText text, int from, int to, String type) {
        List<Token> tokens = text.tokens();
        if (from >= to) {
            return false;
        }
        String name = text.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
        String placeType = gazetteer.placeType(name);
        if (placeType == null) {
            return false;
        }
        return afterPlacePreposition(text, from) || FoundEntity.ORGANIZATION.equals(type)
                && Gazetteer.COUNTRY.equals(placeType);
    }

    /** Whether a preposition of place stands before the token, maybe with other names listed between ("in X and"). */
    private static boolean afterPlacePreposition(AnalyzedText text, int index) {
        List<Token> tokens = text.tokens();
        for (int k = index - 1; k >= Math.max(0, index - 8); k--) {
            String word = Texts.word(text, tokens.get(k));
            if (EntityWords.PLACE_PREPOSITIONS.contains(word)) {
                return true;
            }
            boolean listed = word.equals(",") || word.equals("and") || word.equals("or");
            if (!listed && !(k < index - 1 && Texts.isCapitalised(word))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A name the tagger took for a place that names a team, a club or a company: a place followed by words that
     * are not geographic ("Minnesota Wild", "Toronto Star"), a name followed by what only an organisation has
     * ("Kingsmere City manager", "Bramley fans"), or described as one ("the GreenLeft-Labour alliance").
     */
    private boolean isTeamOrCompany(AnalyzedText text, int from, int to) {
        List<Token> tokens = text.tokens();
        String next = to < tokens.size() ? Texts.word(text, tokens.get(to)) : "";
        boolean described = EntityWords.ORGANISATION_NOUNS.contains(next) && from > 0
                && Lexicon.DETERMINERS.contains(Texts.word(text, tokens.get(from - 1)).toLowerCase(Locale.ROOT));
        if ((EntityWords.ORGANISATION_ONLY_ROLES.contains(next.toLowerCase(Locale.ROOT)) || described)
                && gazetteer.placeType(text.text().substring(tokens.get(from).start(), tokens.get(to - 1).end())) == null) {
            return true;
        }
        if (to - from < 2 || gazetteer.placeType(text.text().substring(tokens.get(from).start(),
                tokens.get(to - 1).end())) != null) {
            return false;
        }
        for (int split = from + 1; split < to; split++) {
            String place = text.text().substring(tokens.get(from).start(), tokens.get(split - 1).end());
            if (gazetteer.placeType(place) != null) {
                for (int k = split; k < to; k++) {
                    String word = Texts.word(text, tokens.get(k));
                    if (!Texts.isCapitalised(word) || EntityWords.PLACE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private boolean droppableAtStart(String word, String type) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!hasLetterOrDigit(word) || lower.equals("the")) {
            return true;
        }
        return FoundEntity.PERSON.equals(type) && (Lexicon.HONORIFICS.contains(lower) || lexicon.isRoleHead(word)
                || lexicon.isRoleModifier(word));
    }

    /** "Foreign Affairs" in "Foreign Affairs Minister" is part of a title, not an organisation. */
    private boolean isPortfolio(AnalyzedText text, int from, int to) {
        List<Token> tokens = text.tokens();
        if (to >= tokens.size() || !lexicon.isRoleHead(Texts.word(text, tokens.get(to)))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String word = Texts.word(text, tokens.get(k));
            if (!lexicon.isRoleModifier(word) && !lexicon.isRoleHead(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tokens before stand for a capitalised title ending in "of" or "for" ("Minister of State for"). */
    private boolean followsTitle(AnalyzedText text, int from) {
        List<Token> tokens = text.tokens();
        if (from < 2 || !Texts.word(text, tokens.get(from - 1)).matches("of|for")) {
            return false;
        }
        for (int k = from - 2; k >= Math.max(0, from - 5); k--) {
            String w = Texts.word(text, tokens.get(k));
            if (FoundEntity.PERSON.equals(tokens.get(k).ner())) {
                // "Rep. Dale Hutchins of Texas": the title is the person's, "Texas" a place
                return false;
            }
            if (lexicon.isRoleHead(w) && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
            if (!Character.isUpperCase(w.charAt(0)) && !w.matches("of|for|and")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("’s") || word.equals("'") || word.equals("’");
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
