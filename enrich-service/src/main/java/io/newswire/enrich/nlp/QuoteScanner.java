package io.newswire.enrich.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a paragraph: “curly”, "straight", «guillemets», ''doubled apostrophes'' (the New York Times'
 * archive style) and ‘single’ quotes (a ’ inside a word is an apostrophe, not a closing mark). A quote still open at the end of the paragraph ends there: news style leaves
 * a quote that goes on into the next paragraph unclosed.
 */
final class QuoteScanner {

    /**
     * A quotation.
     *
     * @param open offset of the opening mark
     * @param innerStart offset of the first quoted character
     * @param innerEnd offset after the last quoted character
     * @param end offset after the closing mark (equal to {@code innerEnd} when unclosed)
     * @param closed whether a closing mark was found
     */
    record Quote(int open, int innerStart, int innerEnd, int end, boolean closed) {

        boolean contains(int offset) {
            return offset >= open && offset < end;
        }
    }

    private QuoteScanner() {
    }

    static List<Quote> scan(String text, int from, int to) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        int width = 1;
        String closers = null;
        boolean single = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean doubled = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'';
            if (open < 0) {
                boolean wordFollows = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
                width = 1;
                if (doubled && i + 2 < to && !Character.isWhitespace(text.charAt(i + 2))) {
                    open = i;
                    width = 2;
                    closers = "''";
                    single = false;
                    i++;
                } else if ((c == '“' || c == '„') && wordFollows) {
                    open = i;
                    closers = "”\"“";
                    single = false;
                } else if (c == '«') {
                    open = i;
                    closers = "»";
                    single = false;
                } else if (c == '"' && wordFollows) {
                    open = i;
                    closers = "\"”";
                    single = false;
                } else if (c == '‘' && opensSingle(text, i, from, to)) {
                    open = i;
                    closers = "’";
                    single = true;
                }
            } else if (width == 2) {
                if (doubled) {
                    add(quotes, text, open, width, i, i + 2, true);
                    open = -1;
                    i++;
                }
            } else if (single) {
                if (c == '’' && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    add(quotes, text, open, width, i, i + 1, true);
                    open = -1;
                }
            } else if (closers.indexOf(c) >= 0) {
                if (c == '“' && i + 1 < to && !Character.isWhitespace(text.charAt(i + 1)) && i > 0
                        && Character.isWhitespace(text.charAt(i - 1))) {
                    // an opening mark where a closing one was due: the previous quote was left open
                    add(quotes, text, open, width, i, i, false);
                    open = i;
                    closers = "”\"“";
                    continue;
                }
                add(quotes, text, open, width, i, i + 1, true);
                open = -1;
            }
        }
        if (open >= 0) {
            add(quotes, text, open, width, to, to, false);
        }
        return quotes;
    }

    private static boolean opensSingle(String text, int i, int from, int to) {
        boolean afterBoundary = i == from || Character.isWhitespace(text.charAt(i - 1))
                || "([—–-“\"".indexOf(text.charAt(i - 1)) >= 0;
        return afterBoundary && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static void add(List<Quote> quotes, String text, int open, int width, int innerEnd, int end,
            boolean closed) {
        int start = open + width;
        while (start < innerEnd && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int stop = innerEnd;
        while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        if (stop > start) {
            quotes.add(new Quote(open, start, stop, closed ? end : stop, closed));
        }
    }
}
