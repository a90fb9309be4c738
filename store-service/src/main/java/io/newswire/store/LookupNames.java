package io.newswire.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form names are stored and looked up in: Unicode NFC, trimmed, inner whitespace collapsed to one space,
 * lower-cased. Queries compare these forms for equality, so user input never becomes an operator or a pattern.
 */
final class LookupNames {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private LookupNames() {
    }

    /** The lookup form of a name; blank for a blank name. */
    static String of(String name) {
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        return WHITESPACE.matcher(normalised).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
