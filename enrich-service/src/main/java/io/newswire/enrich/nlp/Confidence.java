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
    /** TranscriptTurns: "PENCE: Well, look, ..." in a transcript, its speaker named in the article. */
    static final double TRANSCRIPT_TURN = 0.9;
    /** {@link StatementExtractor}: a quote opening the paragraph after one that ends "she said:". */
    static final double DIRECT_INTRODUCED = 0.9;
    /** {@link ReportingClauses}: “…” as a sentence of its own, then "Champagne said in the statement." */
    static final double DIRECT_NEXT_SENTENCE = 0.85;
    /** {@link ReportingClauses}: reported words after the verb: "said that ...", "called for restraint". */
    static final double REPORTED = 0.85;
    /** {@link ReportingClauses}: reported words before the verb: "The strikes were legal, Trump said." */
    static final double REPORTED_BEFORE_CUE = 0.8;
    /** {@link ParsedClauses}: a verb's subject and clausal complement in the sentence's dependency parse. */
    static final double REPORTED_PARSED = 0.75;
    /** {@link QuotedFragments}: a phrase quoted in the complement of a verb whose subject speaks. */
    static final double QUOTED_FRAGMENT = 0.65;
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

    /** Speaker certainty, SpeakerResolver: the name before "who" ("Carmody, who said ..."). */
    static final double RELATIVE_ANTECEDENT = 0.9;
    /** Speaker certainty, SpeakerResolver: an organisation by its acronym in brackets ("The UN agency (UNHCR) said"). */
    static final double BRACKETED_ORGANISATION = 0.9;
    /** Speaker certainty, SpeakerResolver: a person opening the clause before a description set off by commas. */
    static final double PERSON_BEFORE_APPOSITION = 0.9;
    /** Speaker certainty, SpeakerResolver: the name opening the clause of a subjectless verb (", saying"). */
    static final double CLAUSE_SUBJECT = 0.9;
    /** Speaker certainty, SpeakerResolver: a name right by the verb ("Champagne said", "said Champagne"). */
    static final double NAMED = 1.0;
    /** Speaker certainty, SpeakerResolver: a person before "of ..." ("Lena Okonkwo of Climate Justice Now"). */
    static final double POSTMODIFIED_NAME = 0.95;
    /** Speaker certainty, SpeakerResolver: plural "they" for the group or body that spoke last. */
    static final double THEY_RECENT_GROUP = 0.75;
    /** Speaker certainty, SpeakerResolver: "he", "she", "it" for the speaker just heard. */
    static final double PRONOUN_RECENT_SPEAKER = 0.8;
    /** Speaker certainty, SpeakerResolver: "he", "she", "it" for the closest fitting name before it. */
    static final double PRONOUN_ANTECEDENT = 0.85;
    /** Speaker certainty, DescribedSources: the person an office or spokesman belongs to ("Trudeau's spokesman"). */
    static final double SPOKEN_FOR_OWNER = 0.85;
    /** Speaker certainty, DescribedSources: the person of the article holding a title ("the minister"). */
    static final double ROLE_HOLDER = 0.85;
    /** Speaker certainty, DescribedSources: an anonymous source named again by its noun ("the official"). */
    static final double ANONYMOUS_AGAIN = 0.85;
    /** Speaker certainty, DescribedSources, NounPhraseSubjects: a description kept as written, nobody it stands for. */
    static final double DESCRIBED_ONLY = 0.6;
    /** Speaker certainty, DescribedSources: an anonymous source ("a senior official", "officials"). */
    static final double ANONYMOUS_SOURCE = 0.9;
    /** Speaker certainty, DescribedSources: the place of "the Ontario government". */
    static final double GOVERNED_PLACE = 0.85;
    /** Speaker certainty, DescribedSources: an institution by its noun ("the ministry", "the Trump team"). */
    static final double INSTITUTION = 0.8;
    /** Speaker certainty, DescribedSources: the organisation "the union" refers to, or its one office holder. */
    static final double NAMED_INSTITUTION = 0.75;
    /** Speaker certainty, DescribedSources: the body a spokesperson speaks for ("a spokesman for the ministry"). */
    static final double SPOKEN_FOR_BODY = 0.85;
    /** Speaker certainty, DescribedSources: "a spokesman" alone, for the organisation that spoke last. */
    static final double SPOKEN_FOR_RECENT_BODY = 0.75;
    /** Speaker certainty, NounPhraseSubjects: the person holding the role of "A judge said". */
    static final double ROLE_NOUN_HOLDER = 0.75;

    private Confidence() {
    }
}
