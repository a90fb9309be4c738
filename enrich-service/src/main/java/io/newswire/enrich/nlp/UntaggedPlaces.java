package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.AnalyzedText.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Places the tagger left untagged where the text can only mean a place ("flew to Kigali."). */
final class UntaggedPlaces {

    private final Lexicon lexicon = Lexicon.get();
    private final Gazetteer gazetteer = Gazetteer.get();

    /**
     * Places the tagger left untagged where the text can only mean a place: one capitalised word the gazetteer
     * knows, after a preposition ("flew to Kigali."), or between an article and a noun ("on the Ullapool route",
     * "a Scarborough ward"), never written in lower case elsewhere in the article ("Police").
     */
    List<Run> find(AnalyzedText text, UntrustedRanges untrusted, List<Run> found,
            Set<String> lowerCaseWords) {
        List<Run> places = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = Texts.word(text, token);
            String before = Texts.word(text, tokens.get(i - 1));
            String after = i + 1 < tokens.size() ? Texts.word(text, tokens.get(i + 1)) : "";
            boolean afterPreposition = EntityWords.PLACE_PREPOSITIONS.contains(before) && !Texts.isCapitalised(after);
            // "the Ullapool route", not "the Union said" or "the Alliance wants"
            boolean modifier = Lexicon.DETERMINERS.contains(before.toLowerCase(Locale.ROOT)) && Texts.isLowerCase(after)
                    && !Lexicon.AUXILIARIES.contains(after) && lexicon.verb(after) == null
                    && !after.endsWith("ed") && !after.endsWith("s");
            if (!AnalyzedText.OUTSIDE.equals(token.ner()) || !word.matches("\\p{Lu}\\p{Ll}+")
                    || !afterPreposition && !modifier
                    || lowerCaseWords.contains(word.toLowerCase(Locale.ROOT))
                    || Lexicon.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    || Lexicon.MONTHS_AND_DAYS.contains(word.toLowerCase(Locale.ROOT))
                    || gazetteer.placeType(word) == null || untrusted.overlaps(token.start(), token.end())
                    || found.stream().anyMatch(r -> r.start() < token.end() && r.end() > token.start())) {
                continue;
            }
            places.add(new Run(text.field(), token.start(), token.end(), word, FoundEntity.LOCATION, 1));
        }
        return places;
    }

    /** The words an article writes in lower case ("police", "reading"): no place names where it capitalises them. */
    static Set<String> lowerCaseWords(List<AnalyzedText> fields) {
        Set<String> words = new HashSet<>();
        for (AnalyzedText text : fields) {
            for (Token token : text.tokens()) {
                String word = Texts.word(text, token);
                if (Texts.isLowerCase(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
