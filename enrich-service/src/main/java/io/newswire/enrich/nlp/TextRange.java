package io.newswire.enrich.nlp;

/**
 * A span of text: the offset of its first character and the offset after its last.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 */
record TextRange(int start, int end) {

    /** Whether the span shares at least one character with the other, from {@code start} to {@code end}. */
    boolean overlaps(int otherStart, int otherEnd) {
        return otherStart < end && otherEnd > start;
    }

    /** The text of the span. */
    String in(String text) {
        return text.substring(start, end);
    }
}
