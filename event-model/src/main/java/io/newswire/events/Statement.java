package io.newswire.events;

/**
 * Something attributed to a speaker: who said what.
 *
 * @param id id within the article (e.g. {@code s1})
 * @param speaker who said it
 * @param quote the words attributed
 * @param type direct quote, reported speech, or reported speech with a quoted fragment
 * @param cue the reporting verb or phrase ("said", "posted on Twitter that", "according to")
 * @param span where the quote stands
 * @param confidence how sure the extractor is of the attribution, 0 to 1
 */
public record Statement(String id, Speaker speaker, String quote, StatementType type, String cue, Span span,
        double confidence) {
}
