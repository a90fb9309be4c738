package io.newswire.enrich.nlp;

import static io.newswire.enrich.nlp.StatementWords.AMBIGUOUS_STARTS;
import static io.newswire.enrich.nlp.StatementWords.ARTICLES;
import static io.newswire.enrich.nlp.StatementWords.CONDITIONS;
import static io.newswire.enrich.nlp.StatementWords.EMPTY_OBJECTS;
import static io.newswire.enrich.nlp.StatementWords.JOINERS;
import static io.newswire.enrich.nlp.StatementWords.NARRATIVE_CLAUSES;
import static io.newswire.enrich.nlp.StatementWords.RELATIVE_SUBJECTS;
import static io.newswire.enrich.nlp.StatementWords.SUBORDINATING;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.enrich.nlp.Lexicon.Verb;
import io.newswire.enrich.nlp.Lexicon.VerbKind;
import io.newswire.enrich.nlp.QuoteScanner.Quote;
import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import io.newswire.events.Span;
import io.newswire.events.Statement;
import io.newswire.events.StatementType;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who said what in the standfirst and body: direct quotes attributed by a reporting verb before or after
 * them, reported speech ("X said that ...", "according to X, ..."), reported speech with a quoted fragment, and
 * quotes that continue the words of the speaker before them (in the paragraph, or over several paragraphs).
 * Headlines are left out: they paraphrase the body.
 */
final class StatementExtractor {

