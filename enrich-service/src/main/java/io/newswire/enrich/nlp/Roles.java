package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.AnalyzedText.Token;
import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.events.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The roles of people: a title before a name ("U.S. President", "NDP leader,") or in apposition after it
 * ("Jagmeet Singh, the NDP leader,"), and a first name the tagger left out after a title.
 */
final class Roles {

    private static final int MAX_ROLE_TOKENS = 8;

    private final Lexicon lexicon = Lexicon.get();
    private final Gazetteer gazetteer = Gazetteer.get();

    /** Completes the first names and finds the roles of the people among the entities. */
    void addTo(List<FoundEntity> entities, Map<TextField, AnalyzedText> texts, Map<TextField, UntrustedRanges> untrusted) {
        for (FoundEntity entity : entities) {
            if (entity.isPerson()) {
                completeFirstName(entity, texts);
                findRoles(entity, texts, untrusted);
            }
        }
    }

    /**
     * "Quebec Health Minister Christian Dubé" where the tagger found only a later "Dubé": a capitalised word
     * between a title and the surname is the first name, and the person is called by both.
     */
    private void completeFirstName(FoundEntity person, Map<TextField, AnalyzedText> texts) {
        if (Texts.splitOnSpaces(person.name()).size() != 1) {
            return;
        }
        for (FoundMention mention : List.copyOf(person.mentions())) {
            AnalyzedText text = texts.get(mention.field());
            int index = text == null ? -1 : tokenAt(text, mention.start());
            if (index < 2) {
                continue;
            }
            Token first = text.tokens().get(index - 1);
            String word = Texts.word(text, first);
            if (AnalyzedText.OUTSIDE.equals(first.ner()) && mention.start() - first.end() == 1
                    && word.matches("\\p{Lu}\\p{Ll}+") && !Lexicon.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    && !lexicon.isRoleHead(word) && !lexicon.isRoleModifier(word) && gazetteer.placeType(word) == null
                    && gazetteer.placesOf(word).isEmpty() && lexicon.isRoleHead(Texts.word(text, text.tokens().get(index - 2)))) {
                String full = text.text().substring(first.start(), mention.end());
                person.widen(mention, first.start(), full);
                person.rename(full);
            }
        }
    }

    private void findRoles(FoundEntity person, Map<TextField, AnalyzedText> texts,
            Map<TextField, UntrustedRanges> untrusted) {
        for (FoundMention mention : List.copyOf(person.mentions())) {
            AnalyzedText text = texts.get(mention.field());
            if (text == null || untrusted.get(mention.field()).overlaps(mention.start(), mention.end())) {
                continue;
            }
            int first = tokenAt(text, mention.start());
            int last = tokenEndingAt(text, mention.end());
            if (first < 0 || last < 0) {
                continue;
            }
            TitleBefore before = roleBefore(text, first);
            if (before != null) {
                person.addRole(before.range().in(text.text()));
                if (!mention.text().equals(person.name()) && !before.afterComma()) {
                    person.addAlias(text.text().substring(before.range().start(), mention.end()));
                }
            }
            TextRange after = roleAfter(text, last);
            if (after != null) {
                person.addRole(after.in(text.text()));
            }
        }
    }

    /** A title just before a name ("U.S. President", "NDP leader,"), maybe with a comma between. */
    private record TitleBefore(TextRange range, boolean afterComma) {
    }

    /** A title just before a name ("U.S. President", "NDP leader,"), or {@code null}. */
    private TitleBefore roleBefore(AnalyzedText text, int nameToken) {
        List<Token> tokens = text.tokens();
        int sentenceStart = sentenceStart(text, tokens.get(nameToken).start());
        int i = nameToken - 1;
        boolean comma = false;
        if (i >= 1 && Texts.word(text, tokens.get(i)).equals(",") && tokens.get(i - 1).start() >= sentenceStart
                && lexicon.isRoleHead(Texts.word(text, tokens.get(i - 1)))) {
            comma = true;
            i--;
        }
        int end = i;
        int first = firstTitleWord(text, end, sentenceStart);
        while (first <= end && !isRoleStart(Texts.word(text, tokens.get(first)))
                && !(Texts.word(text, tokens.get(first)).equals("New") && first < end)) {
            first++;
        }
        while (end >= first && isCourtesyTitle(Texts.word(text, tokens.get(end)))) {
            // "Political analyst Dr Fiona Leckie": the courtesy title is no part of the role
            end--;
        }
        first = afterTitleOfAnother(text, first, end);
        if (first > end || !containsHead(text, first, end) || Texts.word(text, tokens.get(end)).matches("for|of|to")) {
            // "a spokesman for Thune": the title is someone else's
            return null;
        }
        return new TitleBefore(new TextRange(tokens.get(first).start(), tokens.get(end).end()), comma);
    }

