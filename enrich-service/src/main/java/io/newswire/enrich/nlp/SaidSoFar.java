package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import io.newswire.events.SpeakerKind;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statements of an article attributed so far, in order found, for pronouns and sources named again
 * ("she said", "the official said").
 */
final class SaidSoFar {

    /** A statement already attributed, for pronouns and repeated anonymous sources. */
    private record Said(ResolvedSpeaker speaker, TextField field, int start, int end) {

        boolean covers(FoundMention mention) {
            return mention.field() == field && mention.start() >= start && mention.end() <= end;
        }
    }

    private final List<Said> said = new ArrayList<>();

    /** Remembers a statement attributed to the speaker. */
    void add(ResolvedSpeaker speaker, TextField field, int start, int end) {
        said.add(new Said(speaker, field, start, end));
    }

    /** The speaker of the last statement before the offset and not before {@code notBefore}, or {@code null}. */
    ResolvedSpeaker lastSpeaker(TextField field, int offset, int notBefore) {
        Said last = null;
        for (Said s : said) {
            if (s.field() == field && s.start() < offset && s.start() >= notBefore
                    && (last == null || s.start() > last.start())) {
                last = s;
            }
        }
        return last == null ? null : last.speaker();
    }

    /** Where the speaker's last statement in the field starts, or -1. */
    int lastStart(TextField field, ResolvedSpeaker speaker) {
        int last = -1;
        for (Said s : said) {
            if (s.field() == field && s.speaker() == speaker) {
                last = Math.max(last, s.start());
            }
        }
        return last;
    }

    /** Whether the mention stands inside words already attributed: what was talked about, not who talks. */
    boolean covers(FoundMention mention) {
        return said.stream().anyMatch(s -> s.covers(mention));
    }

    /** Where the speaker's last statement before the offset starts, or -1. */
    int lastStatementOf(ResolvedSpeaker speaker, TextField field, int offset) {
        int last = -1;
        for (Said s : said) {
            if (s.speaker() == speaker && s.field() == field && s.start() < offset) {
                last = Math.max(last, s.start());
            }
        }
        return last;
    }

    /** An anonymous source met before and now named by its noun: "the delegate", "the second diplomat". */
    ResolvedSpeaker anonymousAgain(TextField field, int offset, List<String> head) {
        String wanted = String.join(" ", head).toLowerCase(Locale.ROOT);
        ResolvedSpeaker found = null;
        for (Said s : said) {
            if (s.speaker().kind() == SpeakerKind.ANONYMOUS && s.field() == field && s.start() < offset
                    && s.speaker().role() != null) {
                String role = s.speaker().role().toLowerCase(Locale.ROOT);
                if (role.equals(wanted) || role.endsWith(" " + wanted) || role.contains(" " + wanted + " ")
                        || role.startsWith(wanted + " ")) {
                    found = s.speaker();
                }
            }
        }
        return found;
    }
}
