package io.newswire.enrich.nlp;

import static io.newswire.enrich.nlp.StatementWords.AMBIGUOUS_STARTS;
import static io.newswire.enrich.nlp.StatementWords.CONDITIONS;
import static io.newswire.enrich.nlp.StatementWords.EMPTY_OBJECTS;
import static io.newswire.enrich.nlp.StatementWords.PROMISES;
import static io.newswire.enrich.nlp.StatementWords.RELATIVE_SUBJECTS;
import static io.newswire.enrich.nlp.StatementWords.SUBORDINATING;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.enrich.nlp.Lexicon.Verb;
import io.newswire.enrich.nlp.Lexicon.VerbKind;
import io.newswire.enrich.nlp.QuoteScanner.Quote;
import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import io.newswire.events.StatementType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting verb with its speaker and what was said: a quote next to it, the reported clause after it
 * ("said that ..."), or the reported words before it ("The strikes were legal, Trump said.").
 */
final class ReportingClauses {

    /** A plea after "pleaded": "guilty", "not guilty", "no contest". */
    /** "described the plan as a betrayal": what the speaker called it, given with "as" (up to six words in). */
    private static final Pattern CHARACTERISED_AS = Pattern.compile("^(?:\\S+\\s+){1,6}as\\s+\\S");
    private static final Pattern PLEA = Pattern.compile("\\s+(?:not\\s+)?(?:guilty|innocent|no\\s+contest)\\b");
    /** A number after "admitted": people taken in ("admitted 41 patients"), nothing said. */
    private static final Pattern ADMISSION = Pattern.compile("\\s+(?:\\d|more than \\d|about \\d|dozens|hundreds)");
    /** A title owned by the speaker, set off by commas before the name: "his agent", "her lawyer". */
    private static final Pattern OWNER_TITLE = Pattern.compile("\\s*(?:his|her|their|its)(?:\\s+[\\p{L}-]+){1,2}\\s*");
    /** A time adverbial right after the verb ("said on Sunday it had ..."), skipped before the clause. */
    private static final Pattern LEADING_TIME = Pattern.compile("(?i)(?:(?:on|earlier|later)\\s+)?"
            + "(?:(?:early|late)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
            + "|tonight|(?:this|last|next)\\s+(?:week|month|year|morning|afternoon|evening|weekend))"
            + "(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+");
    /** A quantity opening a clause, not a preposition opening an adverbial ("at least four", "about 200"). */
    private static final Pattern QUANTITY = Pattern.compile("(?i)(?:at (?:least|most)|(?:about|around|over|under|"
            + "up to|nearly|almost|roughly|more than|fewer than|less than) (?:\\d|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|a (?:dozen|hundred|thousand|million|third|quarter|half)|half|hundreds|thousands|dozens))\\b");

    private final Paragraph p;
    private final String t;
    private final Findings findings;
    private final ReportedContent content;
    private final SpeakerResolver resolver;
    private final ArticleEntities entities;
    private final Lexicon lexicon;

    ReportingClauses(Paragraph p, Findings findings, ReportedContent content, SpeakerResolver resolver,
            ArticleEntities entities, Lexicon lexicon) {
        this.p = p;
        this.t = p.text();
        this.findings = findings;
        this.content = content;
        this.resolver = resolver;
        this.entities = entities;
        this.lexicon = lexicon;
    }

