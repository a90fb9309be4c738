package io.newswire.enrich.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists the extractors work with, read once from the resource files next to this class: reporting
 * verbs, role words, nouns of anonymous sources and well-known names with their acronyms.
 */
final class Lexicon {

    /** How a reporting verb introduces what was said. */
    enum VerbKind {
        CLAUSE, OBJECT, LISTENER, THAT, NP, QUOTED, PARSED
    }

    /** One form of a reporting verb, with its particle ("called for"). */
    record Verb(String base, String form, String particle, VerbKind kind) {

        String cue() {
            return particle == null ? form : form + " " + particle;
        }

        boolean gerund() {
            return form.endsWith("ing");
        }
    }

    /** A well-known name: canonical form and type. */
    record KnownName(String canonical, String type) {
    }

    static final Set<String> PRONOUNS_PERSON = Set.of("he", "she");
    static final Set<String> PRONOUNS_ORGANIZATION = Set.of("it");
    static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
            "lord", "lady", "madam", "mme", "mme.", "m.", "coun", "coun.", "cllr", "cllr.", "rev", "rev.", "hon",
            "hon.", "prof", "prof.");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "his",
            "her", "their", "our", "my", "your");
    static final Set<String> INDEFINITE = Set.of("a", "an", "one", "two", "three", "four", "five", "several", "some",
            "many", "other", "another", "various", "multiple", "numerous", "few", "senior", "unnamed", "anonymous");
    static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "with", "from",
            "via", "through", "for", "as", "by", "while", "to", "into", "over", "under", "about", "since", "until",
            "amid", "despite", "following", "earlier", "later", "late", "early", "last", "this", "yesterday",
            "today", "tonight", "again", "also", "repeatedly", "publicly", "privately", "previously", "then",
            "once", "twice", "separately", "recently", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "here", "there", "when", "where", "outside", "inside", "afterward", "afterwards",
            "in-person", "online");
    static final Set<String> SUBORDINATORS = Set.of("after", "before", "because", "when", "while", "as", "since",
            "until", "following", "amid", "despite", "although", "though", "whereas", "unless");
    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "later", "previously", "earlier",
            "again", "then", "reportedly", "once", "will", "would", "could", "can", "may", "might", "shall",
            "should", "is", "was", "are", "were", "am", "be", "been", "being", "repeatedly", "recently",
            "publicly", "privately", "separately", "further", "long", "already", "often", "always", "just",
            "first", "initially", "ultimately", "finally", "subsequently", "quickly", "immediately", "directly",
            "simply", "flatly", "firmly", "strongly", "openly", "formally", "officially", "explicitly", "clearly",
            "angrily", "bluntly", "calmly", "frankly", "candidly", "tacitly", "has also", "both", "all", "each",
            "himself", "herself", "itself", "themselves", "together", "jointly", "now", "still", "never");
    static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "to", "no", "nor", "neither", "refused",
            "declined", "failed", "unable", "without", "cannot");
    static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "be", "being", "is", "are", "am",
            "get", "got", "gets", "getting");
    /** Nouns of institutions that speak as a body ("the ministry said", "police said"). */
    static final Set<String> INSTITUTIONS = Set.of("ministry", "department", "government", "army", "military",
            "police", "force", "forces", "office", "agency", "company", "firm", "group", "embassy", "court",
            "council", "committee", "commission", "authority", "authorities", "administration", "cabinet",
            "parliament", "presidency", "campaign", "union", "party", "bank", "regulator", "watchdog",
            "prosecutors", "coalition", "alliance", "board", "organization", "organisation",
            "corporation", "club", "team", "network", "newspaper", "broadcaster", "hospital", "university",
            "school", "airline", "carrier", "insurer", "lender", "retailer", "automaker", "manufacturer",
            "operator", "utility", "charity", "foundation", "institute", "service", "services");
    /** Nouns a paper uses for a company or another body it has named ("the airline said", "the battery maker"). */
    static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "corporation", "airline", "carrier",
            "insurer", "lender", "retailer", "automaker", "carmaker", "manufacturer", "maker", "operator", "utility",
            "app", "platform", "startup", "developer", "producer", "provider", "chain", "brewer", "miner",
            "exporter", "importer", "conglomerate", "giant", "club", "team", "broadcaster", "network", "newspaper",
            "publisher", "bank", "group", "consultancy", "drugmaker", "chipmaker", "supplier", "distributor",
            "pollster", "charity", "nonprofit", "non-profit", "cooperative", "co-operative", "franchise", "brand",
            "label", "studio", "outlet", "website", "magazine", "tabloid");
    /** Words that stand capitalised at the start of a sentence without being a name. */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "in", "on", "at", "of", "for", "to", "and",
            "or", "but", "by", "with", "from", "as", "after", "before", "when", "while", "if", "then", "so",
            "yet", "also", "meanwhile", "however", "still", "this", "that", "these", "those", "there", "here",
            "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
            "yesterday", "today", "tomorrow", "tonight", "now", "earlier", "later", "last", "next", "during",
            "since", "until", "although", "though", "because", "despite", "amid", "according", "top", "new",
            "is", "are", "was", "were", "be", "what", "who", "why", "how", "where", "which", "not", "no",
            "all", "some", "many", "more", "most", "one", "two", "three", "about", "over", "under", "into");
    static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    /** Generic words that do not name an organisation or place on their own ("Party", "Force"). */
    static final Set<String> GENERIC_NAME_WORDS = Set.of("party", "force", "forces", "corps", "council", "ministry",
            "department", "agency", "army", "government", "court", "university", "bank", "group", "union",
            "committee", "commission", "house", "office", "police", "guard", "guards", "service", "association",
            "company", "league", "club", "team", "city", "county", "state", "states", "province", "republic",
            "kingdom", "river", "lake", "mountain", "island", "islands", "bay", "sea", "ocean", "north", "south",
            "east", "west", "central", "national", "international", "federal", "new", "united", "islamic", "of",
            "the", "and", "for", "revolutionary", "democratic", "republican", "liberal", "conservative", "world",
            "general", "foreign", "affairs", "middle", "great", "royal", "institute", "center", "centre", "fund",
            "organization", "organisation", "authority", "administration", "board", "network", "news",
            "press", "times", "post", "daily", "media", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co", "co.");

    private static final Lexicon INSTANCE = new Lexicon();

    private final Map<String, Verb> verbs = new HashMap<>();
    private final Pattern cuePattern;
    private final Set<String> roleHeads = new HashSet<>();
    private final Set<String> roleModifiers = new HashSet<>();
    private final Map<String, List<String>> roleSynonyms = new HashMap<>();
    private final Set<String> anonymousNouns = new HashSet<>();
    private final Map<String, KnownName> knownNames = new HashMap<>();
    private final Map<String, List<String>> knownForms = new HashMap<>();

    private Lexicon() {
        for (String line : WordLists.lines("reporting-verbs.txt")) {
            readVerb(line);
        }
        List<String> cues = verbs.values().stream().map(Verb::cue).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        cuePattern = Pattern.compile("(?<![\\p{L}\\p{N}'’-])(?:"
                + cues.stream().map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"))
                + "|[Aa]ccording\\s+to)(?![\\p{L}\\p{N}-])");
        for (String line : WordLists.lines("role-words.txt")) {
            String[] parts = line.toLowerCase(Locale.ROOT).split("\\s+");
            switch (parts[0]) {
                case "head" -> roleHeads.add(parts[1]);
                case "generic" -> roleSynonyms.put(parts[1], List.of(parts).subList(2, parts.length));
                default -> roleModifiers.add(parts[1]);
            }
        }
        for (String line : WordLists.lines("anonymous-sources.txt")) {
            anonymousNouns.add(line.toLowerCase(Locale.ROOT));
        }
        for (String line : WordLists.lines("aliases.tsv")) {
            String[] parts = line.split("\t");
            KnownName name = new KnownName(parts[0], parts[1]);
            List<String> forms = new ArrayList<>();
            forms.add(parts[0]);
            if (parts.length > 2) {
                forms.addAll(List.of(parts[2].split("\\|")));
            }
            for (String form : forms) {
                knownNames.put(form, name);
            }
            knownForms.put(parts[0], List.copyOf(forms));
        }
    }

    static Lexicon get() {
        return INSTANCE;
    }

    /** Reporting-verb cues and "according to", at word boundaries, case-sensitive (verbs are lower case). */
    Pattern cuePattern() {
        return cuePattern;
    }

    /** The verb of a cue as matched by {@link #cuePattern()}, or {@code null} for "according to". */
    Verb verb(String cue) {
        String normal = cue.replaceAll("\\s+", " ");
        int space = normal.indexOf(' ');
        Verb verb = verbs.get(normal);
        if (verb == null && space > 0) {
            verb = verbs.get(normal.substring(0, space));
        }
        return verb;
    }

    /** The titles a generic role word stands for: "judge" for a Justice, "lawmaker" for a Senator. */
    List<String> titlesFor(String word) {
        return roleSynonyms.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    boolean isRoleHead(String word) {
        return roleHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isRoleModifier(String word) {
        return roleModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isAnonymousNoun(String word) {
        return anonymousNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The well-known name a form stands for ("NDP", "U.S."), or {@code null}. */
    KnownName knownName(String form) {
        return knownNames.get(form);
    }

    /** All forms of a well-known canonical name, or none. */
    List<String> knownForms(String canonical) {
        return knownForms.getOrDefault(canonical, List.of());
    }

    /** Every form of every well-known name. */
    Set<String> allKnownForms() {
        return knownNames.keySet();
    }

    private void readVerb(String line) {
        String particle = null;
        int bar = line.indexOf('|');
        if (bar >= 0) {
            particle = line.substring(bar + 1).trim();
            line = line.substring(0, bar).trim();
        }
        String[] parts = line.split("\\s+");
        VerbKind kind = VerbKind.valueOf(parts[0].toUpperCase(Locale.ROOT));
        String base = parts[1];
        List<String> forms = new ArrayList<>();
        forms.add(base);
        if (parts.length > 2) {
            forms.addAll(List.of(parts).subList(2, parts.length));
        } else {
            forms.addAll(regularForms(base));
        }
        for (String form : forms) {
            Verb verb = new Verb(base, form, particle, kind);
            verbs.putIfAbsent(particle == null ? form : form + " " + particle, verb);
            if (particle == null) {
                verbs.putIfAbsent(form, verb);
            }
        }
    }

    private static List<String> regularForms(String base) {
        boolean endsWithE = base.endsWith("e");
        boolean sibilant = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
                || base.endsWith("z");
        return List.of(
                endsWithE ? base + "d" : base + "ed",
                sibilant ? base + "es" : base + "s",
                endsWithE && !base.endsWith("ee") ? base.substring(0, base.length() - 1) + "ing" : base + "ing");
    }
}
