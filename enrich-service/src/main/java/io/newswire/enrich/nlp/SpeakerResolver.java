package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.enrich.nlp.QuoteScanner.Quote;
import io.newswire.events.Speaker;
import io.newswire.events.SpeakerKind;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Predicate;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out who the subject of a reporting verb is: an entity of the article (a surname stands for the full
 * name), a pronoun (the closest person or organisation mentioned before, outside quotes), a title held by a
 * person of the article ("the minister"), or an anonymous source ("a senior official").
 */
final class SpeakerResolver {

    /** Words after which a name is not the subject but part of a longer phrase ("a spokesman for Trudeau"). */
    private static final Set<String> GOVERNING = Set.of("of", "for", "to", "with", "by", "from", "at", "about",
            "against", "on", "behind", "toward", "towards", "under", "than", "like", "in", "near", "across",
            "inside", "outside", "within", "around", "throughout", "among", "into", "over", "between");
    /** Words that may open the clause before its subject ("as officials said"). */
    private static final Set<String> CONNECTORS = Set.of("as", "while", "when", "and", "but", "because", "after",
            "before", "since", "though", "although", "whereas", "so", "yet", "then", "meanwhile", "however");
    /** An honorific right before a name ("Mr. Biden said"). */
    private static final Pattern HONORIFIC_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Mme|M)\\.?\\s+$");
    /** How far back a pronoun looks first for a person in subject position. */
    private static final int SUBJECT_WINDOW = 1200;
    /** Words that open a relative clause, which describes but does not name a source. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom");
    /** Words that end the head of a noun phrase ("a person familiar with the matter"). */
    private static final Set<String> HEAD_ENDS = Set.of("for", "of", "with", "at", "in", "from", "on", "familiar",
            "close", "who", "speaking", "briefed", "knowledgeable", "involved", "granted", "not", "because", "to");

    /**
     * A resolved speaker and where the words naming it stand.
     *
     * @param name canonical name or description
     * @param entity the entity, when the speaker is one
     * @param role role or title, if known
     * @param kind kind of speaker
     * @param certainty how sure the resolution is, 0 to 1
     * @param start offset of the first character naming the speaker
     * @param end offset after the last character naming the speaker
     */
    record ResolvedSpeaker(String name, FoundEntity entity, String role, SpeakerKind kind, double certainty,
            int start, int end) {

        Speaker toSpeaker() {
            return new Speaker(name, entity == null ? null : entity.id(), role, kind);
        }
    }

    private final ArticleEntities entities;
    private final Lexicon lexicon = Lexicon.get();
    private final Map<TextField, NavigableMap<Integer, Quote>> quotes;
    private final Map<TextField, String> texts;

    SpeakerResolver(ArticleEntities entities, Map<TextField, String> texts, Map<TextField, List<Quote>> quotes) {
        this.entities = entities;
        this.texts = texts;
        this.quotes = new java.util.EnumMap<>(TextField.class);
        quotes.forEach((field, list) -> {
            NavigableMap<Integer, Quote> byOpen = new TreeMap<>();
            list.forEach(q -> byOpen.put(q.open(), q));
            this.quotes.put(field, byOpen);
        });
    }

    /** The subject standing before a reporting verb ("Champagne said", "NDP leader, Jagmeet Singh, posted"). */
    ResolvedSpeaker before(TextField field, String text, int clauseStart, int verbStart, boolean gerund) {
        int pos = skipAuxiliaries(text, clauseStart, verbStart);
        boolean trailingComma = pos > clauseStart && text.charAt(pos - 1) == ',';
        int nameEnd = trailingComma ? Texts.skipSpacesBack(text, pos - 1, clauseStart) : pos;
        int comma = trailingComma ? text.lastIndexOf(',', nameEnd - 1) : -1;
        boolean apposition = comma > clauseStart && Texts.words(text.substring(comma + 1, nameEnd)).size() <= 8;
        if (apposition) {
            // "Jagmeet Singh, the NDP leader, said", "Janet Yellen, speaking in New York, said": the subject
            // stands before the inserted phrase, unless that phrase is the name itself ("NDP leader, Jagmeet Singh,")
            int[] first = Texts.wordAt(text, Texts.skipSpaces(text, comma + 1, nameEnd), nameEnd);
            if (first != null && Texts.isLowerCase(text.substring(first[0], first[1]))) {
                ResolvedSpeaker appositive = namedEndingAt(field, text, clauseStart,
                        Texts.skipSpacesBack(text, comma, clauseStart), gerund);
                if (appositive != null) {
                    return appositive;
                }
            }
        }
        ResolvedSpeaker named = namedEndingAt(field, text, clauseStart, nameEnd, gerund);
        if (named != null) {
            return named;
        }
        if (apposition) {
            ResolvedSpeaker appositive = namedEndingAt(field, text, clauseStart,
                    Texts.skipSpacesBack(text, comma, clauseStart), gerund);
            if (appositive != null) {
                return appositive;
            }
        }
        int[] word = Texts.wordBefore(text, nameEnd, clauseStart);
        if (word != null) {
            String w = text.substring(word[0], word[1]);
            int boundary = Texts.skipSpacesBack(text, word[0], clauseStart);
            boolean startsClause = boundary == clauseStart || ",;:—–(\"”“".indexOf(text.charAt(boundary - 1)) >= 0
                    || endsWithWord(text, boundary, clauseStart, "and", "but", "as");
            if (startsClause && isPronoun(w)) {
                return pronoun(field, w, word[0], word[1]);
            }
        }
        int npStart = phraseStart(text, clauseStart, nameEnd);
        return describedSource(field, text, npStart, nameEnd);
    }

    /** The subject after an inverted reporting verb ("said Champagne", "said a senior official"). */
    ResolvedSpeaker after(TextField field, String text, int from, int limit) {
        int pos = Texts.skipSpaces(text, from, limit);
        int[] word = Texts.wordAt(text, pos, limit);
        if (word == null) {
            return null;
        }
        String first = text.substring(word[0], word[1]);
        if (isPronoun(first)) {
            return pronoun(field, first, word[0], word[1]);
        }
        int at = pos;
        for (int k = 0; k < 7 && at < limit; k++) {
            FoundMention mention = entities.startingAt(field, at);
            if (mention != null) {
                return entitySpeaker(mention.entity(), 1.0, pos, mention.end());
            }
            int[] next = Texts.wordAt(text, at, limit);
            if (next == null) {
                break;
            }
            String w = text.substring(next[0], next[1]);
            if (!lexicon.isRoleHead(w) && !lexicon.isRoleModifier(w) && !Texts.isCapitalised(w)) {
                break;
            }
            int after = next[1] < limit && text.charAt(next[1]) == '.' ? next[1] + 1 : next[1];
            at = Texts.skipSpaces(text, after, limit);
        }
        int end = pos;
        while (end < limit && ",.;:!?—–\"“”()".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return describedSource(field, text, pos, Texts.skipSpacesBack(text, end, pos));
    }

    /** The source named after "according to": a name, possibly after a title, or a description. */
    ResolvedSpeaker nounPhrase(TextField field, String text, int start, int end) {
        int[] word = Texts.wordAt(text, Texts.skipSpaces(text, start, end), end);
        if (word != null && isPronoun(text.substring(word[0], word[1]))) {
            return null;
        }
        return after(field, text, start, end);
    }

    /** The person or organisation a pronoun most likely stands for: the closest mentioned before, outside quotes. */
    ResolvedSpeaker pronoun(TextField field, String pronoun, int start, int end) {
        String lower = pronoun.toLowerCase(Locale.ROOT);
        boolean person = Lexicon.PRONOUNS_PERSON.contains(lower);
        Predicate<FoundMention> candidate = m -> (person ? m.entity().isPerson() : !m.entity().isPerson())
                && !inQuote(m);
        // a name in subject position is the likelier antecedent than one inside a clause ("Asked whether
        // Mr. Biden would ..., she said"); without one nearby, the closest name
        FoundMention antecedent = entities.lastBefore(field, start, m -> candidate.test(m)
                && (m.field() == field && start - m.end() <= SUBJECT_WINDOW) && subjectPosition(m));
        if (antecedent == null) {
            antecedent = entities.lastBefore(field, start, candidate);
        }
        return antecedent == null ? null : entitySpeaker(antecedent.entity(), 0.85, start, end);
    }

    /** The entity whose mention ends exactly here, unless a preposition makes it part of a longer phrase. */
    private ResolvedSpeaker namedEndingAt(TextField field, String text, int clauseStart, int end, boolean gerund) {
        FoundMention mention = entities.endingAt(field, end);
        if (mention == null || mention.start() < clauseStart) {
            return null;
        }
        int at = mention.start();
        for (int k = 0; k < 6; k++) {
            int[] word = Texts.wordBefore(text, at, clauseStart);
            if (word == null || Texts.skipSpacesBack(text, at, clauseStart) != word[1]) {
                break;
            }
            String w = text.substring(word[0], word[1]);
            if (gerund && w.equalsIgnoreCase("with")) {
                // "..., with Chair Jerome Powell saying ..."
                break;
            }
            if (GOVERNING.contains(w.toLowerCase(Locale.ROOT)) || w.endsWith("'s") || w.endsWith("’s")) {
                return null;
            }
            if (!lexicon.isRoleHead(w) && !lexicon.isRoleModifier(w) && !Texts.isCapitalised(w)) {
                break;
            }
            at = word[0];
        }
        Matcher honorific = HONORIFIC_BEFORE.matcher(text).region(clauseStart, at);
        if (honorific.find()) {
            at = honorific.start();
        }
        return entitySpeaker(mention.entity(), 1.0, at, mention.end());
    }

    /**
     * A speaker described rather than named: a title held by a person of the article ("the minister"), an
     * anonymous source ("a senior official", "officials"), an institution ("the ministry", "police"; "the company"
     * is the organisation last named), or a name the tagger missed.
     */
    private ResolvedSpeaker describedSource(TextField field, String text, int start, int end) {
        int at = Texts.skipSpaces(text, start, end);
        int[] word = Texts.wordAt(text, at, end);
        while (word != null && CONNECTORS.contains(text.substring(word[0], word[1]).toLowerCase(Locale.ROOT))) {
            at = Texts.skipSpaces(text, word[1], end);
            word = Texts.wordAt(text, at, end);
        }
        if (word == null) {
            return null;
        }
        int stop = Texts.skipSpacesBack(text, end, at);
        for (int[] w = word; w != null; w = Texts.wordAt(text, Texts.skipSpaces(text, w[1], stop), stop)) {
            if (w[0] > at && RELATIVES.contains(text.substring(w[0], w[1]).toLowerCase(Locale.ROOT))) {
                stop = Texts.skipSpacesBack(text, w[0], at);
                break;
            }
        }
        String phrase = text.substring(at, stop).strip();
        List<String> words = Texts.words(phrase);
        if (words.isEmpty() || words.size() > 10) {
            return null;
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        boolean possessive = first.endsWith("'s") || first.endsWith("’s");
        boolean definite = possessive || first.equals("the") || first.equals("this") || first.equals("that")
                || first.equals("his") || first.equals("her") || first.equals("their") || first.equals("its");
        boolean indefinite = Lexicon.INDEFINITE.contains(first) || Character.isDigit(first.charAt(0));
        int headStart = (definite && !possessive) || indefinite ? 1 : 0;
        List<String> head = new ArrayList<>();
        for (int i = headStart; i < words.size(); i++) {
            String w = words.get(i);
            if (i > headStart && HEAD_ENDS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            head.add(w);
        }
        if (head.isEmpty()) {
            return null;
        }
        String last = head.get(head.size() - 1).toLowerCase(Locale.ROOT);
        boolean anonymousNoun = lexicon.isAnonymousNoun(last);
        boolean roleNoun = lexicon.isRoleHead(last);
        String description = String.join(" ", words.subList((definite && !possessive) || indefinite ? 1 : 0,
                words.size()));
        if (definite && !possessive && (roleNoun || anonymousNoun) && !last.endsWith("s")) {
            FoundEntity holder = nearestHolder(String.join(" ", head), field, at);
            if (holder != null) {
                return entitySpeaker(holder, 0.85, at, stop);
            }
            return new ResolvedSpeaker(phrase, null, description, SpeakerKind.UNKNOWN, 0.6, at, stop);
        }
        if (anonymousNoun && (indefinite || definite || last.endsWith("s"))) {
            return new ResolvedSpeaker(phrase, null, description, SpeakerKind.ANONYMOUS, 0.9, at, stop);
        }
        if (Lexicon.INSTITUTIONS.contains(last)) {
            if (definite && !possessive && Lexicon.ORGANIZATION_REFERENCES.contains(last)) {
                FoundMention named = entities.lastBefore(field, at, m -> !m.entity().isPerson()
                        && FoundEntity.ORGANIZATION.equals(m.entity().type()) && !inQuote(m));
                if (named != null) {
                    return entitySpeaker(named.entity(), 0.8, at, stop);
                }
            }
            return new ResolvedSpeaker(phrase, null, null, SpeakerKind.ORGANIZATION, 0.8, at, stop);
        }
        if (!definite && !indefinite && words.size() >= 2 && words.size() <= 4
                && words.stream().allMatch(w -> Texts.isCapitalised(w) && !Lexicon.FUNCTION_WORDS
                        .contains(w.toLowerCase(Locale.ROOT)) && !Lexicon.MONTHS_AND_DAYS
                        .contains(w.toLowerCase(Locale.ROOT)))) {
            // a name the tagger missed
            return new ResolvedSpeaker(phrase, null, null, SpeakerKind.UNKNOWN, 0.6, at, stop);
        }
        return null;
    }

    private FoundEntity nearestHolder(String role, TextField field, int offset) {
        List<String> words = Texts.words(role);
        for (int i = 0; i < words.size(); i++) {
            List<FoundEntity> holders = entities.holdersOf(String.join(" ", words.subList(i, words.size())));
            if (holders.isEmpty()) {
                continue;
            }
            FoundMention mention = entities.lastBefore(field, offset, m -> holders.contains(m.entity()));
            return mention != null ? mention.entity() : holders.get(0);
        }
        return null;
    }

    private ResolvedSpeaker entitySpeaker(FoundEntity entity, double certainty, int start, int end) {
        SpeakerKind kind = entity.isPerson() ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION;
        return new ResolvedSpeaker(entity.name(), entity, entity.role(), kind, certainty, start, end);
    }

    /** Whether a mention opens its clause: only titles and honorifics between it and a sentence or clause break. */
    private boolean subjectPosition(FoundMention mention) {
        String text = fieldText(mention);
        if (text == null) {
            return false;
        }
        int at = mention.start();
        Matcher honorific = HONORIFIC_BEFORE.matcher(text).region(Math.max(0, at - 8), at);
        if (honorific.find()) {
            at = honorific.start();
        }
        for (int k = 0; k < 6; k++) {
            int[] word = Texts.wordBefore(text, at, 0);
            if (word == null || Texts.skipSpacesBack(text, at, 0) != word[1]) {
                break;
            }
            String w = text.substring(word[0], word[1]);
            if (!lexicon.isRoleHead(w) && !lexicon.isRoleModifier(w) && !Texts.isCapitalised(w)
                    || Lexicon.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return CONNECTORS.contains(w.toLowerCase(Locale.ROOT));
            }
            at = word[0];
        }
        int before = Texts.skipSpacesBack(text, at, 0);
        return before == 0 || ".,;:!?\"”“\n(—–".indexOf(text.charAt(before - 1)) >= 0;
    }

    private String fieldText(FoundMention mention) {
        return texts.get(mention.field());
    }

    boolean inQuote(FoundMention mention) {
        NavigableMap<Integer, Quote> byOpen = quotes.get(mention.field());
        if (byOpen == null) {
            return false;
        }
        var entry = byOpen.floorEntry(mention.start());
        return entry != null && entry.getValue().contains(mention.start());
    }

    /** Steps back over auxiliaries and adverbs before a verb ("has also said", "quickly added"). */
    static int skipAuxiliaries(String text, int clauseStart, int verbStart) {
        int pos = Texts.skipSpacesBack(text, verbStart, clauseStart);
        while (true) {
            int[] word = Texts.wordBefore(text, pos, clauseStart);
            if (word == null || word[1] != pos) {
                return pos;
            }
            String w = text.substring(word[0], word[1]);
            String lower = w.toLowerCase(Locale.ROOT);
            if (!Lexicon.AUXILIARIES.contains(lower) && !(lower.endsWith("ly") && Texts.isLowerCase(w))) {
                return pos;
            }
            pos = Texts.skipSpacesBack(text, word[0], clauseStart);
        }
    }

    /** Whether the words before a verb deny or defer it ("has yet to comment", "did not say", "to announce"). */
    static boolean negated(String text, int clauseStart, int verbStart) {
        int pos = Texts.skipSpacesBack(text, verbStart, clauseStart);
        for (int k = 0; k < 4; k++) {
            int[] word = Texts.wordBefore(text, pos, clauseStart);
            if (word == null || word[1] != pos) {
                return false;
            }
            String lower = text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
            if (Lexicon.NEGATIONS.contains(lower) || lower.endsWith("n't") || lower.endsWith("n’t")) {
                return true;
            }
            if (!Lexicon.AUXILIARIES.contains(lower) && !lower.endsWith("ly")) {
                return false;
            }
            pos = Texts.skipSpacesBack(text, word[0], clauseStart);
        }
        return false;
    }

    private static boolean isPronoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Lexicon.PRONOUNS_PERSON.contains(lower) || Lexicon.PRONOUNS_ORGANIZATION.contains(lower);
    }

    private static boolean endsWithWord(String text, int pos, int limit, String... words) {
        int[] word = Texts.wordBefore(text, pos, limit);
        if (word == null || word[1] != pos) {
            return false;
        }
        String w = text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
        for (String candidate : words) {
            if (candidate.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** Start of the noun phrase ending at {@code end}: after the last comma, colon, dash or quote mark. */
    private static int phraseStart(String text, int clauseStart, int end) {
        int i = end - 1;
        while (i >= clauseStart && ",;:—–\"“”()".indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return Texts.skipSpaces(text, i + 1, end);
    }
}
