package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.AnalyzedText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small scanning steps over plain text shared by the extractors: spaces, words, capitals. */
final class Texts {

    private Texts() {
    }

    static int skipSpaces(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The offset after the last non-space character before {@code from}, not below {@code limit}. */
    static int skipSpacesBack(String text, int from, int limit) {
        int i = from;
        while (i > limit && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Whether the character is part of a word: letters, digits, apostrophes, hyphens, dots of "U.S.". */
    static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-') {
            return true;
        }
        return c == '.' && i > 0 && Character.isUpperCase(text.charAt(i - 1))
                && (i == 1 || !Character.isLetter(text.charAt(i - 2)));
    }

    /** The word ending at the last non-space character before {@code pos}: {start, end}, or {@code null}. */
    static int[] wordBefore(String text, int pos, int limit) {
        int end = skipSpacesBack(text, pos, limit);
        int start = end;
        while (start > limit && isWordChar(text, start - 1)) {
            start--;
        }
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        return start < end ? new int[] {start, end} : null;
    }

    /** The word starting at {@code pos}: {start, end}, or {@code null} when no word starts there. */
    static int[] wordAt(String text, int pos, int limit) {
        if (pos >= limit || !Character.isLetterOrDigit(text.charAt(pos))) {
            return null;
        }
        int end = pos;
        while (end < limit && isWordChar(text, end)) {
            end++;
        }
        while (end > pos && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '.') {
            end--;
        }
        return new int[] {pos, end};
    }

    /** The words of a phrase, without surrounding punctuation. */
    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String raw : phrase.strip().split("\\s+")) {
            String word = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.'’]+$", "");
            if (word.endsWith(".") && !word.matches(".*\\p{Lu}\\.")) {
                word = word.substring(0, word.length() - 1);
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    static boolean isLowerCase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }

    /** The text of a token. */
    static String word(AnalyzedText text, Token token) {
        return text.text().substring(token.start(), token.end());
    }

    /** The pieces of a text between runs of white space, punctuation and all ("Corps'", ","). */
    static List<String> splitOnSpaces(String text) {
        return List.of(text.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    /** A capitalised word or acronym that is not a capitalised function word ("The", "In"). */
    static boolean isNameLike(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                && !Lexicon.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Written in capitals ("NEW DELHI", "NATO"), with at least one letter. */
    static boolean isAllCaps(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT));
    }
}
