package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import io.newswire.events.StatementType;
import io.newswire.events.TextField;

/** A statement as a stage found it, before ids are given and duplicates dropped. */
record FoundStatement(ResolvedSpeaker speaker, TextField field, int start, int end, String quote,
        StatementType type, String cue, double confidence) {
}
