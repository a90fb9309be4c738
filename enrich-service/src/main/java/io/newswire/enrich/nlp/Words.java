package io.newswire.enrich.nlp;

/** The word steps of {@link Texts}, with the word found as a {@link TextRange} (or {@code null} when there is none). */
final class Words {

    private Words() {
    }

    /** The word starting at {@code pos}, or {@code null} when no word starts there. */
    static TextRange at(String text, int pos, int limit) {
        return range(Texts.wordAt(text, pos, limit));
    }

    /** The word ending at the last non-space character before {@code pos}, not below {@code limit}, or {@code null}. */
    static TextRange before(String text, int pos, int limit) {
        return range(Texts.wordBefore(text, pos, limit));
    }

    private static TextRange range(int[] word) {
        return word == null ? null : new TextRange(word[0], word[1]);
    }
}
