package io.newswire.enrich.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Places by their finer type and the demonyms of countries, read once from files of Stanford CoreNLP's models
 * jar that the build unpacks (see the pom): the COUNTRY, STATE_OR_PROVINCE and CITY lines of the KBP regexner
 * gazetteer ({@code regexner_caseless.tab}, about 42,000 names), dcoref's states and provinces (with their
 * abbreviations, "B.C.", "Ont.") and dcoref's adjectival forms of place names ({@code demonyms.txt}, from
 * Wikipedia's list, about 270 places); plus {@code places-added.tsv} next to this class, a short list compiled by
 * hand of capitals, cities and provinces the CoreNLP lists lack.
 *
 * <p>A name listed with several types takes the widest: "Canada" is a country (and also a village somewhere),
 * "Quebec" a province (and a city); an entry of the hand-made list wins ("Washington" is a city). Lookups ignore
 * case, accents, hyphens and a leading "the".
 */
final class Gazetteer {

    static final String COUNTRY = "COUNTRY";
    static final String STATE_OR_PROVINCE = "STATE_OR_PROVINCE";
    static final String CITY = "CITY";

    private static final String PLACES = "/io/newswire/enrich/nlp/places.tab";
    private static final String STATES_AND_PROVINCES = "/edu/stanford/nlp/models/dcoref/statesandprovinces";
    private static final String PLACES_ADDED = "/io/newswire/enrich/nlp/places-added.tsv";
    private static final String DEMONYMS = "/edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static final List<String> WIDEST_FIRST = List.of(COUNTRY, STATE_OR_PROVINCE, CITY);
    /** What marks a gazetteer line as a regular expression rather than a plain name ("u\.?s\.?a\.?"). */
    private static final Pattern REGEX_MARKS = Pattern.compile("[\\\\?*+|()\\[\\]]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Gazetteer INSTANCE = new Gazetteer();

    private final Map<String, String> placeTypes = new HashMap<>();
    private final Map<String, List<String>> placesByDemonym = new HashMap<>();
    private final Pattern demonymPattern;

    private Gazetteer() {
        read(PLACES, line -> {
            String[] parts = line.split("\t");
            if (parts.length < 2 || !WIDEST_FIRST.contains(parts[1])) {
                return;
            }
            // "china\/中国": a name and its form in another script
            for (String name : parts[0].split("\\\\/")) {
                if (!REGEX_MARKS.matcher(name).find()) {
                    addPlace(name, parts[1]);
                }
            }
        });
        read(STATES_AND_PROVINCES, line -> addPlace(line.strip(), STATE_OR_PROVINCE));
        read(PLACES_ADDED, line -> {
            String[] parts = line.split("\t");
            if (parts.length != 2 || !WIDEST_FIRST.contains(parts[1])) {
                throw new IllegalStateException("not a place line of " + PLACES_ADDED + ": " + line);
            }
            placeTypes.put(key(parts[0]), parts[1]);
        });
        read(DEMONYMS, line -> {
            // Place, then its adjectives and nouns of people: "Canada  Canadian  Canadians"
            List<String> parts = new ArrayList<>();
            for (String part : line.split("\t")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
            if (parts.size() < 2) {
                return;
            }
            String place = parts.get(0).replaceAll("\\.$", "");
            Set<String> forms = new LinkedHashSet<>(parts.subList(1, parts.size()));
            for (String form : forms) {
                // plurals name people ("Canadians"); a form equal to a place name is found as that place
                boolean plural = form.endsWith("s") && forms.contains(form.substring(0, form.length() - 1));
                if (!plural && !form.equals(place) && !form.contains(" ")
                        && Character.isUpperCase(form.codePointAt(0))) {
                    List<String> places = placesByDemonym.computeIfAbsent(form, f -> new ArrayList<>());
                    if (!places.contains(place)) {
                        places.add(place);
                    }
                }
            }
        });
        demonymPattern = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + placesByDemonym.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
    }

    static Gazetteer get() {
        return INSTANCE;
    }

    /** The finer type of a place name ({@link #COUNTRY}, {@link #STATE_OR_PROVINCE}, {@link #CITY}), or {@code null}. */
    String placeType(String name) {
        String key = key(name);
        String type = placeTypes.get(key);
        if (type == null) {
            // "The Hague" may be written "Hague"; "the Netherlands" is listed as "netherlands"
            type = placeTypes.get(key.startsWith("the ") ? key.substring(4) : "the " + key);
        }
        if (type == null && key.endsWith(" city") && placeTypes.containsKey(key.substring(0, key.length() - 5))) {
            // "Quebec City", "New York City"
            type = CITY;
        }
        return type;
    }

    /** The places a demonym stands for, as dcoref lists them ("British": Britain, Great Britain, United Kingdom). */
    List<String> placesOf(String demonym) {
        return placesByDemonym.getOrDefault(demonym, List.of());
    }

    /** Capitalised demonyms ("Canadian", "Iranian") at word boundaries, not after a hyphen ("Franco-German"). */
    Pattern demonymPattern() {
        return demonymPattern;
    }

    private void addPlace(String name, String type) {
        placeTypes.merge(key(name), type, (a, b) -> WIDEST_FIRST.indexOf(a) <= WIDEST_FIRST.indexOf(b) ? a : b);
    }

    /** The form of a name lookups go by: lower case, no accents, hyphens and runs of spaces as one space. */
    private static String key(String name) {
        String folded = name;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '-' || Character.isWhitespace(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(c == '’' ? '\'' : Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    private static void read(String resource, Consumer<String> line) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (unpacked from the CoreNLP models "
                        + "jar by the build)");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
