package io.newswire.events;

/** What sort of source a statement is attributed to. */
public enum SpeakerKind {
    PERSON, ORGANIZATION, UNKNOWN, ANONYMOUS
}