    /** A plea after "pleaded": "guilty", "not guilty", "no contest". */
    private static final Pattern PLEA = Pattern.compile("\\s+(?:not\\s+)?(?:guilty|innocent|no\\s+contest)\\b");
    /** A number after "admitted": people taken in ("admitted 41 patients"), nothing said. */
    private static final Pattern ADMISSION = Pattern.compile("\\s+(?:\\d|more than \\d|about \\d|dozens|hundreds)");
    /** What describes the source of "according to X" to the end of the sentence: ", a professor of law at Leeds." */
    private static final Pattern SOURCE_APPOSITION = Pattern.compile("\\s*,\\s*(?:a|an|the|who)\\s[^,;:\"“”]*[.!?]?\\s*");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    /** A title owned by the speaker, set off by commas before the name: "his agent", "her lawyer". */
    private static final Pattern OWNER_TITLE = Pattern.compile("\\s*(?:his|her|their|its)(?:\\s+[\\p{L}-]+){1,2}\\s*");
    /** The dash between a quote and the name that signs it: "”― Sonya Herridge". */
    private static final Pattern SIGNATURE_DASH = Pattern.compile("[\\h\\u00A0]*[―—–][\\h\\u00A0]*");
    /** A time adverbial at the end of reported speech belongs to the reporting verb ("... on Friday"). */
    private static final Pattern TRAILING_TIME = Pattern.compile("(?i)[,\\s]+(?:on\\s+)?(?:(?:early|late)\\s+)?"
            + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
            + "|this\\s+(?:week|month|year|morning|afternoon|evening)|last\\s+(?:week|month|year|night))"
            + "(?:\\s+(?:morning|afternoon|evening|night))?$");
    /** A time adverbial right after the verb ("said on Sunday it had ..."), skipped before the clause. */
    private static final Pattern LEADING_TIME = Pattern.compile("(?i)(?:(?:on|earlier|later)\\s+)?"
            + "(?:(?:early|late)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
            + "|tonight|(?:this|last|next)\\s+(?:week|month|year|morning|afternoon|evening|weekend))"
            + "(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+");
    /** A dateline opening a paragraph ("BRUSSELS — ", "GENEVA (Reuters) - "). */
    private static final Pattern DATELINE = Pattern.compile("^\\s*(?:\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?\\s*(?:\\([^)\\n]{1,40}\\))?)\\s*[—–-]{1,2}\\s");
    /** A quantity opening a clause, not a preposition opening an adverbial ("at least four", "about 200"). */
    private static final Pattern QUANTITY = Pattern.compile("(?i)(?:at (?:least|most)|(?:about|around|over|under|"
            + "up to|nearly|almost|roughly|more than|fewer than|less than) (?:\\d|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|a (?:dozen|hundred|thousand|million|third|quarter|half)|half|hundreds|thousands|dozens))\\b");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\s,;:.!?\"“”‘’'»«„—–-]*");


    private final Lexicon lexicon = Lexicon.get();

    /** A paragraph of a field with its quotes and its sentences (sentences joined where a quote spans them). */
    private record Paragraph(TextField field, String text, int start, int end, List<Quote> quotes,
            List<TextRange> units) {

        Quote quoteAt(int offset) {
            for (Quote quote : quotes) {
                if (quote.contains(offset)) {
                    return quote;
                }
            }
            return null;
        }

        Quote quoteOpeningAt(int offset) {
            for (Quote quote : quotes) {
                if (quote.open() == offset) {
                    return quote;
                }
            }
            return null;
        }

        TextRange unitOf(int offset) {
            for (TextRange unit : units) {
                if (offset >= unit.start() && offset < unit.end()) {
                    return unit;
                }
            }
            return null;
        }
    }

    /** A statement before ids are given. */
    private record Found(ResolvedSpeaker speaker, TextField field, int start, int end, String quote,
            StatementType type, String cue, double confidence) {
    }

    /** What one paragraph hands on to the next: its last statement and quote, and a speaker left at a colon. */
    private record Carry(TextField field, Found last, Quote lastQuote, Found introduced) {

        static final Carry NONE = new Carry(null, null, null, null);
    }

    List<Statement> extract(List<AnalyzedText> fields, ArticleEntities entities) {
        Map<TextField, List<Quote>> quotes = new EnumMap<>(TextField.class);
        Map<TextField, String> texts = new EnumMap<>(TextField.class);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (AnalyzedText text : fields) {
            if (text.field() == TextField.TITLE) {
                continue;
            }
            texts.put(text.field(), text.text());
            List<Quote> fieldQuotes = new ArrayList<>();
            for (Paragraph paragraph : paragraphs(text)) {
                paragraphs.add(paragraph);
                fieldQuotes.addAll(paragraph.quotes());
            }
            quotes.put(text.field(), fieldQuotes);
        }
        SpeakerResolver resolver = new SpeakerResolver(entities, texts, quotes);
        List<Found> found = new ArrayList<>();
        Carry carry = Carry.NONE;
        for (Paragraph paragraph : paragraphs) {
            ParagraphScan scan = new ParagraphScan(paragraph, resolver, entities);
            scan.run(carry.field() == paragraph.field() ? carry : Carry.NONE);
            found.addAll(scan.out);
            Found last = scan.out.stream().max(Comparator.comparingInt(Found::start)).orElse(null);
            Quote lastQuote = paragraph.quotes().isEmpty() ? null : paragraph.quotes().get(paragraph.quotes().size() - 1);
            carry = new Carry(paragraph.field(), last, lastQuote, scan.introduced);
        }
        found.sort(Comparator.<Found>comparingInt(f -> f.field().ordinal()).thenComparingInt(Found::start));
        List<Statement> statements = new ArrayList<>();
        Set<String> spans = new HashSet<>();
        for (Found f : found) {
            if (!spans.add(f.field() + ":" + f.start() + ":" + f.end()) || f.quote().isBlank()) {
                continue;
            }
            statements.add(new Statement("s" + (statements.size() + 1), f.speaker().toSpeaker(), f.quote(), f.type(),
                    f.cue(), new Span(f.field(), f.start(), f.end()),
                    Math.round(f.confidence() * f.speaker().certainty() * 100) / 100.0));
        }
        return statements;
    }

    private static List<Paragraph> paragraphs(AnalyzedText text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String s = text.text();
        Matcher breaks = PARAGRAPH_BREAK.matcher(s);
        int start = 0;
        while (true) {
            boolean more = breaks.find();
            int end = more ? breaks.start() : s.length();
            if (end > start) {
                List<Quote> quotes = QuoteScanner.scan(s, start, end);
                paragraphs.add(new Paragraph(text.field(), s, start, end, quotes, units(text, start, end, quotes)));
            }
            if (!more) {
                break;
            }
            start = breaks.end();
        }
        return paragraphs;
    }

    /** The sentences of a paragraph, joined where a sentence break falls inside a quote. */
    private static List<TextRange> units(AnalyzedText text, int start, int end, List<Quote> quotes) {
        List<TextRange> units = new ArrayList<>();
        for (AnalyzedText.Sentence sentence : text.sentences()) {
            if (sentence.end() <= start || sentence.start() >= end) {
                continue;
            }
            TextRange unit = new TextRange(Math.max(start, sentence.start()), Math.min(end, sentence.end()));
            if (!units.isEmpty()) {
                TextRange last = units.get(units.size() - 1);
                boolean split = quotes.stream().anyMatch(q -> q.open() < unit.start() && q.end() > last.end());
                if (split) {
                    units.set(units.size() - 1, new TextRange(last.start(), unit.end()));
                    continue;
                }
            }
            units.add(unit);
        }
        if (units.isEmpty()) {
            units.add(new TextRange(start, end));
        }
        return units;
    }

    /** The work on one paragraph. */
    private final class ParagraphScan {

        private final Paragraph p;
        private final String t;
        private final SpeakerResolver resolver;
        private final ArticleEntities entities;
        private final List<Found> out = new ArrayList<>();
        private final Set<Quote> consumed = new HashSet<>();
        private final List<TextRange> reported = new ArrayList<>();
        /** A speaker whose words the paragraph announces with a final colon ("she said:"). */
        private Found introduced;

        ParagraphScan(Paragraph p, SpeakerResolver resolver, ArticleEntities entities) {
            this.p = p;
            this.t = p.text();
            this.resolver = resolver;
            this.entities = entities;
        }

        void run(Carry carry) {
            int first = Texts.skipSpaces(t, p.start(), p.end());
            Quote opening = p.quoteOpeningAt(first);
            if (opening != null && carry.introduced() != null) {
                // "In a speech, she said:" and the quote in the next paragraph
                direct(opening, carry.introduced().speaker(), carry.introduced().cue(), Confidence.DIRECT_INTRODUCED);
            }
            Matcher cues = lexicon.cuePattern().matcher(t).region(p.start(), p.end());
            while (cues.find()) {
                int cs = cues.start();
                int ce = cues.end();
                if (p.quoteAt(cs) != null || inReported(cs)) {
                    continue;
                }
                TextRange unit = p.unitOf(cs);
                if (unit == null) {
                    continue;
                }
                if (cues.group().regionMatches(true, 0, "according", 0, 9)) {
                    accordingTo(unit, cs, ce);
                } else {
                    Verb verb = lexicon.verb(cues.group());
                    if (verb != null) {
                        reportingVerb(unit, verb, cs, ce);
                    }
                }
            }
            continuedQuotes(carry);
        }

        private void reportingVerb(TextRange unit, Verb verb, int cs, int ce) {
            if (verb.base().equals("plead") && PLEA.matcher(t).region(ce, unit.end()).lookingAt()) {
                // "pleaded guilty" is a plea in court, not something said
                return;
            }
            if (verb.base().equals("admit") && ADMISSION.matcher(t).region(ce, unit.end()).lookingAt()) {
                // "the unit admitted 41 patients": taken in, not conceded
                return;
            }
            int clauseStart = clauseStart(unit, cs);
            if (SpeakerResolver.negated(t, clauseStart, cs) || passive(clauseStart, cs, verb)) {
                return;
            }
            String cue = t.substring(cs, ce).replaceAll("\\s+", " ");
            boolean nothingBefore = ONLY_PUNCTUATION.matcher(t.substring(clauseStart, cs)).matches();
            ResolvedSpeaker speaker = null;
            boolean inverted = false;
            if (nothingBefore) {
                speaker = resolver.after(p.field(), t, ce, unit.end(), unit.start());
                inverted = speaker != null;
            } else if (SpeakerResolver.coordinated(t, clauseStart, cs)
                    || verb.gerund() && charBefore(cs, clauseStart) == ',') {
                // "... and urged", "but admitted", ", saying": the subject of the clause, or the last speaker in it
                speaker = resolver.lastSpeaker(p.field(), cs, unit.start());
                if (speaker == null) {
                    speaker = resolver.clauseSubject(p.field(), t, unit.start(), cs);
                }
            } else {
                speaker = resolver.before(p.field(), t, clauseStart, cs, verb.gerund(), unit.start());
            }
            if (speaker == null) {
                return;
            }
            int afterCue = inverted ? speaker.end() : ce;
            int headStart = inverted ? cs : speaker.start();
            Quote before = quoteJustBefore(unit, headStart);
            if (before != null && isUtterance(before)) {
                direct(before, speaker, cue, Confidence.DIRECT_CUED);
                // a quote split around its attribution: “A,” she said, “B.”
                int pos = Texts.skipSpaces(t, afterCue, unit.end());
                if (pos < unit.end() && (t.charAt(pos) == ',' || t.charAt(pos) == ':')) {
                    Quote next = p.quoteOpeningAt(Texts.skipSpaces(t, pos + 1, unit.end()));
                    if (next != null && !consumed.contains(next)) {
                        direct(next, speaker, cue, Confidence.DIRECT_CUED);
                    }
                }
                return;
            }
            TextRange opener = inverted ? null : Words.before(t, speaker.start(), unit.start());
            TextRange relative = Words.before(t, SpeakerResolver.skipAuxiliaries(t, clauseStart, cs), clauseStart);
            boolean subordinate = opener != null && SUBORDINATING.contains(
                    opener.in(t).toLowerCase(Locale.ROOT))
                    // "Carmody, who said she would stay, declined ...": the relative clause ends at its comma
                    || relative != null && RELATIVE_SUBJECTS.contains(relative.in(t)
                            .toLowerCase(Locale.ROOT));
            TextRange scope = unit;
            if (subordinate) {
                // "In Marseille, where organisers said 140,000 people marched, teacher ...": the clause ends at a comma
                int comma = ce;
                while (comma < unit.end() && (t.charAt(comma) != ',' || p.quoteAt(comma) != null)) {
                    comma++;
                }
                scope = new TextRange(unit.start(), comma);
                boolean asOpensSentence = opener != null && opener.in(t).equalsIgnoreCase("as")
                        && opener.start() == Texts.skipSpaces(t, unit.start(), unit.end());
                if (asOpensSentence && comma < unit.end()) {
                    // "As Berg told the Guardian, the ruling changes little": what follows the comma was said
                    int start = Texts.skipSpaces(t, comma + 1, unit.end());
                    if (report(start, clauseEnd(start, unit.end(), false), speaker, cue, Confidence.REPORTED_BEFORE_CUE, 3, false)) {
                        return;
                    }
                }
            }
            if (contentAfter(scope, verb, cs, afterCue, speaker, cue)) {
                return;
            }
            if (verb.kind() != VerbKind.QUOTED && contentBefore(unit, headStart, speaker, cue)) {
                return;
            }
            String rest = t.substring(afterCue, p.end()).strip();
            if (rest.endsWith(":") && rest.length() < 80 && rest.chars().noneMatch(c -> ".!?\"“”«»„".indexOf(c) >= 0)) {
                // the words follow in the next paragraph
                introduced = new Found(speaker, p.field(), cs, ce, cue, StatementType.DIRECT, cue, Confidence.DIRECT_INTRODUCED);
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
                if (last != null && !consumed.contains(last)
                        && ONLY_PUNCTUATION.matcher(t.substring(last.end(), unit.start())).matches()) {
                    direct(last, speaker, cue, Confidence.DIRECT_NEXT_SENTENCE);
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
                return report(pos, clauseEnd(pos, limit, verb.kind() == VerbKind.NP), speaker, cue, Confidence.REPORTED, 2,
                        verb.kind() == VerbKind.QUOTED);
            }
            String first = word.in(t).toLowerCase(Locale.ROOT);
            int contentStart;
            boolean withThat = false;
            if (verb.kind() == VerbKind.QUOTED) {
                // "called the measure „overdue“": what was said is the object with its quoted words
                contentStart = pos;
            } else if (first.equals("that")) {
                contentStart = word.end();
                withThat = true;
            } else if (CONDITIONS.contains(first) && verb.kind() == VerbKind.CLAUSE && pos == Texts.skipSpaces(t, from,
                    limit)) {
                // "Berg said although the court had ruled, “the fight is not over”": the condition is part of it
                contentStart = pos;
            } else if (Lexicon.SUBORDINATORS.contains(first) && !first.equals("as")) {
                // "..., Claire Beaulieu announced Tuesday, though the province ...": not what was said
                return false;
            } else if (verb.kind() != VerbKind.THAT && verb.kind() != VerbKind.LISTENER
                    && QUANTITY.matcher(t).region(pos, limit).lookingAt()) {
                // "said at least four businesses had closed", "said about 200 people"
                contentStart = pos;
            } else if (Lexicon.PREPOSITIONS.contains(first) || verb.kind() == VerbKind.OBJECT
                    || verb.kind() == VerbKind.LISTENER || verb.kind() == VerbKind.THAT) {
                // "posted on Twitter that", "told reporters on Friday that", "said in a statement: “…”"
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
                    contentStart = that;
                    withThat = true;
                    cue = t.substring(cs, that).replaceAll("\\s+", " ");
                } else if (verb.base().equals("tell") && !prepositional) {
                    contentStart = afterListener(pos, limit);
                } else if (verb.kind() == VerbKind.OBJECT && !prepositional
                        || verb.kind() != VerbKind.THAT && AMBIGUOUS_STARTS.contains(first)) {
                    contentStart = pos;
                } else if (verb.kind() == VerbKind.LISTENER && !prepositional && directive(pos, limit)) {
                    // "asked councils not to raise taxes": whom they asked, and what to do
                    contentStart = pos;
                } else {
                    return false;
                }
            } else if (EMPTY_OBJECTS.contains(first) && !startsClause(word.end(), limit)) {
                // "said little at the meeting", "said nothing about it", "said so"
                return false;
            } else {
                contentStart = pos;
            }
            int start = Texts.skipSpaces(t, contentStart, limit);
            if (withThat && start < limit && t.charAt(start) == ',') {
                // "said that, if elected, he would ...": the reported clause starts with an inserted phrase
                start = Texts.skipSpaces(t, start + 1, limit);
            }
            if (start >= limit || !Character.isLetterOrDigit(t.charAt(start)) && p.quoteOpeningAt(start) == null) {
                return false;
            }
            boolean nounPhrase = verb.kind() == VerbKind.NP && !withThat;
            int end = clauseEnd(start, limit, nounPhrase);
            if (nounPhrase && Texts.words(t.substring(start, withoutTrailingTime(start, end, 1))).size() <= 3
                    && p.quoteAt(start) == null && Lexicon.DETERMINERS.contains(first)) {
                // "condemned the vote", "denied the allegations": a reaction, no words reported
                return false;
            }
            return report(start, end, speaker, cue, Confidence.REPORTED, nounPhrase || verb.kind() == VerbKind.QUOTED ? 2 : 3,
                    verb.kind() == VerbKind.QUOTED);
        }

        /** Whether a clause goes on after the word ending here ("nothing was done"), not a phrase or the end. */
        private boolean startsClause(int from, int limit) {
            TextRange next = Words.at(t, Texts.skipSpaces(t, from, limit), limit);
            return next != null && !Lexicon.PREPOSITIONS.contains(next.in(t).toLowerCase(Locale.ROOT));
        }

        /** A quote right after the verb, after a colon or comma, or one that is a whole sentence. */
        private boolean introducesQuote(int pos, int limit, ResolvedSpeaker speaker, String cue) {
            if (pos >= limit) {
                return false;
            }
            boolean punctuated = t.charAt(pos) == ':' || t.charAt(pos) == ',';
            int at = punctuated ? Texts.skipSpaces(t, pos + 1, limit) : pos;
            Quote quote = p.quoteOpeningAt(at);
            if (quote == null || consumed.contains(quote)) {
                return false;
            }
            boolean capital = Character.isUpperCase(t.codePointAt(quote.innerStart()));
            boolean sentence = capital && (quote.end() >= limit
                    || ONLY_PUNCTUATION.matcher(t.substring(quote.end(), limit)).matches());
            if (punctuated && capital || sentence) {
                direct(quote, speaker, cue, Confidence.DIRECT_CUED);
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
            } else if (comma <= unit.start() || t.charAt(comma - 1) != ',') {
                return false;
            }
            int start = contentStart(unit.start(), end);
            if (start < 0) {
                return false;
            }
            return report(start, end, speaker, cue, Confidence.REPORTED_BEFORE_CUE, 4, false);
        }

        /** Where reported words before their attribution start: after a dateline and an opening adverbial. */
        private int contentStart(int from, int limit) {
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

        private void accordingTo(TextRange unit, int cs, int ce) {
            int npStart = Texts.skipSpaces(t, ce, unit.end());
            int npEnd = npStart;
            while (npEnd < unit.end() && ",.;:!?—–\"“”«»„()".indexOf(t.charAt(npEnd)) < 0) {
                npEnd++;
            }
            ResolvedSpeaker speaker = resolver.nounPhrase(p.field(), t, npStart, Texts.skipSpacesBack(t, npEnd,
                    npStart));
            if (speaker == null) {
                speaker = resolver.sourceAsWritten(t, npStart, npEnd);
            }
            if (speaker == null) {
                return;
            }
            int after = npEnd;
            Matcher acronym = Pattern.compile("\\s*\\([^)]{1,15}\\)").matcher(t).region(after, unit.end());
            if (acronym.lookingAt()) {
                after = acronym.end();
            }
            FoundMention appositive = speaker.entity() != null && speaker.entity().isPerson() ? null
                    : appositiveName(after, unit.end());
            if (appositive != null) {
                // "According to the state's chief medical officer, Dr Ana Ruiz, the outbreak ...": the person named
                speaker = new ResolvedSpeaker(appositive.entity().name(), appositive.entity(),
                        appositive.entity().role(), io.newswire.events.SpeakerKind.PERSON, Confidence.APPOSITIVE_SPEAKER,
                        appositive.start(),
                        appositive.end());
                after = t.indexOf(',', appositive.end());
            }
            int clauseStart = clauseStart(unit, cs);
            if (t.substring(clauseStart, cs).isBlank()) {
                if (after < unit.end() && t.charAt(after) == ',') {
                    int start = Texts.skipSpaces(t, after + 1, unit.end());
                    TextRange word = Words.at(t, start, unit.end());
                    if (word != null && ARTICLES.contains(word.in(t).toLowerCase(Locale.ROOT))) {
                        // "According to analysis by the Hartley Institute, a health think tank, the list ..."
                        int comma = t.indexOf(',', start);
                        int end = clauseEnd(start, unit.end(), false);
                        if (comma > 0 && comma < end && Texts.words(t.substring(start, comma)).size() <= 6) {
                            start = Texts.skipSpaces(t, comma + 1, unit.end());
                        }
                    }
                    report(start, clauseEnd(start, unit.end(), false), speaker, "according to", Confidence.ACCORDING_TO, 3, false);
                }
            } else {
                int comma = Texts.skipSpacesBack(t, cs, clauseStart);
                String rest = t.substring(after, unit.end());
                boolean ends = ONLY_PUNCTUATION.matcher(rest).matches() || rest.matches("(?s)\\s*,\\s*\\p{Ll}+\\b.*")
                        && endsAdverbially(rest) || SOURCE_APPOSITION.matcher(rest).matches();
                if (comma > clauseStart && t.charAt(comma - 1) == ',' && ends) {
                    int start = contentStart(clauseStart, comma - 1);
                    if (start >= 0) {
                        report(start, comma - 1, speaker, "according to", Confidence.ACCORDING_TO, 3, false);
                    }
                }
            }
        }

        /** A person's name set off by commas right after a description: ", Dr Ana Ruiz," (the name, or null). */
        private FoundMention appositiveName(int from, int limit) {
            if (from >= limit || t.charAt(from) != ',') {
                return null;
            }
            int close = t.indexOf(',', from + 1);
            if (close < 0 || close >= limit || Texts.words(t.substring(from + 1, close)).size() > 5) {
                return null;
            }
            int nameEnd = Texts.skipSpacesBack(t, close, from + 1);
            for (FoundMention mention : entities.within(p.field(), from + 1, close)) {
                if (mention.entity().isPerson() && mention.end() == nameEnd && !mention.adjectival()) {
                    return mention;
                }
            }
            return null;
        }

        /** Whether text after ", according to X" is the writer's addition (", surpassing ...", ", as ..."). */
        private boolean endsAdverbially(String rest) {
            TextRange word = Words.at(rest, Texts.skipSpaces(rest, rest.indexOf(',') + 1, rest.length()), rest.length());
            if (word == null) {
                return true;
            }
            String w = word.in(rest).toLowerCase(Locale.ROOT);
            return w.endsWith("ing") || NARRATIVE_CLAUSES.contains(w) || Lexicon.SUBORDINATORS.contains(w);
        }

        /** Quotes with no cue of their own: introduced by a colon, or carrying on the speaker before them. */
        private void continuedQuotes(Carry carry) {
            int paragraphStart = Texts.skipSpaces(t, p.start(), p.end());
            for (Quote quote : p.quotes()) {
                ResolvedSpeaker signed = consumed.contains(quote) ? null : signedAfterDash(quote);
                if (signed != null) {
                    direct(quote, signed, "—", Confidence.DIRECT_CUED);
                    continue;
                }
                if (consumed.contains(quote) || !isUtterance(quote)) {
                    continue;
                }
                ResolvedSpeaker named = namedBeforeColon(quote);
                if (named != null) {
                    int colon = Texts.skipSpacesBack(t, quote.open(), p.start()) - 1;
                    String cue = t.substring(named.end(), colon).strip().replaceAll("^[,\\s]+", "");
                    direct(quote, named, cue.isEmpty() || Texts.words(cue).size() > 5 ? ":" : cue, Confidence.INTRODUCED_BY_COLON);
                    continue;
                }
                Found before = null;
                for (Found f : out) {
                    if (f.start() < quote.open() && (before == null || f.start() > before.start())) {
                        before = f;
                    }
                }
                if (before != null) {
                    direct(quote, before.speaker(), before.cue(), Confidence.CONTINUED_IN_PARAGRAPH);
                } else if (quote.open() == paragraphStart && carry.last() != null
                        && carry.last().type() == StatementType.DIRECT
                        && (carry.lastQuote() != null && !carry.lastQuote().closed() || noCue())) {
                    direct(quote, carry.last().speaker(), carry.last().cue(), Confidence.CONTINUED_FROM_PARAGRAPH);
                }
            }
        }

        /**
         * "“He represents our greatest shame.” ― Sonya Herridge": a quote signed with a dash and a name, the name
         * ending its line (a reader's comment, a quote box, an epigraph).
         */
        private ResolvedSpeaker signedAfterDash(Quote quote) {
            Matcher dash = SIGNATURE_DASH.matcher(t).region(quote.end(), p.end());
            if (!quote.closed() || !dash.lookingAt() || !Character.isUpperCase(t.codePointAt(quote.innerStart()))) {
                return null;
            }
            FoundMention name = entities.startingAt(p.field(), dash.end());
            if (name == null || !name.entity().isPerson()) {
                return null;
            }
            int next = Texts.skipSpaces(t, name.end(), p.end());
            boolean ends = next >= p.end() || t.charAt(next) == ',' || t.charAt(next) == '\n'
                    || p.quoteOpeningAt(next) != null;
            if (!ends) {
                // "” — Padilla said later": a sentence goes on, not a signature
                return null;
            }
            return new ResolvedSpeaker(name.entity().name(), name.entity(), name.entity().role(),
                    io.newswire.events.SpeakerKind.PERSON, Confidence.SIGNED_SPEAKER, name.start(), name.end());
        }

        /** "..., while his captain, Joel Whitby, was blunter: ‘…’": the person named in the clause before the colon. */
        private ResolvedSpeaker namedBeforeColon(Quote quote) {
            int colon = Texts.skipSpacesBack(t, quote.open(), p.start());
            if (colon <= p.start() || t.charAt(colon - 1) != ':') {
                return null;
            }
            TextRange unit = p.unitOf(colon - 1);
            int from = Math.max(unit == null ? p.start() : unit.start(), clauseStart(unit == null ? new TextRange(p.start(),
                    p.end()) : unit, colon - 1));
            for (int i = colon - 2; i > from; i--) {
                if (t.charAt(i) == ';' || (t.charAt(i) == ',' && followedByAny(i + 1, colon, JOINERS))) {
                    from = i + 1;
                    break;
                }
            }
            FoundMention last = null;
            for (FoundMention mention : entities.within(p.field(), from, colon)) {
                if (mention.entity().isPerson() && !resolver.inQuote(mention)) {
                    last = mention;
                }
            }
            if (last == null) {
                return null;
            }
            return new ResolvedSpeaker(last.entity().name(), last.entity(), last.entity().role(),
                    io.newswire.events.SpeakerKind.PERSON, Confidence.NAMED_BEFORE_COLON_SPEAKER,
                    last.start(), last.end());
        }

        private boolean noCue() {
            return !lexicon.cuePattern().matcher(t).region(p.start(), p.end()).find();
        }

        /** A quote that is a sentence of its own, not a phrase quoted inside one. */
        private boolean isUtterance(Quote quote) {
            TextRange unit = p.unitOf(quote.open());
            int start = unit == null ? p.start() : unit.start();
            String before = t.substring(start, quote.open());
            boolean opensSentence = ONLY_PUNCTUATION.matcher(before).matches() || before.strip().endsWith(":");
            int first = t.codePointAt(quote.innerStart());
            return opensSentence && (Character.isUpperCase(first) || Character.isDigit(first) || first == '…'
                    || first == '.');
        }

        private boolean report(int start, int end, ResolvedSpeaker speaker, String cue, double confidence,
                int minWords, boolean needsQuote) {
            end = Texts.skipSpacesBack(t, end, start);
            while (end > start && ",.;:".indexOf(t.charAt(end - 1)) >= 0) {
                end = Texts.skipSpacesBack(t, end - 1, start);
            }
            end = withoutTrailingTime(start, end, minWords);
            if (end <= start || Texts.words(t.substring(start, end)).size() < minWords) {
                return false;
            }
            List<Quote> inside = new ArrayList<>();
            for (Quote quote : p.quotes()) {
                if (quote.open() >= start && quote.open() < end) {
                    inside.add(quote);
                }
            }
            if (inside.stream().anyMatch(consumed::contains) || needsQuote && inside.isEmpty()) {
                return false;
            }
            consumed.addAll(inside);
            reported.add(new TextRange(start, end));
            StatementType type = inside.isEmpty() ? StatementType.INDIRECT : StatementType.MIXED;
            if (inside.size() == 1 && inside.get(0).open() == start && inside.get(0).end() >= end) {
                // the verb's object is nothing but a quoted phrase: called for “all sides to exercise restraint”
                Quote only = inside.get(0);
                add(speaker, only.innerStart(), only.innerEnd(), StatementType.MIXED, cue, confidence);
            } else {
                add(speaker, start, end, type, cue, confidence);
            }
            return true;
        }

        /** The end of reported words without a final time adverbial, which belongs to the verb ("... on Friday"). */
        private int withoutTrailingTime(int start, int end, int minWords) {
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

        /** "as early as Wednesday", "until Friday": the time is what was said, not when. */
        private boolean endsWithPreposition(int start, int end) {
            TextRange word = Words.before(t, end, start);
            if (word == null) {
                return false;
            }
            String w = word.in(t).toLowerCase(Locale.ROOT);
            return Lexicon.PREPOSITIONS.contains(w) || w.equals("than") || w.equals("as") || w.equals("by");
        }

        private void direct(Quote quote, ResolvedSpeaker speaker, String cue, double confidence) {
            consumed.add(quote);
            add(speaker, quote.innerStart(), quote.innerEnd(), StatementType.DIRECT, cue, confidence);
        }

        private void add(ResolvedSpeaker speaker, int start, int end, StatementType type, String cue,
                double confidence) {
            out.add(new Found(speaker, p.field(), start, end, t.substring(start, end), type, cue, confidence));
            resolver.said(speaker, p.field(), start, end);
        }

        /**
         * The reported clause: to the end of the sentence, a semicolon, a lone dash, or where another reporting
         * clause begins ("…, and urged", "…, which she said"); a noun phrase also ends at a subordinate clause
         * ("called for restraint after the strike"). Quotes and paired dashes are skipped whole.
         */
        private int clauseEnd(int start, int limit, boolean nounPhrase) {
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

        /** A listener of a few words, then an infinitive: "councils not to raise", "the board to act". */
        private boolean directive(int from, int limit) {
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

        /** Whether a reporting verb comes within the next few words, outside quotes ("and urged", "which she said"). */
        private boolean cueAhead(int from, int limit, int words) {
            int at = Texts.skipSpaces(t, from, limit);
            for (int k = 0; k < words && at < limit; k++) {
                TextRange word = Words.at(t, at, limit);
                if (word == null) {
                    return false;
                }
                String w = word.in(t);
                Verb verb = lexicon.verb(w);
                if (verb != null && verb.particle() == null && Texts.isLowerCase(w)) {
                    return !SpeakerResolver.negated(t, from, word.start());
                }
                at = Texts.skipSpaces(t, word.end(), limit);
            }
            return false;
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

        private boolean followedByAny(int from, int limit, Set<String> words) {
            TextRange word = Words.at(t, Texts.skipSpaces(t, from, limit), limit);
            return word != null && words.contains(word.in(t).toLowerCase(Locale.ROOT));
        }

        private boolean followedBy(int from, int limit, String words) {
            int at = Texts.skipSpaces(t, from, limit);
            return t.regionMatches(true, at, words, 0, words.length());
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
                if (quote.closed() && quote.end() == end && !consumed.contains(quote) && quote.open() >= unit.start()) {
                    return quote;
                }
            }
            return null;
        }

        /** Where the clause of a verb starts: the sentence start, or the end of the last quote before it. */
        private int clauseStart(TextRange unit, int cs) {
            int start = unit.start();
            for (Quote quote : p.quotes()) {
                if (quote.end() <= cs && quote.end() > start) {
                    start = quote.end();
                }
            }
            return start;
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

        private boolean inReported(int offset) {
            for (TextRange range : reported) {
                if (offset >= range.start() && offset < range.end()) {
                    return true;
                }
            }
            return false;
        }

        private char charBefore(int offset, int limit) {
            int at = Texts.skipSpacesBack(t, offset, limit);
            return at > limit ? t.charAt(at - 1) : '\0';
        }
    }
}
