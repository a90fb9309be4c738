package io.newswire.enrich.nlp;

import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretches of a field where capitalisation says little about which words are names: a Title Case headline,
 * a dateline, a credit line. Tagged names there create no entities.
 */
final class UntrustedRanges {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}"
                    + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?\\s*(?:\\([^)\\n]{1,40}\\))?"
                    + "|\\([^)\\n]{1,40}\\))\\s*[—–-]{1,2}\\s");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:" + EntityWords.alternatives("credit-line-openers.txt") + ")\\b");
    static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private final List<TextRange> ranges;

    private UntrustedRanges(List<TextRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The untrusted stretches of one field: the whole of a Title Case headline; datelines and credit lines. */
    static UntrustedRanges of(AnalyzedText text) {
        List<TextRange> ranges = new ArrayList<>();
        String s = text.text();
        if (text.field() == TextField.TITLE) {
            if (isTitleCase(s)) {
                ranges.add(new TextRange(0, s.length()));
            }
            return new UntrustedRanges(ranges);
        }
        int start = 0;
        int index = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(s);
        while (true) {
            boolean more = breaks.find();
            int end = more ? breaks.start() : s.length();
            String paragraph = s.substring(start, end).strip();
            Matcher dateline = DATELINE.matcher(s).region(start, end);
            if (index++ < 3 && dateline.lookingAt()) {
                // a standfirst the reader could not tell apart may come before the dateline
                ranges.add(new TextRange(dateline.start(), dateline.end()));
            }
            if (paragraph.length() < 200 && CREDIT_LINE.matcher(paragraph).find()) {
                ranges.add(new TextRange(start, end));
            }
            if (!more) {
                break;
            }
            start = breaks.end();
        }
        return new UntrustedRanges(ranges);
    }

    /** A Title Case headline (most words capitalised) tells nothing about which words are names. */
    static boolean isTitleCase(String title) {
        int words = 0;
        int capitalised = 0;
        for (String word : title.split("[^\\p{L}]+")) {
            if (word.length() < 4 || Lexicon.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(word.charAt(0))) {
                capitalised++;
            }
        }
        return words >= 3 && capitalised >= 0.8 * words;
    }

    /** Whether any untrusted stretch shares a character with the span from {@code start} to {@code end}. */
    boolean overlaps(int start, int end) {
        for (TextRange range : ranges) {
            if (range.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** The untrusted stretches in the order found. */
    List<TextRange> ranges() {
        return ranges;
    }
}
