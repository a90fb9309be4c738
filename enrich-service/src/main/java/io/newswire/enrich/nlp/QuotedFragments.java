package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.QuoteScanner.Quote;
import io.newswire.enrich.nlp.SentenceParser.Parse;
import io.newswire.enrich.nlp.SentenceParser.Word;
import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A phrase quoted inside a sentence that no cue claimed, read from the sentence's dependency parse: the verb it
 * hangs from has a speaking subject, so what that subject did with the quoted words is a statement of theirs
 * ("Mrs. Clinton accused him of having a “penchant for sexism”", "Sanders promised on Sunday to end “the
 * wasteful deportation regime”"). The statement runs from the verb's first complement to the end of the quote.
 * Quotes inside the subject ("The so-called “Initiative” seeks ...") and quotes before their verb are left alone.
 */
final class QuotedFragments {

    /** How many words up from the quote the governing verb may stand ("accused him of having a “…”": three). */
    private static final int MAX_CLIMB = 4;
    /** Dependents of the verb where what was said begins: its objects and complements. */
    private static final Set<String> COMPLEMENTS = Set.of("obj", "iobj", "ccomp", "xcomp", "obl", "advcl");

    /** Relations of a clause that is the complement of the verb above it. */
    private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp");

    private final Paragraph p;
    private final String t;
    private final Findings findings;
    private final SpeakerResolver resolver;
    private final ParsedSentences parses;

    QuotedFragments(Paragraph p, Findings findings, SpeakerResolver resolver, ParsedSentences parses) {
        this.p = p;
        this.t = p.text();
        this.findings = findings;
        this.resolver = resolver;
        this.parses = parses;
    }

    /** Reads every quote of the paragraph that is a phrase inside its sentence and no statement holds yet. */
    void read() {
        for (Quote quote : p.quotes()) {
            if (findings.isConsumed(quote) || p.isUtterance(quote) || findings.inReported(quote.open())) {
                continue;
            }
            TextRange unit = p.unitOf(quote.open());
            if (unit == null || unit.end() - unit.start() > SentenceParser.MAX_SENTENCE_LENGTH
                    || quote.end() > unit.end()) {
                continue;
            }
            read(unit, quote);
        }
    }

    private void read(TextRange unit, Quote quote) {
        if (p.isTitle(quote)) {
            // a show, a book, a slogan: “Meet the Press”, ''Strangers No More''
            return;
        }
        Parse parse = parses.of(unit);
        int top = topWord(parse, quote);
        if (top < 0) {
            return;
        }
        int child = top;
        int verb = parse.words().get(top).head();
        for (int k = 0; verb >= 0 && k < MAX_CLIMB && !parse.words().get(verb).tag().startsWith("VB"); k++) {
            child = verb;
            verb = parse.words().get(verb).head();
        }
        if (verb < 0 || !parse.words().get(verb).tag().startsWith("VB") || parse.words().get(verb).end() > quote.open()
                || parse.child(verb, "nsubj:pass") >= 0 || parse.words().get(child).relation().startsWith("obl")
                || parse.child(verb, "cop") >= 0) {
            // "said on “Meet the Press”", "ended in a “virtual tie”": a circumstance, not what was said
            return;
        }
        for (int k = 0; k < MAX_CLIMB && CLAUSAL.contains(parse.words().get(verb).relation())
                && parse.words().get(verb).head() >= 0
                && parse.words().get(parse.words().get(verb).head()).tag().startsWith("VB"); k++) {
            // the clause is itself what someone said: "Trump is questioning whether Obama would have attended
            // Mass “if it were held in a mosque”" is Trump's, not Obama's
            child = verb;
            verb = parse.words().get(verb).head();
        }
        // ", suggesting the senator sees issues as “black and white”": the subject of the verb it goes with
        int subject = ParsedClauses.subject(parse, verb);
        Word verbWord = parse.words().get(verb);
        if (subject < 0 || parse.child(verb, "parataxis") >= 0) {
            return;
        }
        TextRange who = parse.subtree(subject);
        if (who.end() > verbWord.start() || p.quoteAt(who.start()) != null || p.quoteAt(who.end() - 1) != null) {
            return;
        }
        int start = parse.subtree(child).start();
        for (int k = verb + 1; k < parse.words().size(); k++) {
            Word word = parse.words().get(k);
            if (word.head() == verb && COMPLEMENTS.contains(word.relation()) && word.start() < start
                    && !word.relation().equals("obl")) {
                start = parse.subtree(k).start();
            }
        }
        if (start < verbWord.end()) {
            return;
        }
        List<String> outside = Texts.words(t.substring(Math.min(start, quote.open()), quote.open()));
        if (outside.size() <= 1 && Texts.words(t.substring(quote.innerStart(), quote.innerEnd())).size() <= 3
                && outside.stream().allMatch(w -> Lexicon.DETERMINERS.contains(w.toLowerCase(Locale.ROOT))
                || w.endsWith("'s") || w.endsWith("’s"))) {
            // "staged a “die-in”", "activated its “safety check”": a term in quotation marks, nothing said
            return;
        }
        if (anotherSubjectBetween(parse, verb, top, quote)) {
            // "Kevin was drifting off, and as Trump went on about “how the system is rigged”": Trump's words
            return;
        }
        ResolvedSpeaker speaker = resolver.after(p.field(), t, who.start(), who.end(), unit.start());
        if (speaker == null) {
            return;
        }
        String cue = t.substring(verbWord.start(), verbWord.end());
        findings.report(start, quote.end(), speaker, cue, Confidence.QUOTED_FRAGMENT, 2, true);
    }

    /**
     * Whether a verb with a subject of its own stands between the speaking verb and the quote, off the path from the
     * quote up to the speaking verb (on it, as in "is questioning whether the mayor would have signed", the clause is
     * what the speaker said).
     */
    private static boolean anotherSubjectBetween(Parse parse, int verb, int top, Quote quote) {
        Set<Integer> path = new HashSet<>();
        for (int w = top, guard = 0; w >= 0 && guard < parse.words().size(); w = parse.words().get(w).head(), guard++) {
            path.add(w);
        }
        for (int k = verb + 1; k < parse.words().size() && parse.words().get(k).end() <= quote.open(); k++) {
            if (!path.contains(k) && parse.words().get(k).tag().startsWith("VB")
                    && parse.child(k, "nsubj", "nsubj:pass") > verb) {
                return true;
            }
        }
        return false;
    }

    /** The quote's word whose head lies outside it, when there is exactly one such; -1 otherwise. */
    private static int topWord(Parse parse, Quote quote) {
        int top = -1;
        for (int i = 0; i < parse.words().size(); i++) {
            Word word = parse.words().get(i);
            if (word.start() < quote.innerStart() || word.end() > quote.innerEnd()) {
                continue;
            }
            int head = word.head();
            boolean headOutside = head < 0 || parse.words().get(head).start() < quote.innerStart()
                    || parse.words().get(head).end() > quote.innerEnd();
            if (headOutside && !word.tag().matches("[.,:`'\"]+|-[LR]RB-")) {
                if (top >= 0 || head < 0) {
                    return -1;
                }
                top = i;
            }
        }
        return top;
    }
}
