package io.newswire.events;

/**
 * One occurrence of an entity in the article text.
 *
 * @param field the article field
 * @param start character offset into the field, inclusive
 * @param end character offset into the field, exclusive
 * @param text the mention as written
 */
public record Mention(TextField field, int start, int end, String text) {
}
