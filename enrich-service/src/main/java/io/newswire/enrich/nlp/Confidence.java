package io.newswire.enrich.nlp;

/**
 * How sure each statement rule is of what it found, in one place so the rules can be weighed against each other;
 * a statement's confidence is its rule's times the certainty of its speaker.
 */
final class Confidence {

    /**
     * {@link ReportingClauses}: a quote next to its verb (“…,” she said); {@link ContinuedQuotes}: a quote signed
     * with a dash.
     */
    static final double DIRECT_CUED = 0.95;
    /** {@link StatementExtractor}: a quote opening the paragraph after one that ends "she said:". */
    static final double DIRECT_INTRODUCED = 0.9;
    /** {@link ReportingClauses}: “…” as a sentence of its own, then "Champagne said in the statement." */
    static final double DIRECT_NEXT_SENTENCE = 0.85;
    /** {@link ReportingClauses}: reported words after the verb: "said that ...", "called for restraint". */
    static final double REPORTED = 0.85;
    /** {@link ReportingClauses}: reported words before the verb: "The strikes were legal, Trump said." */
    static final double REPORTED_BEFORE_CUE = 0.8;
    /** {@link AccordingTo}: "According to X, ..." and "..., according to X." */
    static final double ACCORDING_TO = 0.8;
    /** {@link ContinuedQuotes}: a quote without a cue, carrying on the last speaker of its paragraph. */
    static final double CONTINUED_IN_PARAGRAPH = 0.75;
    /** {@link ContinuedQuotes}: "..., while his captain, Joel Whitby, was blunter: ‘…’". */
    static final double INTRODUCED_BY_COLON = 0.7;
    /** {@link ContinuedQuotes}: a quote opening a paragraph, carrying on the direct speech before it. */
    static final double CONTINUED_FROM_PARAGRAPH = 0.6;

    /** Speaker certainty, {@link ContinuedQuotes}: who signs a quote after a dash ("” ― Sonya Herridge"). */
    static final double SIGNED_SPEAKER = 0.9;
    /** Speaker certainty, {@link ContinuedQuotes}: the last person named before a colon that introduces a quote. */
    static final double NAMED_BEFORE_COLON_SPEAKER = 0.9;
    /** Speaker certainty, {@link AccordingTo}: a person named after the source in apposition (", Dr Ana Ruiz,"). */
    static final double APPOSITIVE_SPEAKER = 0.85;

    private Confidence() {
    }
}
