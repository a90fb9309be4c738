package io.newswire.enrich.nlp;

import static io.newswire.enrich.nlp.StatementWords.JOINERS;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.enrich.nlp.QuoteScanner.Quote;
import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import io.newswire.enrich.nlp.StatementExtractor.Carry;
import io.newswire.events.SpeakerKind;
import io.newswire.events.StatementType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes with no reporting verb of their own: signed with a dash, introduced by a colon after a name, or
 * carrying on the speaker before them (in the paragraph, or from the paragraph before).
 */
final class ContinuedQuotes {

    /** The dash between a quote and the name that signs it: "”― Sonya Herridge". */
    private static final Pattern SIGNATURE_DASH = Pattern.compile("[\\h\\u00A0]*[―—–][\\h\\u00A0]*");

    private final Paragraph p;
    private final String t;
    private final Findings findings;
    private final ReportedContent content;
    private final SpeakerResolver resolver;
    private final ArticleEntities entities;
    private final Lexicon lexicon;

    ContinuedQuotes(Paragraph p, Findings findings, ReportedContent content, SpeakerResolver resolver,
            ArticleEntities entities, Lexicon lexicon) {
        this.p = p;
        this.t = p.text();
        this.findings = findings;
        this.content = content;
        this.resolver = resolver;
        this.entities = entities;
        this.lexicon = lexicon;
    }

    /** Quotes with no cue of their own: introduced by a colon, or carrying on the speaker before them. */
    void read(Carry carry) {
        int paragraphStart = Texts.skipSpaces(t, p.start(), p.end());
        for (Quote quote : p.quotes()) {
            ResolvedSpeaker signed = findings.isConsumed(quote) ? null : signedAfterDash(quote);
            if (signed != null) {
                findings.direct(quote, signed, "—", Confidence.DIRECT_CUED);
                continue;
            }
            if (findings.isConsumed(quote) || !p.isUtterance(quote)) {
                continue;
            }
            ResolvedSpeaker named = namedBeforeColon(quote);
            if (named != null) {
                int colon = Texts.skipSpacesBack(t, quote.open(), p.start()) - 1;
                String cue = t.substring(named.end(), colon).strip().replaceAll("^[,\\s]+", "");
                findings.direct(quote, named, cue.isEmpty() || Texts.words(cue).size() > 5 ? ":" : cue, Confidence.INTRODUCED_BY_COLON);
                continue;
            }
            FoundStatement before = null;
            for (FoundStatement f : findings.statements()) {
                if (f.start() < quote.open() && (before == null || f.start() > before.start())) {
                    before = f;
                }
            }
            if (before != null) {
                findings.direct(quote, before.speaker(), before.cue(), Confidence.CONTINUED_IN_PARAGRAPH);
            } else if (quote.open() == paragraphStart && carry.last() != null
                    && (carry.last().type() == StatementType.DIRECT && carry.lastQuote() != null
                            && !carry.lastQuote().closed() || noCue())) {
                findings.direct(quote, carry.last().speaker(), carry.last().cue(), Confidence.CONTINUED_FROM_PARAGRAPH);
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
                SpeakerKind.PERSON, Confidence.SIGNED_SPEAKER, name.start(), name.end());
    }

    /** "..., while his captain, Joel Whitby, was blunter: ‘…’": the person named in the clause before the colon. */
    private ResolvedSpeaker namedBeforeColon(Quote quote) {
        int colon = Texts.skipSpacesBack(t, quote.open(), p.start());
        if (colon <= p.start() || t.charAt(colon - 1) != ':') {
            return null;
        }
        TextRange unit = p.unitOf(colon - 1);
        int from = Math.max(unit == null ? p.start() : unit.start(), content.clauseStart(unit == null ? new TextRange(p.start(),
                p.end()) : unit, colon - 1));
        for (int i = colon - 2; i > from; i--) {
            if (t.charAt(i) == ';' || (t.charAt(i) == ',' && content.followedByAny(i + 1, colon, JOINERS))) {
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
                SpeakerKind.PERSON, Confidence.NAMED_BEFORE_COLON_SPEAKER,
                last.start(), last.end());
    }

    /** Whether the paragraph has no reporting cue of its own; words inside its quotes ("I can say ...") are not cues. */
    private boolean noCue() {
        Matcher cues = lexicon.cuePattern().matcher(t).region(p.start(), p.end());
        while (cues.find()) {
            Lexicon.Verb verb = lexicon.verb(cues.group());
            if (p.quoteAt(cues.start()) == null && (verb == null || verb.kind() != Lexicon.VerbKind.PARSED)) {
                return false;
            }
        }
        return true;
    }
}
