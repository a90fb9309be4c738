package io.newswire.enrich.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the statement rules, read once from {@code statements/} next to this class: one word a line,
 * {@code #} lines are comments, each file's header says what the list is for.
 */
final class StatementWords {

    /** Concessions and conditions that open a reported clause right after the verb ("said if elected, he ..."). */
    static final Set<String> CONDITIONS = words("conditions.txt");

    /** Reporting verbs whose promise, "to" and a verb, is what was said ("vowed to form a task force"). */
    static final Set<String> PROMISES = words("promises.txt");

    /** Words that start either an adverbial ("said this week that") or the reported clause ("said this was"). */
    static final Set<String> AMBIGUOUS_STARTS = words("ambiguous-starts.txt");

    /** Objects of "said" that report nothing unless a clause follows ("said little", "said nothing about"). */
    static final Set<String> EMPTY_OBJECTS = words("empty-objects.txt");

    /** After a comma, these start the writer's own clause, not the speaker's ("…, as officials reported …"). */
    static final Set<String> NARRATIVE_CLAUSES = words("narrative-clauses.txt");

    /** Conjunctions that may join a second reporting clause ("… and urged", "… but Ontario's premier warned"). */
    static final Set<String> JOINERS = words("joiners.txt");

    /** Prepositions that make a name part of a longer phrase ("a spokesman for Trudeau", "Lowe of the Police"). */
    static final Set<String> GOVERNING = words("governing-prepositions.txt");

    /** Roles of people who speak for someone else: "a spokesman for X" is X speaking. */
    static final Set<String> SPEAKING_FOR = words("speaking-for.txt");

    /** Words that may open the clause before its subject ("as officials said"). */
    static final Set<String> CONNECTORS = words("connectors.txt");

    /** Connectors that make the attribution a subordinate clause ("where organisers said 140,000 marched, ..."). */
    static final Set<String> SUBORDINATING = words("subordinating-connectors.txt");

    /** Words that open a relative clause, which describes but does not name a source. */
    static final Set<String> RELATIVES = words("relatives.txt");

    /** Past participles that end a source's description ("a report seen by Reuters"). */
    static final Set<String> PARTICIPLES = words("participles.txt");

    /** Reporting verbs that are also plural nouns: "the Baltic states want", "his claims were false". */
    static final Set<String> NOUN_HOMOGRAPHS = words("noun-homographs.txt");

    /** Reporting verbs whose sentences are not parsed when the token rules could not read them ("the state"). */
    static final Set<String> UNPARSED_VERBS = words("unparsed-verbs.txt");

    /** Words that make the words before a verb something other than its subject ("if", "what", "I", "you"). */
    static final Set<String> NOT_IN_NOUN_PHRASE = words("not-in-noun-phrase.txt");

    /** Words that end the head of a noun phrase ("a person familiar with the matter"). */
    static final Set<String> HEAD_ENDS = words("head-ends.txt");

    /** Words right after a reporting verb that open no clause ("expected to", "worried about", "found a"). */
    static final Set<String> NO_CLAUSE_STARTS = words("no-clause-starts.txt");

    /** Words that show a finite verb after a belief verb ("thinks the president should"). */
    static final Set<String> FINITE_MARKERS = words("finite-markers.txt");

    /** Pronouns that open a clause as its subject ("thinks she has"). */
    static final Set<String> SUBJECT_PRONOUNS = words("subject-pronouns.txt");

    /** Name words of bodies that are not companies ("Commission", "Ministry"). */
    static final Set<String> NON_COMPANY_WORDS = words("non-company-words.txt");

    /** Articles opening a description of the source after "according to X, ": "a health think tank". */
    static final Set<String> ARTICLES = words("articles.txt");

    /** Relative pronouns that make a reporting clause a relative one ("Carmody, who said she would stay, ..."). */
    static final Set<String> RELATIVE_SUBJECTS = words("relative-subjects.txt");

    /** Which name words an institution noun may refer to ("the union" is the Pilots Association). */
    static final Map<String, Set<String>> INSTITUTION_NAMES = institutionNames();

    private StatementWords() {
    }

    private static Set<String> words(String resource) {
        return Set.copyOf(WordLists.lines("statements/" + resource));
    }

    private static Map<String, Set<String>> institutionNames() {
        Map<String, Set<String>> names = new HashMap<>();
        for (String line : WordLists.lines("statements/institution-names.tsv")) {
            String[] parts = line.split("\t");
            names.put(parts[0], Set.of(parts[1].split(" ")));
        }
        return Map.copyOf(names);
    }
}