    /** Reads the reporting verb found from {@code cs} to {@code ce} in the sentence unit. */
    void read(TextRange unit, Verb verb, int cs, int ce) {
        if (verb.kind() == VerbKind.PARSED || saysNothing(unit, verb, ce)) {
            // a belief or a finding is read from the parse alone (ParsedClauses)
            return;
        }
        int clauseStart = content.clauseStart(unit, cs);
        if (SpeakerResolver.negated(t, clauseStart, cs) || passive(clauseStart, cs, verb)) {
            return;
        }
        String cue = t.substring(cs, ce).replaceAll("\\s+", " ");
        ResolvedSpeaker speaker = speaker(unit, verb, clauseStart, cs, ce);
        if (speaker == null) {
            return;
        }
        // "said Champagne": the speaker stands after the verb
        boolean inverted = ReportedContent.ONLY_PUNCTUATION.matcher(t.substring(clauseStart, cs)).matches();
        int afterCue = inverted ? speaker.end() : ce;
        int headStart = inverted ? cs : speaker.start();
        if (quoteBefore(unit, headStart, afterCue, speaker, cue)) {
            return;
        }
        if (inverted && verb.kind() != VerbKind.QUOTED && contentBefore(unit, headStart, speaker, cue)) {
            // "The endorsement “was early,” said Heiserman of the union": the words before, not "of the union"
            return;
        }
        TextRange scope = scope(unit, clauseStart, cs, ce, inverted, speaker, cue);
        if (scope == null || contentAfter(scope, verb, cs, afterCue, speaker, cue)) {
            return;
        }
        if (verb.kind() != VerbKind.QUOTED && !inverted && contentBefore(unit, headStart, speaker, cue)) {
            return;
        }
        wordsElsewhere(unit, cs, ce, afterCue, headStart, speaker, cue);
    }

    /** "pleaded guilty" is a plea in court, "the unit admitted 41 patients" took them in: nothing said. */
    private boolean saysNothing(TextRange unit, Verb verb, int ce) {
        return verb.base().equals("plead") && PLEA.matcher(t).region(ce, unit.end()).lookingAt()
                || verb.base().equals("admit") && ADMISSION.matcher(t).region(ce, unit.end()).lookingAt();
    }

    /** Who speaks: after the verb when nothing stands before it, the clause's subject, or the name before it. */
    private ResolvedSpeaker speaker(TextRange unit, Verb verb, int clauseStart, int cs, int ce) {
        if (ReportedContent.ONLY_PUNCTUATION.matcher(t.substring(clauseStart, cs)).matches()) {
            return resolver.after(p.field(), t, ce, unit.end(), unit.start());
        }
        if (SpeakerResolver.coordinated(t, clauseStart, cs) || verb.gerund() && charBefore(cs, clauseStart) == ',') {
            // "... and urged", "but admitted", ", saying": the subject of the clause, or the last speaker in it
            ResolvedSpeaker speaker = resolver.lastSpeaker(p.field(), cs, unit.start());
            return speaker != null ? speaker : resolver.clauseSubject(p.field(), t, unit.start(), cs);
        }
        return resolver.before(p.field(), t, clauseStart, cs, verb.gerund(), unit.start());
    }

    /** A quote the attribution follows (“A,” she said), and the quote it goes on in (“A,” she said, “B.”). */
    private boolean quoteBefore(TextRange unit, int headStart, int afterCue, ResolvedSpeaker speaker, String cue) {
        Quote before = quoteJustBefore(unit, headStart);
        if (before == null || !p.isUtterance(before)) {
            return false;
        }
        findings.direct(before, speaker, cue, Confidence.DIRECT_CUED);
        int pos = Texts.skipSpaces(t, afterCue, unit.end());
        if (pos < unit.end() && (t.charAt(pos) == ',' || t.charAt(pos) == ':')) {
            Quote next = p.quoteOpeningAt(Texts.skipSpaces(t, pos + 1, unit.end()));
            if (next != null && !findings.isConsumed(next)) {
                findings.direct(next, speaker, cue, Confidence.DIRECT_CUED);
            }
        }
        return true;
    }

