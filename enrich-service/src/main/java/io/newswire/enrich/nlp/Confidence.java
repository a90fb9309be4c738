package io.newswire.enrich.nlp;

/**
 * How sure each statement rule is of what it found, in one place so the rules can be weighed against each other;
 * a statement's confidence is its rule's times the certainty of its speaker.
 */
final class Confidence {

    /** A quote next to its reporting verb (“…,” she said), or a quote signed with a dash. */
    static final double DIRECT_CUED = 0.95;
    /** A quote opening the paragraph after one that ends "she said:". */
    static final double DIRECT_INTRODUCED = 0.9;
    /** “…” as a sentence of its own, then "Champagne said in the statement." as the next. */
    static final double DIRECT_NEXT_SENTENCE = 0.85;
    /** Reported words after the verb: "said that ...", "called for restraint". */
    static final double REPORTED = 0.85;
    /** Reported words before the verb: "The strikes were legal, Trump said." */
    static final double REPORTED_BEFORE_CUE = 0.8;
    /** "According to X, ..." and "..., according to X." */
    static final double ACCORDING_TO = 0.8;
    /** A quote without a cue, carrying on the last speaker of its paragraph. */
    static final double CONTINUED_IN_PARAGRAPH = 0.75;
    /** "..., while his captain, Joel Whitby, was blunter: ‘…’": the person named before a colon. */
    static final double INTRODUCED_BY_COLON = 0.7;
    /** A quote opening a paragraph, carrying on the direct speech of the paragraph before. */
    static final double CONTINUED_FROM_PARAGRAPH = 0.6;

    /** Speaker certainty: the person named after the dash that signs a quote ("” ― Sonya Herridge"). */
    static final double SIGNED_SPEAKER = 0.9;
    /** Speaker certainty: the last person named in the clause before a colon that introduces a quote. */
    static final double NAMED_BEFORE_COLON_SPEAKER = 0.9;
    /** Speaker certainty: a person named in apposition to the source of "according to" (", Dr Ana Ruiz,"). */
    static final double APPOSITIVE_SPEAKER = 0.85;

    private Confidence() {
    }
}
