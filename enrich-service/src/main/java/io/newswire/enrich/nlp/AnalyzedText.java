package io.newswire.enrich.nlp;

import io.newswire.events.TextField;
import java.util.List;

/**
 * One article field as the NLP engine saw it: tokens with their named-entity tags, and sentences.
 *
 * @param field the article field
 * @param text the field text (offsets point into it)
 * @param tokens tokens in text order
 * @param sentences sentences in text order
 */
record AnalyzedText(TextField field, String text, List<Token> tokens, List<Sentence> sentences) {

    /** Tag of tokens outside any named entity. */
    static final String OUTSIDE = "O";

    static AnalyzedText empty(TextField field, String text) {
        return new AnalyzedText(field, text == null ? "" : text, List.of(), List.of());
    }

    /**
     * A token.
     *
     * @param start offset of the first character
     * @param end offset after the last character
     * @param ner named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}) or {@link #OUTSIDE}
     */
    record Token(int start, int end, String ner) {
    }

    /**
     * A sentence.
     *
     * @param start offset of its first character
     * @param end offset after its last character
     */
    record Sentence(int start, int end) {
    }
}