    /**
     * Where the words after the verb may run: the sentence, or only to the comma that ends a subordinate or
     * relative attribution ("where organisers said 140,000 people marched, ..."); {@code null} when the words
     * after that comma were what was said ("As Berg told the Guardian, the ruling changes little").
     */
    private TextRange scope(TextRange unit, int clauseStart, int cs, int ce, boolean inverted,
            ResolvedSpeaker speaker, String cue) {
        TextRange opener = inverted ? null : Words.before(t, speaker.start(), unit.start());
        TextRange relative = Words.before(t, SpeakerResolver.skipAuxiliaries(t, clauseStart, cs), clauseStart);
        boolean subordinate = opener != null && SUBORDINATING.contains(opener.in(t).toLowerCase(Locale.ROOT))
                // "Carmody, who said she would stay, declined ...": the relative clause ends at its comma
                || relative != null && RELATIVE_SUBJECTS.contains(relative.in(t).toLowerCase(Locale.ROOT));
        if (!subordinate) {
            return unit;
        }
        int comma = ce;
        while (comma < unit.end() && (t.charAt(comma) != ',' || p.quoteAt(comma) != null)) {
            comma++;
        }
        boolean asOpensSentence = opener != null && opener.in(t).equalsIgnoreCase("as")
                && opener.start() == Texts.skipSpaces(t, unit.start(), unit.end());
        if (asOpensSentence && comma < unit.end()) {
            int start = Texts.skipSpaces(t, comma + 1, unit.end());
            if (findings.report(start, content.clauseEnd(start, unit.end(), false), speaker, cue,
                    Confidence.REPORTED_BEFORE_CUE, 3, false)) {
                return null;
            }
        }
        return new TextRange(unit.start(), comma);
    }

    /** No words next to the verb: they follow in the next paragraph ("she said:"), or were the quote before. */
    private void wordsElsewhere(TextRange unit, int cs, int ce, int afterCue, int headStart, ResolvedSpeaker speaker,
            String cue) {
        String rest = t.substring(afterCue, p.end()).strip();
        if (rest.endsWith(":") && rest.length() < 80 && rest.chars().noneMatch(c -> ".!?\"“”«»„".indexOf(c) >= 0)) {
            findings.introduce(new FoundStatement(speaker, p.field(), cs, ce, cue, StatementType.DIRECT, cue,
                    Confidence.DIRECT_INTRODUCED));
            return;
        }
        if (t.substring(unit.start(), headStart).isBlank()) {
            // "“…” Champagne said in the statement." as a sentence of its own
            Quote last = null;
            for (Quote quote : p.quotes()) {
                if (quote.end() <= unit.start()) {
                    last = quote;
                }
            }
            if (last != null && !findings.isConsumed(last)
                    && ReportedContent.ONLY_PUNCTUATION.matcher(t.substring(last.end(), unit.start())).matches()) {
                findings.direct(last, speaker, cue, Confidence.DIRECT_NEXT_SENTENCE);
            }
        }
    }

