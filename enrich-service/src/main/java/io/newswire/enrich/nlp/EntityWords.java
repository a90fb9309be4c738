package io.newswire.enrich.nlp;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The word lists of the entity stages, read once from the resource files next to this class. */
final class EntityWords {

    /** Words that make a run of capitalised words an organisation's name. */
    static final Set<String> ORGANISATION_WORDS = load("organisation-words.txt");
    /** Words after a place name that keep it a place or a venue ("Hudson Bay", "Calgary International Airport"). */
    static final Set<String> PLACE_WORDS = load("place-words.txt");
    /** Nouns that make the name before them an organisation's ("the GreenLeft-Labour alliance", "the Acme group"). */
    static final Set<String> ORGANISATION_NOUNS = Stream.concat(load("organisation-nouns.txt").stream(),
            Lexicon.COMPANY_NOUNS.stream()).collect(Collectors.toUnmodifiableSet());
    /** Bodies that belong to another named before them: "Senate Appropriations Committee", "Bank of X Board". */
    static final Set<String> SUB_BODIES = load("sub-bodies.txt");
    /** Post-nominal letters after a person's name: "Jonathan Reece KC", "Jane Doe MP". */
    static final Set<String> POST_NOMINALS = load("post-nominals.txt");
    /** Words that qualify a place before its name: "Atlantic Canada", "Northern Ontario", "Rural Quebec". */
    static final Set<String> PLACE_QUALIFIERS = load("place-qualifiers.txt");
    /** Words before a place name: "in Ullapool", "flew to Kigali". */
    static final Set<String> PLACE_PREPOSITIONS = load("place-prepositions.txt");
    /** What a team, club or company has and a place does not: "Kingsmere City manager", "Leeds fans". */
    static final Set<String> ORGANISATION_ONLY_ROLES = load("organisation-only-roles.txt");

    private EntityWords() {
    }

    /** A noun that describes an organisation: "agency", "ministry", "battery maker", "polling firm". */
    static boolean isOrganisationNoun(String noun) {
        return ORGANISATION_WORDS.contains(noun) || Lexicon.INSTITUTIONS.contains(noun)
                || Lexicon.COMPANY_NOUNS.contains(noun);
    }

    /** The words of a list as a set; case is kept. */
    static Set<String> load(String resource) {
        // like the Set.of it replaced, Set.copyOf answers contains(null) with an exception, not false
        return Set.copyOf(WordLists.lines(resource));
    }

    /** The entries of a list as alternatives of a regular expression, each matched as written, in file order. */
    static String alternatives(String resource) {
        return WordLists.lines(resource).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
