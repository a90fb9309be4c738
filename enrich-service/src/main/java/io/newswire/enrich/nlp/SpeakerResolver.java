package io.newswire.enrich.nlp;

import static io.newswire.enrich.nlp.StatementWords.CONNECTORS;
import static io.newswire.enrich.nlp.StatementWords.GOVERNING;
import static io.newswire.enrich.nlp.StatementWords.NOUN_HOMOGRAPHS;
import static io.newswire.enrich.nlp.StatementWords.RELATIVES;
import static io.newswire.enrich.nlp.StatementWords.SPEAKING_FOR;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.enrich.nlp.QuoteScanner.Quote;
import io.newswire.events.Speaker;
import io.newswire.events.SpeakerKind;
import io.newswire.events.TextField;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out who the subject of a reporting verb is: an entity of the article (a surname stands for the full
 * name; the head of "Lena Okonkwo of Climate Justice Now", not the organisation), a pronoun (the person last
 * named or heard, outside quotes), a title held by a person of the article ("the minister"), an institution
 * ("the ministry", "the company": the organisation of that kind last named), or an anonymous source
 * ("a senior official"; "the official" is the same source again).
 */
final class SpeakerResolver {

    /** An honorific right before a name ("Mr. Biden said"). */
    private static final Pattern HONORIFIC_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Mme|M|Coun|Cllr|Rev|Hon)\\.?\\s+$");
    /**
     * An acronym in parentheses after a name ("The India Meteorological Department (IMD) said"), or an American
     * lawmaker's party and state ("Sen. Josh Hawley, R-Mo., said").
     */
    private static final Pattern ACRONYM_BEFORE = Pattern.compile("(?:\\s*\\(\\s*[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.\\-]{1,14}\\s*\\)"
            + "|\\s*,\\s*[RDI]-\\p{Lu}[\\p{L}.]{0,6})$");
    /** "went on to", "proceeded to": a verb of going on before the reporting verb, which was then used. */
    private static final Pattern WENT_ON_TO = Pattern.compile(
            "(?i)\\b(?:went|goes|go|going|has gone|had gone)\\s+on\\s+to$|\\bproceed(?:ed|s)?\\s+to$");
    /** "There are", "there were": an existential opening, no part of the source it introduces. */
    private static final Pattern EXISTENTIAL = Pattern.compile("(?i)there\\s+(?:are|is|were|was|have been|has been)\\s+");

    /**
     * A resolved speaker and where the words naming it stand.
     *
     * @param name canonical name or description
     * @param entity the entity, when the speaker is one
     * @param role role or title, if known
     * @param kind kind of speaker
     * @param certainty how sure the resolution is, 0 to 1
     * @param start offset of the first character naming the speaker (its title included)
     * @param end offset after the last character naming the speaker
     */
    record ResolvedSpeaker(String name, FoundEntity entity, String role, SpeakerKind kind, double certainty,
            int start, int end) {

        Speaker toSpeaker() {
            return new Speaker(name, entity == null ? null : entity.id(), role, kind);
        }

        /** The entity as the speaker, a person or an organisation. */
        static ResolvedSpeaker of(FoundEntity entity, double certainty, int start, int end) {
            SpeakerKind kind = entity.isPerson() ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION;
            return new ResolvedSpeaker(entity.name(), entity, entity.role(), kind, certainty, start, end);
        }

        ResolvedSpeaker at(int newStart, int newEnd, double newCertainty) {
            return new ResolvedSpeaker(name, entity, role, kind, newCertainty, newStart, newEnd);
        }
    }

    private final ArticleEntities entities;
    private final Lexicon lexicon = Lexicon.get();
    private final Map<TextField, NavigableMap<Integer, Quote>> quotes = new EnumMap<>(TextField.class);
    private final Map<TextField, String> texts;
    private final SaidSoFar said = new SaidSoFar();
    private final DescribedSources describedSources;
    private final NounPhraseSubjects nounPhrases;
    private final Pronouns pronouns;

    SpeakerResolver(ArticleEntities entities, Map<TextField, String> texts, Map<TextField, List<Quote>> quotes) {
        this.entities = entities;
        this.texts = texts;
        quotes.forEach((field, list) -> {
            NavigableMap<Integer, Quote> byOpen = new TreeMap<>();
            list.forEach(q -> byOpen.put(q.open(), q));
            this.quotes.put(field, byOpen);
        });
        this.describedSources = new DescribedSources(entities, lexicon, said, this::inQuote);
        this.nounPhrases = new NounPhraseSubjects(entities, lexicon, describedSources);
        this.pronouns = new Pronouns(entities, said, this::inQuote, this::subjectPosition);
    }

    /** Remembers an attributed statement; later pronouns and "the official" may refer back to its speaker. */
    void said(ResolvedSpeaker speaker, TextField field, int start, int end) {
        said.add(speaker, field, start, end);
    }

    /** The speaker of the last statement before the offset and not before {@code notBefore}, or {@code null}. */
    ResolvedSpeaker lastSpeaker(TextField field, int offset, int notBefore) {
        return said.lastSpeaker(field, offset, notBefore);
    }

    /**
     * The subject standing before a reporting verb: "Champagne said", "NDP leader, Jagmeet Singh, posted",
     * "Jagmeet Singh, the NDP leader, said", "The Alliance of Small Island States (AOSIS) said", "Carmody, who said".
     */
    ResolvedSpeaker before(TextField field, String text, int clauseStart, int verbStart, boolean gerund,
            int unitStart) {
        int pos = skipAuxiliaries(text, clauseStart, verbStart);
        TextRange last = Words.before(text, pos, clauseStart);
        if (last != null && last.end() == pos && RELATIVES.contains(last.in(text).toLowerCase(Locale.ROOT))) {
            // "Carmody, who said she would remain leader": the name before "who"
            int end = Texts.skipSpacesBack(text, last.start(), clauseStart);
            if (end > clauseStart && text.charAt(end - 1) == ',') {
                end = Texts.skipSpacesBack(text, end - 1, clauseStart);
            }
            int segment = phraseStart(text, clauseStart, end);
            Matcher existential = EXISTENTIAL.matcher(text).region(segment, end);
            if (existential.lookingAt()) {
                // "There are some economists who argue ...": the economists
                segment = existential.end();
            }
            int antecedentEnd = skipAcronym(text, clauseStart, end);
            ResolvedSpeaker antecedent = subject(field, text, segment, antecedentEnd, gerund);
            if (antecedent == null) {
                // "some economists who argue that ...": a described source before "who"
                antecedent = describedSources.find(field, text, segment, antecedentEnd);
            }
            return antecedent == null ? null : antecedent.at(antecedent.start(), antecedent.end(), Confidence.RELATIVE_ANTECEDENT);
        }
        int beforeAcronym = pos;
        pos = skipAcronym(text, clauseStart, pos);
        // "The UN refugee agency (UNHCR) said": the organisation in brackets, if the words before it name none
        FoundMention bracketed = pos < beforeAcronym && text.charAt(Texts.skipSpacesBack(text, beforeAcronym, pos) - 1) == ')'
                ? entities.endingAt(field, Texts.skipSpacesBack(text, text.lastIndexOf(')', beforeAcronym - 1), pos))
                : null;
        boolean trailingComma = pos > clauseStart && text.charAt(pos - 1) == ',';
        int nameEnd = trailingComma ? skipAcronym(text, clauseStart, Texts.skipSpacesBack(text, pos - 1, clauseStart))
                : pos;
        int comma = trailingComma ? lastComma(text, clauseStart, nameEnd) : -1;
        if (comma > clauseStart) {
            ResolvedSpeaker described = personBeforeApposition(field, text, clauseStart, nameEnd);
            if (described != null) {
                return described;
            }
        }
        if (comma > clauseStart) {
            // an inserted phrase between subject and verb: the subject stands before it, unless the inserted
            // phrase is the name itself ("NDP leader, Jagmeet Singh, posted")
            String inserted = text.substring(comma + 1, nameEnd);
            TextRange first = Words.at(text, Texts.skipSpaces(text, comma + 1, nameEnd), nameEnd);
            String firstWord = first == null ? "" : first.in(text);
            boolean clause = RELATIVES.contains(firstWord.toLowerCase(Locale.ROOT)) || firstWord.endsWith("ing");
            boolean describes = first != null && (Texts.isLowerCase(firstWord) || Character.isDigit(firstWord.charAt(0)));
            if (describes && Texts.words(inserted).size() <= (clause ? 40 : 14)) {
                int before = skipAcronym(text, clauseStart, Texts.skipSpacesBack(text, comma, clauseStart));
                int segment = phraseStart(text, clauseStart, before);
                ResolvedSpeaker subject = subject(field, text, segment, before, gerund);
                if (subject == null) {
                    subject = describedSources.find(field, text, segment, before);
                }
                if (subject != null) {
                    return subject;
                }
            }
        }
        int segment = phraseStart(text, clauseStart, nameEnd);
        ResolvedSpeaker named = subject(field, text, segment, nameEnd, gerund);
        if (named != null) {
            return named;
        }
        if (comma > clauseStart && Texts.words(text.substring(comma + 1, nameEnd)).size() <= 8) {
            int before = skipAcronym(text, clauseStart, Texts.skipSpacesBack(text, comma, clauseStart));
            ResolvedSpeaker appositive = subject(field, text, phraseStart(text, clauseStart, before), before, gerund);
            if (appositive != null) {
                return appositive;
            }
        }
        TextRange word = Words.before(text, nameEnd, clauseStart);
        if (word != null && word.end() == nameEnd) {
            String w = word.in(text);
            int boundary = Texts.skipSpacesBack(text, word.start(), clauseStart);
            boolean startsClause = boundary == clauseStart || ",;:—–(\"”“’‘«»„".indexOf(text.charAt(boundary - 1)) >= 0
                    || endsWithWord(text, boundary, clauseStart, "and", "but", "as", "while", "although", "though",
                            "which", "who", "that");
            if (startsClause && isPronoun(w)) {
                return pronouns.resolve(field, w, word.start(), word.end(), unitStart);
            }
        }
        if (bracketed != null && !bracketed.entity().isPerson()) {
            return ResolvedSpeaker.of(bracketed.entity(), Confidence.BRACKETED_ORGANISATION, bracketed.start(), bracketed.end());
        }
        ResolvedSpeaker described = describedSources.find(field, text, segment, nameEnd);
        TextRange verb = Words.at(text, verbStart, text.length());
        boolean noun = verb != null && NOUN_HOMOGRAPHS.contains(verb.in(text));
        return described != null || noun ? described : nounPhrases.subject(field, text, segment, nameEnd);
    }

    /**
     * "Angelique Brunner, a developer and spokeswoman for the EB-5 Investment Coalition, which is made up of
     * investors, said": a person's name opening the clause, then a description set off by commas however long, then
     * the verb. The person speaks, not an organisation inside the description.
     */
    private ResolvedSpeaker personBeforeApposition(TextField field, String text, int clauseStart, int end) {
        int start = afterConnectors(text, clauseStart, end);
        int firstComma = text.indexOf(',', start);
        if (firstComma < 0 || firstComma >= end) {
            return null;
        }
        FoundMention person = entities.endingAt(field, Texts.skipSpacesBack(text, firstComma, start));
        if (person == null || !person.entity().isPerson() || !onlyTitles(text, start, person.start())) {
            return null;
        }
        TextRange next = Words.at(text, Texts.skipSpaces(text, firstComma + 1, end), end);
        String word = next == null ? "" : next.in(text);
        boolean description = Texts.isLowerCase(word) || Lexicon.DETERMINERS.contains(word.toLowerCase(Locale.ROOT))
                || Character.isDigit(word.isEmpty() ? 'x' : word.charAt(0));
        boolean otherPerson = entities.within(field, firstComma, end).stream()
                .anyMatch(m -> m.entity().isPerson() && m.entity() != person.entity());
        if (!description || otherPerson || Texts.words(text.substring(firstComma, end)).size() > 40) {
            // "Desrochers, who ..., agreed to waive it, his agent, Paul Kessler, said": the later name speaks
            return null;
        }
        return ResolvedSpeaker.of(person.entity(), Confidence.PERSON_BEFORE_APPOSITION, titleStart(text, start, person.start()), person.end());
    }

    /** The source after "according to" kept as written: "according to a new Washington Post-ABC News poll". */
    ResolvedSpeaker sourceAsWritten(String text, int start, int end) {
        return nounPhrases.asWritten(text, start, end);
    }

    /** The subject after an inverted reporting verb ("said Champagne", "said a senior official"). */
    ResolvedSpeaker after(TextField field, String text, int from, int limit, int unitStart) {
        int pos = Texts.skipSpaces(text, from, limit);
        TextRange word = Words.at(text, pos, limit);
        if (word == null) {
            return null;
        }
        String first = word.in(text);
        if (isPronoun(first)) {
            return pronouns.resolve(field, first, word.start(), word.end(), unitStart);
        }
        ResolvedSpeaker named = nameAhead(field, text, pos, limit, false);
        if (named != null) {
            return named;
        }
        int end = pos;
        while (end < limit && ",.;:!?—–\"“”«»„()".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return describedSources.find(field, text, pos, Texts.skipSpacesBack(text, end, pos));
    }

    /** The source named after "according to": a name, possibly after a title, or a description. */
    ResolvedSpeaker nounPhrase(TextField field, String text, int start, int end) {
        int pos = Texts.skipSpaces(text, start, end);
        TextRange word = Words.at(text, pos, end);
        if (word == null || isPronoun(word.in(text))) {
            return null;
        }
        ResolvedSpeaker named = nameAhead(field, text, pos, end, true);
        return named != null ? named : describedSources.find(field, text, pos, Texts.skipSpacesBack(text, end, pos));
    }

    /**
     * The subject at the start of a clause, for a verb that has none of its own: "Joe Biden defended the
     * decision, saying ...", "Aranda praised his team but admitted ...".
     */
    ResolvedSpeaker clauseSubject(TextField field, String text, int unitStart, int limit) {
        int start = Texts.skipSpaces(text, unitStart, limit);
        TextRange word = Words.at(text, start, limit);
        if (word != null && Lexicon.PREPOSITIONS.contains(word.in(text).toLowerCase(Locale.ROOT))) {
            // "In a message posted on Instagram, Desrochers thanked fans ..."
            int comma = text.indexOf(',', start);
            if (comma > 0 && comma < limit) {
                start = Texts.skipSpaces(text, comma + 1, limit);
                word = Words.at(text, start, limit);
            }
        }
        while (word != null && CONNECTORS.contains(word.in(text).toLowerCase(Locale.ROOT))) {
            start = Texts.skipSpaces(text, word.end(), limit);
            word = Words.at(text, start, limit);
        }
        if (word != null && isPronoun(word.in(text))) {
            return pronouns.resolve(field, word.in(text), word.start(), word.end(), unitStart);
        }
        ResolvedSpeaker named = nameAhead(field, text, start, limit, false);
        if (named != null) {
            return named.at(named.start(), named.end(), Confidence.CLAUSE_SUBJECT);
        }
        // a described subject: the capitalised or titled words the sentence opens with
        int end = start;
        TextRange next = Words.at(text, end, limit);
        while (next != null) {
            String w = next.in(text);
            String lower = w.toLowerCase(Locale.ROOT);
            boolean part = Texts.isCapitalised(w) || lexicon.isRoleHead(w) || lexicon.isAnonymousNoun(w)
                    || Lexicon.DETERMINERS.contains(lower) || Lexicon.INDEFINITE.contains(lower)
                    || lower.equals("of") || lower.equals("and") || lower.equals("for");
            if (!part) {
                break;
            }
            end = next.end();
            next = Words.at(text, Texts.skipSpaces(text, next.end(), limit), limit);
        }
        return end > start ? describedSources.find(field, text, start, end) : null;
    }

    /** The first name ahead, after titles and descriptions ("Kestrel chief executive Brian Okoro"). */
    private ResolvedSpeaker nameAhead(TextField field, String text, int pos, int limit, boolean nounPhrase) {
        int at = pos;
        boolean descriptive = false;
        for (int k = 0; k < 9 && at < limit; k++) {
            FoundMention mention = entities.startingAt(field, at);
            if (mention != null && !inQuote(mention)) {
                if (!isModifier(text, mention, limit) && !(nounPhrase && beforeNoun(text, mention, limit))) {
                    return ResolvedSpeaker.of(mention.entity(), Confidence.NAMED, pos, mention.end());
                }
                at = Texts.skipSpaces(text, afterPossessive(text, mention.end(), limit), limit);
                continue;
            }
            TextRange next = Words.at(text, at, limit);
            if (next == null) {
                break;
            }
            String w = next.in(text);
            String lower = w.toLowerCase(Locale.ROOT);
            boolean title = lexicon.isRoleHead(w) || lexicon.isRoleModifier(w) || Texts.isCapitalised(w)
                    || Lexicon.HONORIFICS.contains(lower) || Lexicon.HONORIFICS.contains(lower + ".");
            boolean article = k == 0 && Lexicon.DETERMINERS.contains(lower);
            // "the polling institute Ifop", "analysis by the Hartley Institute": a description before a name
            boolean description = (descriptive || k == 0) && Texts.isLowerCase(w) && !Lexicon.PREPOSITIONS.contains(lower)
                    && lexicon.verb(w) == null;
            boolean through = descriptive && (lower.equals("by") || lower.equals("from") || lower.equals("of")
                    || lower.equals("the"));
            if (!title && !article && !description && !through) {
                break;
            }
            descriptive = article || description || through || descriptive && title;
            int after = next.end() < limit && text.charAt(next.end()) == '.' ? next.end() + 1 : next.end();
            at = Texts.skipSpaces(text, after, limit);
        }
        return null;
    }

    /** The head of the subject in [segment, end): the name ending there, or a person the phrase opens with. */
    private ResolvedSpeaker subject(TextField field, String text, int segment, int end, boolean gerund) {
        FoundMention mention = entities.endingAt(field, end);
        if (mention != null && mention.start() >= segment && !governed(field, text, segment, mention.start(), gerund)) {
            return ResolvedSpeaker.of(mention.entity(), Confidence.NAMED, titleStart(text, segment, mention.start()), mention.end());
        }
        // head first, modifiers after: "Lena Okonkwo of the campaign group Climate Justice Now"
        for (FoundMention first : entities.within(field, segment, end)) {
            if (isModifier(text, first, end)) {
                continue;
            }
            int after = Texts.skipSpaces(text, first.end(), end);
            TextRange next = Words.at(text, after, end);
            boolean postmodified = next != null && GOVERNING.contains(next.in(text).toLowerCase(Locale.ROOT))
                    || after < end && text.charAt(after) == ',';
            if (first.entity().isPerson() && postmodified && onlyTitles(text, afterConnectors(text, segment, end),
                    first.start())) {
                return ResolvedSpeaker.of(first.entity(), Confidence.POSTMODIFIED_NAME, titleStart(text, segment, first.start()), first.end());
            }
            break;
        }
        return null;
    }

    /** Whether a preposition makes the name part of a longer phrase: "Okonkwo of Climate Justice Now". */
    private boolean governed(TextField field, String text, int segment, int start, boolean gerund) {
        int at = start;
        for (int k = 0; k < 8; k++) {
            TextRange word = Words.before(text, at, segment);
            if (word == null || Texts.skipSpacesBack(text, at, segment) != word.end()) {
                return false;
            }
            String lower = word.in(text).toLowerCase(Locale.ROOT);
            if (gerund && lower.equals("with")) {
                // "..., with Chair Jerome Powell saying ..."
                return false;
            }
            if (GOVERNING.contains(lower)) {
                TextRange previous = Words.before(text, word.start(), segment);
                if (previous == null || Texts.skipSpacesBack(text, word.start(), segment) != previous.end()) {
                    return true;
                }
                String p = previous.in(text);
                boolean named = entities.endingAt(field, previous.end()) != null;
                // "Secretary of State Antony Blinken" is a title; "a diplomat in Geneva" is not
                boolean title = !named && !SPEAKING_FOR.contains(p.toLowerCase(Locale.ROOT)) && Texts.isCapitalised(p)
                        && (lexicon.isRoleHead(p) || previous.start() > segment);
                if (!title) {
                    return true;
                }
            }
            at = word.start();
        }
        return false;
    }

    /** Whether a name only qualifies what follows: "U.S. President Donald Trump", "KTDA chairman Samuel Rotich". */
    private boolean isModifier(String text, FoundMention mention, int limit) {
        int at = Texts.skipSpaces(text, afterPossessive(text, mention.end(), limit), limit);
        if (entities.startingAt(mention.field(), at) != null) {
            return true;
        }
        TextRange next = Words.at(text, at, limit);
        if (next == null || at > mention.end() + 1 && afterPossessive(text, mention.end(), limit) == mention.end()) {
            return false;
        }
        String w = next.in(text);
        return lexicon.isRoleHead(w) || lexicon.isRoleModifier(w) && !w.equalsIgnoreCase("of")
                && !w.equalsIgnoreCase("and") && !w.equalsIgnoreCase("for");
    }

    /** "a Health Canada inspection report": the name qualifies the noun after it. */
    private boolean beforeNoun(String text, FoundMention mention, int limit) {
        int at = Texts.skipSpaces(text, mention.end(), limit);
        TextRange next = Words.at(text, at, limit);
        if (next == null || at == mention.end()) {
            return false;
        }
        String w = next.in(text);
        String lower = w.toLowerCase(Locale.ROOT);
        return Texts.isLowerCase(w) && !Lexicon.PREPOSITIONS.contains(lower) && !GOVERNING.contains(lower)
                && lexicon.verb(w) == null && !Lexicon.AUXILIARIES.contains(lower) && !CONNECTORS.contains(lower)
                && !lower.equals("and") && !lower.equals("or") && !lower.equals("who") && !lower.equals("said");
    }

    static int afterPossessive(String text, int end, int limit) {
        if (end + 1 < limit && (text.charAt(end) == '\'' || text.charAt(end) == '’')) {
            return end + 1 < limit && text.charAt(end + 1) == 's' ? end + 2 : end + 1;
        }
        return end;
    }

    private static int afterConnectors(String text, int from, int limit) {
        int at = Texts.skipSpaces(text, from, limit);
        TextRange word = Words.at(text, at, limit);
        while (word != null && CONNECTORS.contains(word.in(text).toLowerCase(Locale.ROOT))) {
            at = Texts.skipSpaces(text, word.end(), limit);
            word = Words.at(text, at, limit);
        }
        return at;
    }

    /** Whether [from, to) holds only titles, honorifics and articles ("Economist", "Rep.", "lead author"). */
    private boolean onlyTitles(String text, int from, int to) {
        int at = Texts.skipSpaces(text, from, to);
        int plain = 0;
        while (at < to) {
            TextRange word = Words.at(text, at, to);
            if (word == null) {
                return false;
            }
            String w = word.in(text);
            String lower = w.toLowerCase(Locale.ROOT);
            boolean title = lexicon.isRoleHead(w) || lexicon.isRoleModifier(w) || Texts.isCapitalised(w)
                    || Lexicon.DETERMINERS.contains(lower);
            // a few plain nouns may make a title too ("lead author", "season-ticket holder")
            boolean noun = Texts.isLowerCase(w) && lexicon.verb(w) == null && !Lexicon.FUNCTION_WORDS.contains(lower)
                    && !Lexicon.AUXILIARIES.contains(lower) && ++plain <= 3;
            if (!title && !noun) {
                return false;
            }
            int after = word.end() < to && text.charAt(word.end()) == '.' ? word.end() + 1 : word.end();
            at = Texts.skipSpaces(text, after, to);
        }
        return true;
    }

    /** Where the words naming a speaker start: its title, honorific and article included. */
    private int titleStart(String text, int segment, int start) {
        int at = start;
        for (int k = 0; k < 8; k++) {
            Matcher honorific = HONORIFIC_BEFORE.matcher(text).region(segment, at);
            if (honorific.find()) {
                at = honorific.start();
                continue;
            }
            int back = Texts.skipSpacesBack(text, at, segment);
            TextRange abbreviation = back > segment && text.charAt(back - 1) == '.'
                    ? Words.before(text, back - 1, segment) : null;
            if (abbreviation != null && abbreviation.end() == back - 1
                    && lexicon.isRoleHead(text.substring(abbreviation.start(), back))) {
                // "Gov. Gwen Moore", "Sen. Moore": an office written short, with its full stop
                at = abbreviation.start();
                continue;
            }
            TextRange word = Words.before(text, at, segment);
            if (word == null || Texts.skipSpacesBack(text, at, segment) != word.end()) {
                break;
            }
            String w = word.in(text);
            boolean title = lexicon.isRoleHead(w) || lexicon.isRoleModifier(w) && !GOVERNING.contains(w.toLowerCase(Locale.ROOT))
                    || Texts.isCapitalised(w) && !Lexicon.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))
                    || w.equalsIgnoreCase("the") || w.endsWith("'s") || w.endsWith("’s");
            if (!title) {
                break;
            }
            at = word.start();
        }
        return at;
    }

    /** Whether a mention opens its clause: only titles and honorifics between it and a clause break. */
    private boolean subjectPosition(FoundMention mention) {
        String text = texts.get(mention.field());
        if (text == null) {
            return false;
        }
        int start = titleStart(text, 0, mention.start());
        int before = Texts.skipSpacesBack(text, start, 0);
        if (before == 0 || ".,;:!?\"”“’‘«»\n(—–".indexOf(text.charAt(before - 1)) >= 0) {
            return true;
        }
        return endsWithWord(text, before, 0, CONNECTORS.toArray(String[]::new));
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
            TextRange word = Words.before(text, pos, clauseStart);
            if (word == null || word.end() != pos) {
                return pos;
            }
            String w = word.in(text);
            String lower = w.toLowerCase(Locale.ROOT);
            Matcher wentOn = WENT_ON_TO.matcher(text).region(clauseStart, pos);
            if (lower.equals("to") && wentOn.find()) {
                // "Berg went on to say", "she proceeded to add": the subject stands before
                pos = Texts.skipSpacesBack(text, wentOn.start(), clauseStart);
                continue;
            }
            if (!Lexicon.AUXILIARIES.contains(lower) && !(lower.endsWith("ly") && Texts.isLowerCase(w))) {
                return pos;
            }
            pos = Texts.skipSpacesBack(text, word.start(), clauseStart);
        }
    }

    /** Whether the word before the verb joins it to an earlier one ("... and said", "but argued"). */
    static boolean coordinated(String text, int clauseStart, int verbStart) {
        int pos = skipAuxiliaries(text, clauseStart, verbStart);
        return endsWithWord(text, pos, clauseStart, "and", "but", "or", "nor");
    }

    /** Whether the words before a verb deny or defer it ("has yet to comment", "did not say", "to announce"). */
    static boolean negated(String text, int clauseStart, int verbStart) {
        int pos = Texts.skipSpacesBack(text, verbStart, clauseStart);
        for (int k = 0; k < 4; k++) {
            TextRange word = Words.before(text, pos, clauseStart);
            if (word == null || word.end() != pos) {
                return false;
            }
            String lower = word.in(text).toLowerCase(Locale.ROOT);
            if (lower.equals("to") && WENT_ON_TO.matcher(text).region(clauseStart, word.end()).find()) {
                // "went on to say": said, not only meant to be said
                return false;
            }
            if (Lexicon.NEGATIONS.contains(lower) || lower.endsWith("n't") || lower.endsWith("n’t")) {
                return true;
            }
            if (!Lexicon.AUXILIARIES.contains(lower) && !lower.endsWith("ly")) {
                return false;
            }
            pos = Texts.skipSpacesBack(text, word.start(), clauseStart);
        }
        return false;
    }

    /** The position before an acronym in parentheses ending at {@code pos}, else {@code pos}. */
    private static int skipAcronym(String text, int limit, int pos) {
        Matcher acronym = ACRONYM_BEFORE.matcher(text).region(limit, pos);
        return acronym.find() ? Texts.skipSpacesBack(text, acronym.start(), limit) : pos;
    }

    /** The last comma before {@code pos} that is not inside a number ("$240,000"), or -1. */
    private static int lastComma(String text, int limit, int pos) {
        for (int i = pos - 1; i > limit; i--) {
            if (text.charAt(i) == ',' && !(i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isPronoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Lexicon.PRONOUNS_PERSON.contains(lower) || Lexicon.PRONOUNS_ORGANIZATION.contains(lower)
                || lower.equals("they");
    }

    private static boolean endsWithWord(String text, int pos, int limit, String... words) {
        TextRange word = Words.before(text, pos, limit);
        if (word == null || word.end() != Texts.skipSpacesBack(text, pos, limit)) {
            return false;
        }
        String w = word.in(text).toLowerCase(Locale.ROOT);
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
        while (i >= clauseStart && (",;:—–\"“”«»„()".indexOf(text.charAt(i)) < 0
                || text.charAt(i) == ',' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1)))) {
            i--;
        }
        return Texts.skipSpaces(text, i + 1, end);
    }
}