    /** Words after the verb: a quote it introduces, or the reported clause (with any quoted fragment). */
    private boolean contentAfter(TextRange unit, Verb verb, int cs, int from, ResolvedSpeaker speaker, String cue) {
        int limit = unit.end();
        int pos = Texts.skipSpaces(t, from, limit);
        if (introducesQuote(pos, limit, speaker, cue)) {
            return true;
        }
        Matcher time = LEADING_TIME.matcher(t).region(pos, limit);
        if (time.lookingAt()) {
            if (time.group().strip().endsWith(",")) {
                // "their union announced Friday, a move that ...": what follows the comma is the writer's
                return false;
            }
            pos = time.end();
        }
        TextRange word = Words.at(t, pos, limit);
        if (word == null) {
            if (p.quoteOpeningAt(pos) == null) {
                return false;
            }
            // a quoted phrase as what was said: called for “all sides to exercise restraint”
            return findings.report(pos, content.clauseEnd(pos, limit, verb.kind() == VerbKind.NP), speaker, cue, Confidence.REPORTED, 2,
                    verb.kind() == VerbKind.QUOTED);
        }
        String first = word.in(t).toLowerCase(Locale.ROOT);
        if (first.equals("of")) {
            // "said of Apple": whom the words were about, not the words
            return false;
        }
        if (verb.kind() == VerbKind.QUOTED) {
            // "called the measure „overdue“": what was said is the object with its quoted words
            return reportClause(pos, false, first, verb, limit, speaker, cue);
        } else if (first.equals("that")) {
            return reportClause(word.end(), true, first, verb, limit, speaker, cue);
        } else if (CONDITIONS.contains(first) && verb.kind() == VerbKind.CLAUSE && pos == Texts.skipSpaces(t, from,
                limit)) {
            // "Berg said although the court had ruled, “the fight is not over”": the condition is part of it
            return reportClause(pos, false, first, verb, limit, speaker, cue);
        } else if (first.equals("to") && PROMISES.contains(verb.base()) && pos == Texts.skipSpaces(t, from, limit)
                && followedByVerb(word.end(), limit)) {
            // "vowed to form a task force", "promising to lift regulations": the promise is what was said
            return reportClause(pos, false, first, verb, limit, speaker, cue);
        } else if (Lexicon.SUBORDINATORS.contains(first) && !first.equals("as")) {
            // "..., Claire Beaulieu announced Tuesday, though the province ...": not what was said
            return false;
        } else if (verb.kind() != VerbKind.THAT && verb.kind() != VerbKind.LISTENER
                && QUANTITY.matcher(t).region(pos, limit).lookingAt()) {
            // "said at least four businesses had closed", "said about 200 people"
            return reportClause(pos, false, first, verb, limit, speaker, cue);
        } else if (Lexicon.PREPOSITIONS.contains(first) || verb.kind() == VerbKind.OBJECT
                || verb.kind() == VerbKind.LISTENER || verb.kind() == VerbKind.THAT) {
            return contentAfterPhrase(pos, limit, first, verb, cs, speaker, cue);
        } else if (EMPTY_OBJECTS.contains(first) && !content.startsClause(word.end(), limit)) {
            // "said little at the meeting", "said nothing about it", "said so"
            return false;
        }
        return reportClause(pos, false, first, verb, limit, speaker, cue);
    }

    /**
     * What was said after a phrase between the verb and the words: "posted on Twitter that", "told reporters on
     * Friday that", "said in a statement: “…”", "asked councils not to raise taxes".
     */
    private boolean contentAfterPhrase(int pos, int limit, String first, Verb verb, int cs, ResolvedSpeaker speaker,
            String cue) {
        int that = -1;
        int at = pos;
        boolean prepositional = Lexicon.PREPOSITIONS.contains(first);
        for (int k = 0; k < 12 && at < limit; k++) {
            TextRange next = Words.at(t, at, limit);
            if (next == null && prepositional && t.charAt(at) == ',' && k > 1) {
                // "says at a campaign stop in Toledo, Ohio, that ...": a place's region inside the phrase
                at = Texts.skipSpaces(t, at + 1, limit);
                continue;
            }
            if (next == null) {
                if (introducesQuote(at, limit, speaker, cue)) {
                    return true;
                }
                break;
            }
            if (next.in(t).equalsIgnoreCase("that")) {
                that = next.end();
                break;
            }
            at = Texts.skipSpaces(t, next.end(), limit);
        }
        if (that >= 0 && (prepositional || verb.kind() == VerbKind.OBJECT || verb.kind() == VerbKind.LISTENER)) {
            // the cue runs to "that": "told reporters on Friday that"
            String throughThat = t.substring(cs, that).replaceAll("\\s+", " ");
            return reportClause(that, true, first, verb, limit, speaker, throughThat);
        } else if (verb.base().equals("tell") && !prepositional) {
            return reportClause(afterListener(pos, limit), false, first, verb, limit, speaker, cue);
        } else if (verb.kind() == VerbKind.OBJECT && !prepositional
                || verb.kind() != VerbKind.THAT && AMBIGUOUS_STARTS.contains(first)) {
            return reportClause(pos, false, first, verb, limit, speaker, cue);
        } else if (verb.kind() == VerbKind.LISTENER && !prepositional && content.directive(pos, limit)) {
            // "asked councils not to raise taxes": whom they asked, and what to do
            return reportClause(pos, false, first, verb, limit, speaker, cue);
        }
        return false;
    }

