package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.Lexicon.Verb;
import io.newswire.enrich.nlp.Lexicon.VerbKind;
import io.newswire.enrich.nlp.SentenceParser.Parse;
import io.newswire.enrich.nlp.SentenceParser.Word;
import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A reporting verb of a clause (not one whose object is a noun phrase, "demanded a pay rise") the token rules could not read, read from the sentence's dependency parse: its subject speaks
 * and its clausal complement is what was said ("In a 2016 meeting with the board Trump said that ...", "With
 * thousands of systems, “there is no single point of failure,” he said"). Only the sentences of such verbs are
 * parsed.
 */
final class ParsedClauses {

    /** Relations of a verb whose subject is the subject of the verb it depends on ("and said", ", saying"). */
    private static final Set<String> SHARED_SUBJECT = Set.of("conj", "xcomp", "advcl");
    /** Words before a noun, never before a verb. */
    private static final Set<String> POSSESSIVES = Set.of("my", "your", "her", "our", "their", "whose", "every",
            "each", "no", "any", "some", "such", "public", "recent", "earlier", "latest", "new", "official",
            "first", "last", "written", "formal", "campaign", "press", "news", "media");
    /** Words that make the verb say nothing: "did not say", "never said". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** Verbs whose infinitive says nothing was said: "declined to say", "refused to comment". */
    private static final Set<String> REFUSALS = Set.of("decline", "declined", "declines", "declining", "refuse",
            "refused", "refuses", "refusing", "fail", "failed", "fails", "failing");
    /** An indirect question opens the complement: "would not say whether", "asked how long". */
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "how", "what", "when", "where", "who",
            "why", "which");

    private final Paragraph p;
    private final String t;
    private final Findings findings;
    private final SpeakerResolver resolver;
    private final ParsedSentences parses;

    ParsedClauses(Paragraph p, Findings findings, SpeakerResolver resolver, ParsedSentences parses) {
        this.p = p;
        this.t = p.text();
        this.findings = findings;
        this.resolver = resolver;
        this.parses = parses;
    }

    /** Reads the reporting verb from {@code cs} to {@code ce} in the sentence unit. */
    void read(TextRange unit, Verb verb, int cs, int ce) {
        if (verb.kind() == VerbKind.NP || verb.kind() == VerbKind.QUOTED
                || StatementWords.UNPARSED_VERBS.contains(verb.base())
                || StatementWords.NOUN_HOMOGRAPHS.contains(verb.form().toLowerCase(Locale.ROOT))
                || unit.end() - unit.start() > SentenceParser.MAX_SENTENCE_LENGTH || findings.inReported(cs)
                || p.quoteAt(cs) != null) {
            return;
        }
        if (looksLikeNoun(unit, cs, ce) || !complementMayFollow(unit, verb.kind(), ce)) {
            return;
        }
        Parse parse = parses.of(unit);
        int v = parse.wordAt(cs);
        if (v < 0 || !parse.words().get(v).tag().startsWith("VB") || parse.child(v, "nsubj:pass") >= 0
                || negated(parse, v) || refused(parse, v)) {
            return;
        }
        int subject = subject(parse, v);
        TextRange said = said(parse, v, subject, verb.kind());
        if (subject < 0 || said == null || verb.kind() == VerbKind.THAT && !afterThat(said.start())) {
            // "demanded that ..." reports, "demanded a pay rise" does not
            return;
        }
        TextRange who = parse.subtree(subject);
        if (who.end() > cs && who.start() < ce || said.start() <= cs && said.end() > cs
                || said.end() <= who.start() && !ReportedContent.ONLY_PUNCTUATION.matcher(t.substring(said.end(),
                        who.start())).matches() || t.substring(said.end(), who.start() > said.end() ? who.start()
                        : said.end()).contains(";")) {
            // the words before the speaker must end where the attribution begins: "..., he said"
            return;
        }
        ResolvedSpeaker speaker = resolver.after(p.field(), t, who.start(), who.end(), unit.start());
        if (speaker == null) {
            return;
        }
        String cue = t.substring(cs, ce).replaceAll("\\s+", " ");
        findings.report(said.start(), said.end(), speaker, cue, Confidence.REPORTED_PARSED, 3, false);
    }

    /**
     * Whether the cue is plainly a noun, so that its sentence need not be parsed: after a determiner, a possessive
     * or an adjective-like word ("the state", "his comments", "Trump's tweets"), capitalised inside the sentence
     * ("the State Department"), or before "of" ("the state of the race").
     */
    private boolean looksLikeNoun(TextRange unit, int cs, int ce) {
        if (Character.isUpperCase(t.charAt(cs)) && cs > Texts.skipSpaces(t, unit.start(), unit.end())) {
            return true;
        }
        TextRange before = Words.before(t, cs, unit.start());
        if (before != null) {
            String word = before.in(t).toLowerCase(Locale.ROOT);
            if (Lexicon.DETERMINERS.contains(word) && !word.equals("that") || word.endsWith("'s") || word.endsWith("’s")
                    || POSSESSIVES.contains(word)) {
                return true;
            }
        }
        TextRange after = Words.at(t, Texts.skipSpaces(t, ce, unit.end()), unit.end());
        return after != null && after.in(t).equals("of");
    }

    /**
     * Whether the words after the verb can open the clausal complement the parse rules read, so that the sentence is
     * worth parsing (a parse costs about twenty times the token rules of the whole sentence). A "that" later in the
     * sentence always can ("said for the first time that"); a "that"-verb needs one. Otherwise punctuation or a quote
     * right after the verb can ("…,” he said, adding"), and a word that opens no clause cannot ("expected to win",
     * "worried about"); a belief or finding needs a subject pronoun right after it or a finite verb in the next ten
     * words ("thinks the next president should"), never "believes in God" or "found the keys".
     */
    private boolean complementMayFollow(TextRange unit, VerbKind kind, int ce) {
        List<String> after = Texts.words(t.substring(ce, unit.end())).stream().map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
        if (after.contains("that")) {
            return true;
        }
        int next = Texts.skipSpaces(t, ce, unit.end());
        if (kind == VerbKind.THAT || next >= unit.end()) {
            return false;
        }
        if (!Character.isLetterOrDigit(t.charAt(next))) {
            // "believes — that", but not "as she knew."
            return kind != VerbKind.PARSED || ".?!)".indexOf(t.charAt(next)) < 0;
        }
        if (after.isEmpty() || StatementWords.NO_CLAUSE_STARTS.contains(after.get(0))) {
            return false;
        }
        if (kind != VerbKind.PARSED || StatementWords.SUBJECT_PRONOUNS.contains(after.get(0))) {
            return true;
        }
        return after.subList(1, Math.min(after.size(), 10)).stream().anyMatch(w -> StatementWords.FINITE_MARKERS
                .contains(w) || w.endsWith("ed") || w.endsWith("n't") || w.endsWith("'s") || w.endsWith("’s"));
    }

    private boolean afterThat(int start) {
        TextRange word = Words.before(t, start, p.start());
        return word != null && word.in(t).equalsIgnoreCase("that");
    }

    private boolean negated(Parse parse, int v) {
        for (int k = 0; k < parse.words().size(); k++) {
            Word word = parse.words().get(k);
            if (word.head() == v && NEGATIONS.contains(t.substring(word.start(), word.end()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean refused(Parse parse, int v) {
        Word word = parse.words().get(v);
        return word.relation().equals("xcomp") && word.head() >= 0
                && REFUSALS.contains(in(parse.words().get(word.head())).toLowerCase(Locale.ROOT));
    }

    private String in(Word word) {
        return t.substring(word.start(), word.end());
    }

    /**
     * A clause before the subject that the parser hung on the verb as an adverbial or loose dependent, where the
     * attribution follows it with nothing but punctuation between ("With thousands of systems, “there is no single
     * point of failure,” he said"); -1 when none.
     */
    private int frontedClause(Parse parse, int v, int subject) {
        int subjectStart = parse.subtree(subject).start();
        for (int k = 0; k < parse.words().size(); k++) {
            Word word = parse.words().get(k);
            if (word.head() == v && (word.relation().equals("advcl") || word.relation().equals("dep"))
                    && headsClause(parse, k)) {
                TextRange clause = parse.subtree(k);
                if (clause.end() <= subjectStart && ReportedContent.ONLY_PUNCTUATION.matcher(
                        t.substring(clause.end(), subjectStart)).matches()) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** Whether the word heads a clause: a verb, or a predicate with a copula ("the plan is fair"). */
    private static boolean headsClause(Parse parse, int i) {
        return parse.words().get(i).tag().startsWith("VB") || parse.child(i, "cop") >= 0;
    }

    /** The verb's subject, or that of the verb it is coordinated with or depends on; -1 when none. */
    static int subject(Parse parse, int v) {
        int subject = parse.child(v, "nsubj");
        Word word = parse.words().get(v);
        if (subject < 0 && word.head() >= 0 && SHARED_SUBJECT.contains(word.relation())) {
            subject = parse.child(word.head(), "nsubj");
        }
        return subject;
    }

    /**
     * What was said: the verb's clausal complement, or, when the verb is set into the sentence ("..., he said,
     * ..."), the clause it is set into; without a leading "that" and the punctuation around it.
     */
    private TextRange said(Parse parse, int v, int subject, VerbKind kind) {
        int complement = parse.child(v, "ccomp");
        int fronted = subject < 0 ? -1 : frontedClause(parse, v, subject);
        TextRange range;
        if (complement >= 0 && headsClause(parse, complement)) {
            range = parse.subtree(complement);
        } else if (kind == VerbKind.PARSED) {
            // "believes he has a word for Trump", never "believes in God" or "found the keys"
            return null;
        } else if (fronted >= 0) {
            range = parse.subtree(fronted);
        } else if (parse.words().get(v).relation().equals("parataxis") && headsClause(parse, parse.words().get(v).head())) {
            TextRange host = parse.subtree(parse.words().get(v).head());
            TextRange inserted = parse.subtree(v);
            range = inserted.start() - host.start() >= host.end() - inserted.end()
                    ? new TextRange(host.start(), inserted.start())
                    : new TextRange(inserted.end(), host.end());
        } else {
            return null;
        }
        int start = Texts.skipSpaces(t, range.start(), range.end());
        TextRange first = Words.at(t, start, range.end());
        if (first != null && first.in(t).equalsIgnoreCase("that")) {
            start = Texts.skipSpaces(t, first.end(), range.end());
        } else if (first != null && QUESTION_WORDS.contains(first.in(t).toLowerCase(Locale.ROOT))) {
            return null;
        }
        while (start < range.end() && ",;:—–-".indexOf(t.charAt(start)) >= 0) {
            start = Texts.skipSpaces(t, start + 1, range.end());
        }
        int end = range.end();
        while (end > start && ",;:—–- ".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        for (QuoteScanner.Quote quote : p.quotes()) {
            if (quote.open() >= start && quote.open() < end && quote.end() > end) {
                // the parser leaves the closing mark to the verb: “there is no single point of failure,” he said
                end = quote.end();
            }
        }
        return end > start ? new TextRange(start, end) : null;
    }
}
