package io.newswire.store.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lookup forms of an entity's name and aliases, stored in its {@value #FIELD} array so that searches compare
 * lower-cased values: Unicode NFC, trimmed, inner whitespace collapsed to one space, lower-cased.
 */
public final class EntityLookup {

    /** The stored field holding the lookup forms. */
    public static final String FIELD = "lookup";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private EntityLookup() {
    }

    /** The lookup form of a name; blank for a blank name. */
    public static String of(String name) {
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        return WHITESPACE.matcher(normalised).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The distinct, non-blank lookup forms of a name and its aliases, the name's first. */
    static List<String> formsOf(String name, List<String> aliases) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(of(name));
        aliases.forEach(alias -> forms.add(of(alias)));
        forms.remove("");
        return new ArrayList<>(forms);
    }
}