    /**
     * Reports the clause starting at {@code contentStart} to its end, unless it is a bare reaction ("condemned the
     * vote"); {@code first} is the first word after the verb.
     */
    /** Whether a word in lower case, a verb after "to", comes next ("to form", not "to reporters"). */
    private boolean followedByVerb(int from, int limit) {
        TextRange next = Words.at(t, Texts.skipSpaces(t, from, limit), limit);
        return next != null && Texts.isLowerCase(next.in(t)) && !Lexicon.DETERMINERS.contains(next.in(t))
                && !Lexicon.FUNCTION_WORDS.contains(next.in(t));
    }

    private boolean reportClause(int contentStart, boolean withThat, String first, Verb verb, int limit,
            ResolvedSpeaker speaker, String cue) {
        int start = Texts.skipSpaces(t, contentStart, limit);
        if (withThat && start < limit && t.charAt(start) == ',') {
            // "said that, if elected, he would ...": the reported clause starts with an inserted phrase
            start = Texts.skipSpaces(t, start + 1, limit);
        }
        if (start >= limit || !Character.isLetterOrDigit(t.charAt(start)) && p.quoteOpeningAt(start) == null) {
            return false;
        }
        boolean nounPhrase = verb.kind() == VerbKind.NP && !withThat;
        int end = content.clauseEnd(start, limit, nounPhrase);
        if (nounPhrase && Texts.words(t.substring(start, content.withoutTrailingTime(start, end, 1))).size() <= 3
                && p.quoteAt(start) == null && Lexicon.DETERMINERS.contains(first)) {
            // "condemned the vote", "denied the allegations": a reaction, no words reported
            return false;
        }
        // "called the measure „overdue“" needs its quoted words, "described the plan as a betrayal" has "as" instead
        boolean needsQuote = verb.kind() == VerbKind.QUOTED && !CHARACTERISED_AS.matcher(t).region(start, end).find();
        return findings.report(start, end, speaker, cue, Confidence.REPORTED,
                nounPhrase || verb.kind() == VerbKind.QUOTED ? 2 : 3, needsQuote);
    }

    /** A quote right after the verb, after a colon or comma, or one that is a whole sentence. */
    private boolean introducesQuote(int pos, int limit, ResolvedSpeaker speaker, String cue) {
        if (pos >= limit) {
            return false;
        }
        boolean punctuated = t.charAt(pos) == ':' || t.charAt(pos) == ',';
        int at = punctuated ? Texts.skipSpaces(t, pos + 1, limit) : pos;
        Quote quote = p.quoteOpeningAt(at);
        if (quote == null || findings.isConsumed(quote)) {
            return false;
        }
        boolean capital = Character.isUpperCase(t.codePointAt(quote.innerStart()));
        boolean sentence = capital && (quote.end() >= limit
                || ReportedContent.ONLY_PUNCTUATION.matcher(t.substring(quote.end(), limit)).matches());
        if (punctuated && capital || sentence) {
            findings.direct(quote, speaker, cue, Confidence.DIRECT_CUED);
            return true;
        }
        return false;
    }

    /** Reported words before the attribution: "The strikes were legal, Trump said." */
    private boolean contentBefore(TextRange unit, int headStart, ResolvedSpeaker speaker, String cue) {
        int comma = Texts.skipSpacesBack(t, headStart, unit.start());
        // a title in lower case may stand between the comma and the name ("..., hospital superintendent Dr. X")
        for (int k = 0; k < 3 && comma > unit.start() && t.charAt(comma - 1) != ','; k++) {
            TextRange word = Words.before(t, comma, unit.start());
            if (word == null || word.end() != comma || !Texts.isLowerCase(word.in(t))) {
                break;
            }
            comma = Texts.skipSpacesBack(t, word.start(), unit.start());
        }
        int previous = comma - 1 > unit.start() && t.charAt(comma - 1) == ',' ? t.lastIndexOf(',', comma - 2) : -1;
        if (previous > unit.start() && OWNER_TITLE.matcher(t.substring(previous + 1, comma - 1)).matches()) {
            // "..., his agent, Paul Kessler, said": the title set off before the name is no part of what was said
            comma = previous + 1;
        }
        int end = comma - 1;
        if (comma - 2 > unit.start() && "”\"’»“".indexOf(t.charAt(comma - 1)) >= 0 && t.charAt(comma - 2) == ',') {
            // the comma inside the quote: All nine were alive and in "reasonable condition," the minister said
            end = comma;
        } else if (comma - 3 > unit.start() && t.startsWith(",''", comma - 3)) {
            // the same in the doubled apostrophes of the New York Times' archive: Not paying taxes ''makes me smart,''
            end = comma;
        } else if (comma <= unit.start() || t.charAt(comma - 1) != ',') {
            return false;
        }
        int start = content.contentStart(unit.start(), end);
        if (start < 0) {
            return false;
        }
        return findings.report(start, end, speaker, cue, Confidence.REPORTED_BEFORE_CUE, 4, false);
    }

