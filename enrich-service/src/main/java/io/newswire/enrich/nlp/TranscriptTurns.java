package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript's turn: a paragraph that opens with its speaker's name in capitals and a colon ("PENCE: Well,
 * look, ...", sometimes inside an opening quotation mark); the rest of the paragraph is that person's own words. Only a name that stands for a person the
 * article names counts, so labels such as "UPDATE:" or "WASHINGTON:" make no statement.
 */
final class TranscriptTurns {

    private static final Pattern TURN = Pattern.compile(
            "\\s*[\"“]?(\\p{Lu}[\\p{Lu}'’.-]+(?:\\h+\\p{Lu}[\\p{Lu}'’.-]+){0,2})\\h*:\\h+(?=\\S)");
    private static final int MIN_WORDS = 3;

    private TranscriptTurns() {
    }

    /** Records the paragraph's words as its speaker's when the paragraph is a turn; whether it was one. */
    static boolean read(Paragraph p, Findings findings, ArticleEntities entities) {
        String t = p.text();
        Matcher turn = TURN.matcher(t).region(p.start(), p.end());
        if (!turn.lookingAt()) {
            return false;
        }
        FoundEntity person = personCalled(turn.group(1), entities.entities());
        int start = turn.end();
        int end = Texts.skipSpacesBack(t, p.end(), start);
        if (person == null || Texts.words(t.substring(start, end)).size() < MIN_WORDS) {
            return false;
        }
        findings.verbatim(start, end, ResolvedSpeaker.of(person, Confidence.TRANSCRIPT_TURN, turn.start(1),
                turn.end(1)), ":", Confidence.TRANSCRIPT_TURN);
        return true;
    }

    /** The person whose name or surname the label is, written in capitals ("WALLACE" for Chris Wallace). */
    private static FoundEntity personCalled(String label, List<FoundEntity> entities) {
        String wanted = label.toLowerCase(Locale.ROOT);
        for (FoundEntity entity : entities) {
            if (!entity.isPerson()) {
                continue;
            }
            String name = entity.name().toLowerCase(Locale.ROOT);
            List<String> words = Texts.words(name);
            if (name.equals(wanted) || !words.isEmpty() && words.get(words.size() - 1).equals(wanted)) {
                return entity;
            }
        }
        return null;
    }
}
