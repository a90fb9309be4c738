package io.newswire.events;

/**
 * A stretch of an article field.
 *
 * @param field the article field
 * @param start character offset into the field, inclusive
 * @param end character offset into the field, exclusive
 */
public record Span(TextField field, int start, int end) {
}
