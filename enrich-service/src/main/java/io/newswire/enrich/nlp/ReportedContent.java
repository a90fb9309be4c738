package io.newswire.enrich.nlp;

import static io.newswire.enrich.nlp.StatementWords.JOINERS;
import static io.newswire.enrich.nlp.StatementWords.NARRATIVE_CLAUSES;

import io.newswire.enrich.nlp.Lexicon.Verb;
import io.newswire.enrich.nlp.Lexicon.VerbKind;
import io.newswire.enrich.nlp.QuoteScanner.Quote;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where reported words start and end in a paragraph: the clause of a verb, its boundary (a semicolon, a
 * lone dash, another reporting clause), an opening dateline, a closing time adverbial.
 */
final class ReportedContent {

    /** A time adverbial at the end of reported speech belongs to the reporting verb ("... on Friday"). */
    private static final Pattern TRAILING_TIME = Pattern.compile("(?i)[,\\s]+(?:on\\s+)?(?:(?:early|late)\\s+)?"
            + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
            + "|this\\s+(?:week|month|year|morning|afternoon|evening)|last\\s+(?:week|month|year|night))"
            + "(?:\\s+(?:morning|afternoon|evening|night))?$");
    /** A dateline opening a paragraph ("BRUSSELS — ", "GENEVA (Reuters) - "). */
    private static final Pattern DATELINE = Pattern.compile("^\\s*(?:\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?\\s*(?:\\([^)\\n]{1,40}\\))?)\\s*[—–-]{1,2}\\s");
    /** Nothing but spaces and punctuation: no words between a quote and what follows it. */
    static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\s,;:.!?\"“”‘’'»«„—–-]*");

    private final Paragraph p;
    private final String t;
    private final Lexicon lexicon;

    ReportedContent(Paragraph p, Lexicon lexicon) {
        this.p = p;
        this.t = p.text();
        this.lexicon = lexicon;
    }

    /** Where the clause of a verb starts: the sentence start, or the end of the last quote before it. */
    int clauseStart(TextRange unit, int cs) {
        int start = unit.start();
        for (Quote quote : p.quotes()) {
            if (quote.end() <= cs && quote.end() > start) {
                start = quote.end();
            }
        }
        return start;
    }

    /** Where reported words before their attribution start: after a dateline and an opening adverbial. */
    int contentStart(int from, int limit) {
        int start = Texts.skipSpaces(t, from, limit);
        Matcher dateline = DATELINE.matcher(t).region(start, limit);
        if (dateline.lookingAt()) {
            start = Texts.skipSpaces(t, dateline.end(), limit);
        }
        TextRange word = Words.at(t, start, limit);
        if (word == null) {
            return p.quoteOpeningAt(start) != null ? start : -1;
        }
        String first = word.in(t).toLowerCase(Locale.ROOT);
        if (Lexicon.PREPOSITIONS.contains(first) || Lexicon.SUBORDINATORS.contains(first)) {
            // "At Lohia Hospital, a heatstroke unit admitted 41 patients, ... said"
            int comma = t.indexOf(',', start);
            if (comma < 0 || comma >= limit) {
                return -1;
            }
            start = Texts.skipSpaces(t, comma + 1, limit);
            word = Words.at(t, start, limit);
            if (word == null) {
                return -1;
            }
            first = word.in(t).toLowerCase(Locale.ROOT);
            if (Lexicon.PREPOSITIONS.contains(first) || Lexicon.SUBORDINATORS.contains(first)) {
                return -1;
            }
        }
        // "Reading her decision aloud, she said:" opens with a participle, not with what was said
        return first.endsWith("ing") ? -1 : start;
    }

    /**
     * The reported clause: to the end of the sentence, a semicolon, a lone dash, or where another reporting
     * clause begins ("…, and urged", "…, which she said"); a noun phrase also ends at a subordinate clause
     * ("called for restraint after the strike"). Quotes and paired dashes are skipped whole.
     */
    int clauseEnd(int start, int limit, boolean nounPhrase) {
        int i = start;
        while (i < limit) {
            Quote quote = p.quoteOpeningAt(i);
            if (quote != null) {
                i = Math.max(i + 1, quote.end());
                continue;
            }
            char c = t.charAt(i);
            if (c == '—' || c == '–' || (c == '-' && i + 1 < limit && t.charAt(i + 1) == '-')) {
                int pair = nextDash(i + 1, limit);
                if (pair < 0) {
                    return i;
                }
                i = pair + 1;
                continue;
            }
            if (c == ';') {
                return i;
            }
            if (c == ',' && (followedBy(i + 1, limit, "according to") || followedByAny(i + 1, limit,
                    NARRATIVE_CLAUSES) || cueAhead(i + 1, limit, 5)
                    || followedBy(i + 1, limit, "which ") && Texts.words(t.substring(start, i)).size() >= 6)) {
                // ", which would allow ...": late in the clause, the writer's gloss
                return i;
            }
            if (Character.isWhitespace(c)) {
                TextRange word = Words.at(t, i + 1, limit);
                if (word != null) {
                    String w = word.in(t).toLowerCase(Locale.ROOT);
                    if (JOINERS.contains(w) && cueAhead(word.end(), limit, 10)) {
                        return i;
                    }
                    if (nounPhrase && Lexicon.SUBORDINATORS.contains(w) && !t.substring(start, i).contains(" to ")) {
                        return i;
                    }
                }
            }
            i++;
        }
        return limit;
    }

    /** The end of reported words without a final time adverbial, which belongs to the verb ("... on Friday"). */
    int withoutTrailingTime(int start, int end, int minWords) {
        end = Texts.skipSpacesBack(t, end, start);
        while (end > start && ",.;:".indexOf(t.charAt(end - 1)) >= 0) {
            end = Texts.skipSpacesBack(t, end - 1, start);
        }
        Matcher time = TRAILING_TIME.matcher(t.substring(start, end));
        if (time.find() && Texts.words(t.substring(start, start + time.start())).size() >= minWords
                && !endsWithPreposition(start, start + time.start())) {
            return start + time.start();
        }
        return end;
    }

    /** A listener of a few words, then an infinitive: "councils not to raise", "the board to act". */
    boolean directive(int from, int limit) {
        int at = from;
        for (int k = 0; k < 6 && at < limit; k++) {
            TextRange word = Words.at(t, at, limit);
            if (word == null) {
                return false;
            }
            String w = word.in(t);
            if (w.equalsIgnoreCase("that") || k == 0 && w.equalsIgnoreCase("not")) {
                // "who asked not to be named": no listener, no directive, the usual plea for anonymity
                return false;
            }
            if (k > 0 && w.equals("to")) {
                TextRange next = Words.at(t, Texts.skipSpaces(t, word.end(), limit), limit);
                return next != null && Texts.isLowerCase(next.in(t));
            }
            at = Texts.skipSpaces(t, word.end(), limit);
        }
        return false;
    }

    /** Whether a clause goes on after the word ending here ("nothing was done"), not a phrase or the end. */
    boolean startsClause(int from, int limit) {
        TextRange next = Words.at(t, Texts.skipSpaces(t, from, limit), limit);
        return next != null && !Lexicon.PREPOSITIONS.contains(next.in(t).toLowerCase(Locale.ROOT));
    }

    /** Whether a reporting verb comes within the next few words, outside quotes ("and urged", "which she said"). */
    boolean cueAhead(int from, int limit, int words) {
        int at = Texts.skipSpaces(t, from, limit);
        for (int k = 0; k < words && at < limit; k++) {
            TextRange word = Words.at(t, at, limit);
            if (word == null) {
                return false;
            }
            String w = word.in(t);
            Verb verb = lexicon.verb(w);
            if (verb != null && verb.particle() == null && verb.kind() != VerbKind.PARSED && Texts.isLowerCase(w)) {
                return !SpeakerResolver.negated(t, from, word.start());
            }
            at = Texts.skipSpaces(t, word.end(), limit);
        }
        return false;
    }

    boolean followedByAny(int from, int limit, Set<String> words) {
        TextRange word = Words.at(t, Texts.skipSpaces(t, from, limit), limit);
        return word != null && words.contains(word.in(t).toLowerCase(Locale.ROOT));
    }

    boolean followedBy(int from, int limit, String words) {
        int at = Texts.skipSpaces(t, from, limit);
        return t.regionMatches(true, at, words, 0, words.length());
    }

    /** "as early as Wednesday", "until Friday": the time is what was said, not when. */
    private boolean endsWithPreposition(int start, int end) {
        TextRange word = Words.before(t, end, start);
        if (word == null) {
            return false;
        }
        String w = word.in(t).toLowerCase(Locale.ROOT);
        return Lexicon.PREPOSITIONS.contains(w) || w.equals("than") || w.equals("as") || w.equals("by");
    }

    private int nextDash(int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = t.charAt(i);
            if (c == '—' || c == '–' || c == '-' && i + 1 < limit && t.charAt(i + 1) == '-') {
                return c == '-' ? i + 1 : i;
            }
            if (c == ';' || c == '.' && (i + 1 >= limit || Character.isWhitespace(t.charAt(i + 1)))) {
                return -1;
            }
        }
        return -1;
    }
}
