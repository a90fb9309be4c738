package io.newswire.enrich.nlp;

import io.newswire.events.Entity;
import io.newswire.events.Mention;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An entity while the extractor merges its mentions; becomes an {@link Entity} at the end. */
final class FoundEntity {

    static final String PERSON = "PERSON";
    static final String ORGANIZATION = "ORGANIZATION";
    static final String LOCATION = "LOCATION";

    private final String type;
    private final boolean wellKnown;
    /** The canonical name of a well-known entity, which its key is made of whatever the article calls it. */
    private final String keyName;
    private String name;
    private final List<FoundMention> mentions = new ArrayList<>();
    private final Set<String> forms = new java.util.HashSet<>();
    private final Set<String> extraAliases = new LinkedHashSet<>();
    private final List<String> roles = new ArrayList<>();
    private String id;
    private double salience;
    private String finerType;

    FoundEntity(String type, String name, boolean wellKnown) {
        this.type = type;
        this.name = name;
        this.wellKnown = wellKnown;
        this.keyName = wellKnown ? name : null;
    }

    String type() {
        return type;
    }

    String name() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }

    boolean wellKnown() {
        return wellKnown;
    }

    boolean isPerson() {
        return PERSON.equals(type);
    }

    /** Gives a place its finer type ("COUNTRY", "CITY"), which the event carries instead of "LOCATION". */
    void refineType(String finerType) {
        this.finerType = finerType;
    }

    List<FoundMention> mentions() {
        return mentions;
    }

    void add(TextField field, int start, int end, String text) {
        mentions.add(new FoundMention(field, start, end, text, this, false));
        forms.add(normalForm(text));
    }

    /** Makes a mention start earlier: "Christian Dubé" for "Dubé". */
    void widen(FoundMention mention, int start, String text) {
        mentions.set(mentions.indexOf(mention), new FoundMention(mention.field(), start, mention.end(), text, this,
                mention.adjectival()));
        forms.add(normalForm(text));
    }

    /** Adds an adjectival mention ("Canadian" of Canada): listed with the others, never taken for a speaker. */
    void addAdjectival(TextField field, int start, int end, String text) {
        mentions.add(new FoundMention(field, start, end, text, this, true));
    }

    /** Whether the entity has been mentioned by this form, ignoring case, "the" and apostrophe style. */
    boolean knownAs(String text) {
        return forms.contains(normalForm(text));
    }

    static String normalForm(String text) {
        String lower = text.strip().toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    void addAlias(String alias) {
        extraAliases.add(alias);
    }

    /** Adds a role unless a longer role already holds it ("President" within "U.S. President"). */
    void addRole(String role) {
        String lower = role.toLowerCase();
        for (int i = 0; i < roles.size(); i++) {
            String held = roles.get(i).toLowerCase();
            if (held.equals(lower) || held.endsWith(" " + lower)) {
                return;
            }
            if (lower.endsWith(" " + held)) {
                roles.set(i, role);
                return;
            }
        }
        roles.add(role);
    }

    List<String> roles() {
        return roles;
    }

    /** The first role found, the one a speaker of this entity is given. */
    String role() {
        return roles.isEmpty() ? null : roles.get(0);
    }

    FoundMention firstMention() {
        return mentions.stream().min(FoundMention.ORDER).orElseThrow();
    }

    String id() {
        return id;
    }

    double salience() {
        return salience;
    }

    void identify(String id, double salience) {
        this.id = id;
        this.salience = salience;
    }

    Entity toEntity() {
        // a demonym ("Canadian") counts towards salience but is no mention of the place's name
        List<FoundMention> sorted = mentions.stream().filter(m -> !m.adjectival()).sorted(FoundMention.ORDER).toList();
        Set<String> aliases = new LinkedHashSet<>();
        for (FoundMention mention : sorted) {
            if (!mention.text().equals(name)) {
                aliases.add(mention.text());
            }
        }
        aliases.addAll(extraAliases);
        aliases.remove(name);
        List<Mention> out = sorted.stream()
                .map(m -> new Mention(m.field(), m.start(), m.end(), m.text())).toList();
        return new Entity(id, name, finerType == null ? type : finerType, List.copyOf(aliases), List.copyOf(roles),
                out, salience, EntityKeys.key(type, keyName == null ? name : keyName));
    }

    @Override
    public String toString() {
        return type + ":" + name;
    }

    /**
     * One occurrence of an entity.
     *
     * @param field the article field
     * @param start offset of the first character
     * @param end offset after the last character
     * @param text the mention as written
     * @param entity the entity mentioned
     * @param adjectival whether the mention is a demonym ("Canadian" of Canada) rather than a name
     */
    record FoundMention(TextField field, int start, int end, String text, FoundEntity entity, boolean adjectival) {

        static final Comparator<FoundMention> ORDER = Comparator.<FoundMention>comparingInt(m -> m.field().ordinal())
                .thenComparingInt(FoundMention::start);

        boolean before(TextField otherField, int offset) {
            return field.ordinal() < otherField.ordinal() || field == otherField && end <= offset;
        }
    }
}