    /** Skips the listener of "told": a name or a short noun phrase ("reporters", "the BBC"). */
    private int afterListener(int pos, int limit) {
        FoundMention mention = entities.startingAt(p.field(), pos);
        int at = pos;
        if (mention != null) {
            at = mention.end();
        } else {
            TextRange word = Words.at(t, pos, limit);
            if (word != null && Lexicon.DETERMINERS.contains(word.in(t).toLowerCase(Locale.ROOT))) {
                word = Words.at(t, Texts.skipSpaces(t, word.end(), limit), limit);
            }
            at = word == null ? pos : word.end();
        }
        int next = Texts.skipSpaces(t, at, limit);
        TextRange word = Words.at(t, next, limit);
        if (word != null && word.in(t).equalsIgnoreCase("that")) {
            return word.end();
        }
        return at;
    }

    /**
     * The quote the attribution follows: only commas, spaces and a few title words ("union president")
     * between its closing mark and the speaker or verb.
     */
    private Quote quoteJustBefore(TextRange unit, int headStart) {
        if (Texts.skipSpacesBack(t, headStart, unit.start()) == unit.start()) {
            // “Who do they think they are?” Trump said: the question mark ended the sentence before the attribution
            int end = Texts.skipSpacesBack(t, unit.start(), p.start());
            for (Quote quote : p.quotes()) {
                if (quote.closed() && quote.end() == end && !findings.isConsumed(quote) && end > quote.open() + 1
                        && "?!".indexOf(t.charAt(quote.innerEnd() - 1)) >= 0) {
                    return quote;
                }
            }
        }
        int end = Texts.skipSpacesBack(t, headStart, unit.start());
        for (int k = 0; k < 4; k++) {
            Quote quote = closedQuoteEndingAt(unit, end);
            if (quote != null) {
                return quote;
            }
            TextRange word = Words.before(t, end, unit.start());
            if (word == null || word.end() != end || lexicon.verb(word.in(t)) != null) {
                return null;
            }
            end = Texts.skipSpacesBack(t, word.start(), unit.start());
        }
        return null;
    }

    private Quote closedQuoteEndingAt(TextRange unit, int end) {
        while (end > unit.start() && t.charAt(end - 1) == ',') {
            end = Texts.skipSpacesBack(t, end - 1, unit.start());
        }
        for (Quote quote : p.quotes()) {
            if (quote.closed() && quote.end() == end && !findings.isConsumed(quote) && quote.open() >= unit.start()) {
                return quote;
            }
        }
        return null;
    }

    /** "was told", "is said": the subject is not the speaker. */
    private boolean passive(int clauseStart, int cs, Verb verb) {
        if (verb.gerund()) {
            return false;
        }
        TextRange word = Words.before(t, cs, clauseStart);
        return word != null && Texts.skipSpacesBack(t, cs, clauseStart) == word.end()
                && Lexicon.PASSIVE_AUXILIARIES.contains(word.in(t).toLowerCase(Locale.ROOT));
    }

    private char charBefore(int offset, int limit) {
        int at = Texts.skipSpacesBack(t, offset, limit);
        return at > limit ? t.charAt(at - 1) : '\0';
    }
}
