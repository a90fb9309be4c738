package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.QuoteScanner.Quote;
import io.newswire.events.TextField;
import java.util.List;
import java.util.Locale;

/**
 * A paragraph of a field with its quotes and its sentence units (sentences joined where a quote spans them).
 *
 * @param field the field the paragraph is in
 * @param text the whole text of the field; offsets are into it
 * @param start offset of the paragraph's first character
 * @param end offset after the paragraph's last character
 * @param quotes the quotes of the paragraph, in order
 * @param units the sentence units of the paragraph, in order
 */
record Paragraph(TextField field, String text, int start, int end, List<Quote> quotes, List<TextRange> units) {

    Quote quoteAt(int offset) {
        for (Quote quote : quotes) {
            if (quote.contains(offset)) {
                return quote;
            }
        }
        return null;
    }

    Quote quoteOpeningAt(int offset) {
        for (Quote quote : quotes) {
            if (quote.open() == offset) {
                return quote;
            }
        }
        return null;
    }

    TextRange unitOf(int offset) {
        for (TextRange unit : units) {
            if (offset >= unit.start() && offset < unit.end()) {
                return unit;
            }
        }
        return null;
    }

    /** Whether a quote is a sentence of its own, not a phrase quoted inside one. */
    boolean isUtterance(Quote quote) {
        TextRange unit = unitOf(quote.open());
        int from = unit == null ? start : unit.start();
        String before = text.substring(from, quote.open());
        boolean opensSentence = ReportedContent.ONLY_PUNCTUATION.matcher(before).matches()
                || before.strip().endsWith(":");
        int at = quote.innerStart();
        while (at < quote.innerEnd() - 1 && "[(‘'".indexOf(text.charAt(at)) >= 0) {
            // "[Trump] doesn't speak for anyone": an editor's bracket or a quote within the quote opens it
            at++;
        }
        int first = text.codePointAt(at);
        return opensSentence && (Character.isUpperCase(first) || Character.isDigit(first) || first == '…'
                || first == '.');
    }

    /** Whether the quoted words are a name in Title Case: every word of four letters or more capitalised. */
    boolean isTitle(Quote quote) {
        String[] words = text.substring(quote.innerStart(), quote.innerEnd()).split("[^\\p{L}]+");
        int counted = 0;
        for (String word : words) {
            if (word.length() >= 4 && !Lexicon.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                if (!Character.isUpperCase(word.charAt(0))) {
                    return false;
                }
                counted++;
            }
        }
        return counted > 0 && words.length <= 8;
    }
}