    /** The first of the words of a title that end at token {@code end}, within the sentence; {@code end + 1} if none. */
    private int firstTitleWord(AnalyzedText text, int end, int sentenceStart) {
        List<Token> tokens = text.tokens();
        int i = end;
        int first = end + 1;
        while (i >= 0 && tokens.get(i).start() >= sentenceStart && end - i < MAX_ROLE_TOKENS) {
            String word = Texts.word(text, tokens.get(i));
            // "New South Wales Premier": "New" before a capitalised word is part of a name
            boolean nameStart = word.equals("New") && i < end && Texts.isNameLike(Texts.word(text, tokens.get(i + 1)));
            if (lexicon.isRoleHead(word) || lexicon.isRoleModifier(word) && Texts.isLowerCase(word) || Texts.isNameLike(word)
                    || nameStart) {
                first = i;
                i--;
            } else {
                break;
            }
        }
        return first;
    }

    /** "a spokesperson for Prime Minister Justin Trudeau": the title after "for" or "of" is the person's. */
    private int afterTitleOfAnother(AnalyzedText text, int first, int end) {
        for (int k = end - 1; k > first; k--) {
            if (Texts.word(text, text.tokens().get(k)).matches("for|of") && containsHead(text, k + 1, end)
                    && containsHead(text, first, k - 1)) {
                return k + 1;
            }
        }
        return first;
    }

    /** The title in an apposition after a name ("Jagmeet Singh, the NDP leader, said"), or {@code null}. */
    private TextRange roleAfter(AnalyzedText text, int nameToken) {
        List<Token> tokens = text.tokens();
        int i = nameToken + 1;
        if (i >= tokens.size() || !Texts.word(text, tokens.get(i)).equals(",")) {
            return null;
        }
        i++;
        if (i < tokens.size() && Lexicon.DETERMINERS.contains(Texts.word(text, tokens.get(i)).toLowerCase(Locale.ROOT))
                && !Texts.word(text, tokens.get(i)).equalsIgnoreCase("that")) {
            i++;
        }
        int first = i;
        while (i < tokens.size() && i - first < MAX_ROLE_TOKENS) {
            String word = Texts.word(text, tokens.get(i));
            if (lexicon.isRoleHead(word) || lexicon.isRoleModifier(word) && Texts.isLowerCase(word) || Texts.isNameLike(word)) {
                i++;
            } else {
                break;
            }
        }
        int last = i - 1;
        boolean closed = i >= tokens.size() || Texts.word(text, tokens.get(i)).matches("[,.;:)—–]");
        if (last < first || !closed || !containsHead(text, first, last)
                || !lexicon.isRoleHead(Texts.word(text, tokens.get(last))) && !Texts.isNameLike(Texts.word(text, tokens.get(last)))) {
            return null;
        }
        return new TextRange(tokens.get(first).start(), tokens.get(last).end());
    }

    /** "Dr", "Mr.", "Prof": an honorific that is not an office ("Sen.", "Coun." are). */
    private boolean isCourtesyTitle(String word) {
        return Lexicon.HONORIFICS.contains(word.toLowerCase(Locale.ROOT)) && !lexicon.isRoleHead(word);
    }

    private boolean containsHead(AnalyzedText text, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (lexicon.isRoleHead(Texts.word(text, text.tokens().get(k)))) {
                return true;
            }
        }
        return false;
    }

    private boolean isRoleStart(String word) {
        return lexicon.isRoleHead(word) || Texts.isNameLike(word)
                || lexicon.isRoleModifier(word) && Texts.isLowerCase(word) && !word.matches("of|and|for");
    }

    private static int sentenceStart(AnalyzedText text, int offset) {
        List<AnalyzedText.Sentence> sentences = text.sentences();
        int low = 0;
        int high = sentences.size() - 1;
        int start = 0;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (sentences.get(middle).start() <= offset) {
                start = sentences.get(middle).start();
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return start;
    }

    private static int tokenAt(AnalyzedText text, int offset) {
        List<Token> tokens = text.tokens();
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int start = tokens.get(middle).start();
            if (start == offset) {
                return middle;
            } else if (start < offset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    private static int tokenEndingAt(AnalyzedText text, int offset) {
        List<Token> tokens = text.tokens();
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int end = tokens.get(middle).end();
            if (end == offset) {
                return middle;
            } else if (end < offset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }
}
