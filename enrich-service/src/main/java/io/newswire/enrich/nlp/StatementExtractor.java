package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.Lexicon.Verb;
import io.newswire.enrich.nlp.QuoteScanner.Quote;
import io.newswire.events.Span;
import io.newswire.events.Statement;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds who said what in the standfirst and body: direct quotes attributed by a reporting verb before or after
 * them, reported speech ("X said that ...", "according to X, ..."), reported speech with a quoted fragment, and
 * quotes that continue the words of the speaker before them (in the paragraph, or over several paragraphs).
 * Headlines are left out: they paraphrase the body.
 */
final class StatementExtractor {

    private final Lexicon lexicon = Lexicon.get();
    private final SentenceParser parser;

    StatementExtractor(SentenceParser parser) {
        this.parser = parser;
    }

    /** What one paragraph hands on to the next: its last statement and quote, and a speaker left at a colon. */
    record Carry(TextField field, FoundStatement last, Quote lastQuote, FoundStatement introduced) {

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
            for (Paragraph paragraph : Paragraphs.of(text)) {
                paragraphs.add(paragraph);
                fieldQuotes.addAll(paragraph.quotes());
            }
            quotes.put(text.field(), fieldQuotes);
        }
        SpeakerResolver resolver = new SpeakerResolver(entities, texts, quotes);
        List<FoundStatement> found = new ArrayList<>();
        Carry carry = Carry.NONE;
        for (Paragraph paragraph : paragraphs) {
            Findings findings = scan(paragraph, carry.field() == paragraph.field() ? carry : Carry.NONE, resolver,
                    entities);
            found.addAll(findings.statements());
            FoundStatement last = findings.statements().stream().max(Comparator.comparingInt(FoundStatement::start))
                    .orElse(null);
            Quote lastQuote = paragraph.quotes().isEmpty() ? null : paragraph.quotes().get(paragraph.quotes().size() - 1);
            carry = new Carry(paragraph.field(), last, lastQuote, findings.introduced());
        }
        found.sort(Comparator.<FoundStatement>comparingInt(f -> f.field().ordinal()).thenComparingInt(FoundStatement::start));
        List<Statement> statements = new ArrayList<>();
        Set<String> spans = new HashSet<>();
        for (FoundStatement f : found) {
            if (!spans.add(f.field() + ":" + f.start() + ":" + f.end()) || f.quote().isBlank()) {
                continue;
            }
            statements.add(new Statement("s" + (statements.size() + 1), f.speaker().toSpeaker(), f.quote(), f.type(),
                    f.cue(), new Span(f.field(), f.start(), f.end()),
                    Math.round(f.confidence() * f.speaker().certainty() * 100) / 100.0));
        }
        return statements;
    }

    /**
     * Runs the stages over one paragraph: a transcript's turn, the quote a colon in the paragraph before introduced,
     * then each cue in order ("according to", or a reporting verb), the verbs left unread from the sentence's
     * dependency parse, then the quotes left without a cue.
     */
    private Findings scan(Paragraph p, Carry carry, SpeakerResolver resolver, ArticleEntities entities) {
        String t = p.text();
        ReportedContent content = new ReportedContent(p, lexicon);
        Findings findings = new Findings(p, resolver, content);
        ReportingClauses reportingClauses = new ReportingClauses(p, findings, content, resolver, entities, lexicon);
        AccordingTo accordingTo = new AccordingTo(p, findings, content, resolver, entities);
        ParsedSentences parses = new ParsedSentences(t, parser);
        ParsedClauses parsedClauses = new ParsedClauses(p, findings, resolver, parses);
        List<Runnable> unread = new ArrayList<>();
        TranscriptTurns.read(p, findings, entities);
        int first = Texts.skipSpaces(t, p.start(), p.end());
        Quote opening = p.quoteOpeningAt(first);
        if (opening != null && carry.introduced() != null) {
            // "In a speech, she said:" and the quote in the next paragraph
            findings.direct(opening, carry.introduced().speaker(), carry.introduced().cue(), Confidence.DIRECT_INTRODUCED);
        }
        Matcher cues = lexicon.cuePattern().matcher(t).region(p.start(), p.end());
        while (cues.find()) {
            int cs = cues.start();
            int ce = cues.end();
            if (p.quoteAt(cs) != null || findings.inReported(cs)) {
                continue;
            }
            TextRange unit = p.unitOf(cs);
            if (unit == null) {
                continue;
            }
            if (cues.group().regionMatches(true, 0, "according", 0, 9)) {
                accordingTo.read(unit, cs, ce);
            } else {
                Verb verb = lexicon.verb(cues.group());
                if (verb != null) {
                    int before = findings.statements().size();
                    FoundStatement introduced = findings.introduced();
                    reportingClauses.read(unit, verb, cs, ce);
                    if (findings.statements().size() == before && findings.introduced() == introduced) {
                        unread.add(() -> parsedClauses.read(unit, verb, cs, ce));
                    }
                }
            }
        }
        // the verbs the token rules could not read, from the parse of their sentence
        unread.forEach(Runnable::run);
        new ContinuedQuotes(p, findings, content, resolver, entities, lexicon).read(carry);
        // phrases quoted inside a sentence that no cue claimed, from the parse of their sentence
        new QuotedFragments(p, findings, resolver, parses).read();
        return findings;
    }
}
