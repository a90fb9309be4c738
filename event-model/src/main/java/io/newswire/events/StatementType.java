package io.newswire.events;

/** How a statement is reported. */
public enum StatementType {
    /** The words stand inside quotation marks. */
    DIRECT,
    /** Reported speech, no quotation marks. */
    INDIRECT,
    /** Reported speech that contains a quoted fragment. */
    MIXED
}
