package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.QuoteScanner.Quote;
import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import io.newswire.events.StatementType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the stages have found in one paragraph: its statements, the quotes they hold and the ranges of
 * reported words, so that no two stages claim the same words.
 */
final class Findings {

    private final Paragraph p;
    private final String t;
    private final SpeakerResolver resolver;
    private final ReportedContent content;
    private final List<FoundStatement> out = new ArrayList<>();
    private final Set<Quote> consumed = new HashSet<>();
    private final List<TextRange> reported = new ArrayList<>();
    /** A speaker whose words the paragraph announces with a final colon ("she said:"). */
    private FoundStatement introduced;

    Findings(Paragraph p, SpeakerResolver resolver, ReportedContent content) {
        this.p = p;
        this.t = p.text();
        this.resolver = resolver;
        this.content = content;
    }

    /** The statements found so far, in the order found. */
    List<FoundStatement> statements() {
        return out;
    }

    /** The speaker the paragraph ends by introducing ("she said:"), or {@code null}. */
    FoundStatement introduced() {
        return introduced;
    }

    /** Remembers a speaker whose words follow in the next paragraph ("In a speech, she said:"). */
    void introduce(FoundStatement speaker) {
        introduced = speaker;
    }

    /** Whether a statement already holds the quote. */
    boolean isConsumed(Quote quote) {
        return consumed.contains(quote);
    }

    /**
     * Records reported words from {@code start} to {@code end} (closing punctuation and a final time adverbial
     * left out), unless they are fewer than {@code minWords}, hold a quote another statement holds, or hold none
     * when {@code needsQuote}. Whether they were recorded.
     */
    boolean report(int start, int end, ResolvedSpeaker speaker, String cue, double confidence,
            int minWords, boolean needsQuote) {
        // withoutTrailingTime also trims spaces and closing punctuation
        end = content.withoutTrailingTime(start, end, minWords);
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
        if (inside.size() == 1 && p.isTitle(inside.get(0)) && Texts.words(t.substring(start, inside.get(0).open()))
                .size() <= 1 && Texts.words(t.substring(inside.get(0).end(), Math.max(end, inside.get(0).end()))).isEmpty()) {
            // "told CBS’s “Face the Nation”": the name of a show, a book or a film, nothing said
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

    /** Records words given verbatim without quotation marks (a transcript's turn) as the speaker's own. */
    void verbatim(int start, int end, ResolvedSpeaker speaker, String cue, double confidence) {
        for (Quote quote : p.quotes()) {
            if (quote.open() >= start && quote.open() < end) {
                consumed.add(quote);
            }
        }
        reported.add(new TextRange(start, end));
        add(speaker, start, end, StatementType.DIRECT, cue, confidence);
    }

    /** Records a quote as the speaker's own words. */
    void direct(Quote quote, ResolvedSpeaker speaker, String cue, double confidence) {
        consumed.add(quote);
        add(speaker, quote.innerStart(), quote.innerEnd(), StatementType.DIRECT, cue, confidence);
    }

    /** Whether the offset falls inside reported words already recorded (a verb there was reported too). */
    boolean inReported(int offset) {
        for (TextRange range : reported) {
            if (offset >= range.start() && offset < range.end()) {
                return true;
            }
        }
        return false;
    }

    private void add(ResolvedSpeaker speaker, int start, int end, StatementType type, String cue,
            double confidence) {
        out.add(new FoundStatement(speaker, p.field(), start, end, t.substring(start, end), type, cue, confidence));
        resolver.said(speaker, p.field(), start, end);
    }
}
