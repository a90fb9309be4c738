package io.newswire.enrich.nlp;

import static io.newswire.enrich.nlp.StatementWords.ARTICLES;
import static io.newswire.enrich.nlp.StatementWords.NARRATIVE_CLAUSES;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import io.newswire.events.SpeakerKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "According to X, ..." and "..., according to X": the source named after "according to" and the words it
 * is given for.
 */
final class AccordingTo {

    /** What describes the source of "according to X" to the end of the sentence: ", a professor of law at Leeds." */
    private static final Pattern SOURCE_APPOSITION = Pattern.compile("\\s*,\\s*(?:a|an|the|who)\\s[^,;:\"“”]*[.!?]?\\s*");
    /** An acronym in brackets after the source: "according to the World Health Organization (WHO)". */
    private static final Pattern ACRONYM = Pattern.compile("\\s*\\([^)]{1,15}\\)");

    private final Paragraph p;
    private final String t;
    private final Findings findings;
    private final ReportedContent content;
    private final SpeakerResolver resolver;
    private final ArticleEntities entities;

    AccordingTo(Paragraph p, Findings findings, ReportedContent content, SpeakerResolver resolver,
            ArticleEntities entities) {
        this.p = p;
        this.t = p.text();
        this.findings = findings;
        this.content = content;
        this.resolver = resolver;
        this.entities = entities;
    }

    /** Reads the "according to" found from {@code cs} to {@code ce} in the sentence unit. */
    void read(TextRange unit, int cs, int ce) {
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
        Matcher acronym = ACRONYM.matcher(t).region(after, unit.end());
        if (acronym.lookingAt()) {
            after = acronym.end();
        }
        FoundMention appositive = speaker.entity() != null && speaker.entity().isPerson() ? null
                : appositiveName(after, unit.end());
        if (appositive != null) {
            // "According to the state's chief medical officer, Dr Ana Ruiz, the outbreak ...": the person named
            speaker = new ResolvedSpeaker(appositive.entity().name(), appositive.entity(),
                    appositive.entity().role(), SpeakerKind.PERSON, Confidence.APPOSITIVE_SPEAKER,
                    appositive.start(),
                    appositive.end());
            after = t.indexOf(',', appositive.end());
        }
        int clauseStart = content.clauseStart(unit, cs);
        if (t.substring(clauseStart, cs).isBlank()) {
            if (after < unit.end() && t.charAt(after) == ',') {
                int start = Texts.skipSpaces(t, after + 1, unit.end());
                TextRange word = Words.at(t, start, unit.end());
                if (word != null && ARTICLES.contains(word.in(t).toLowerCase(Locale.ROOT))) {
                    // "According to analysis by the Hartley Institute, a health think tank, the list ..."
                    int comma = t.indexOf(',', start);
                    int end = content.clauseEnd(start, unit.end(), false);
                    if (comma > 0 && comma < end && Texts.words(t.substring(start, comma)).size() <= 6) {
                        start = Texts.skipSpaces(t, comma + 1, unit.end());
                    }
                }
                findings.report(start, content.clauseEnd(start, unit.end(), false), speaker, "according to", Confidence.ACCORDING_TO, 3, false);
            }
        } else {
            int comma = Texts.skipSpacesBack(t, cs, clauseStart);
            String rest = t.substring(after, unit.end());
            boolean ends = ReportedContent.ONLY_PUNCTUATION.matcher(rest).matches() || rest.matches("(?s)\\s*,\\s*\\p{Ll}+\\b.*")
                    && endsAdverbially(rest) || SOURCE_APPOSITION.matcher(rest).matches();
            if (comma > clauseStart && t.charAt(comma - 1) == ',' && ends) {
                int start = content.contentStart(clauseStart, comma - 1);
                if (start >= 0) {
                    findings.report(start, comma - 1, speaker, "according to", Confidence.ACCORDING_TO, 3, false);
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
}
