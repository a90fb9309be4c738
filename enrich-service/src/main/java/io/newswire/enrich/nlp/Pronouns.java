package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import io.newswire.events.SpeakerKind;
import io.newswire.events.TextField;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Who "he", "she", "it" or "they" stands for: the speaker just heard, or the closest fitting name before it
 * outside quotes and reported words.
 */
final class Pronouns {

    private final ArticleEntities entities;
    private final SaidSoFar said;
    private final Predicate<FoundMention> inQuote;
    private final Predicate<FoundMention> subjectPosition;

    /**
     * Resolves against the article's entities and what was said so far.
     *
     * @param subjectPosition whether a mention opens its clause, which makes it an antecedent in the pronoun's own
     *     sentence
     */
    Pronouns(ArticleEntities entities, SaidSoFar said, Predicate<FoundMention> inQuote,
            Predicate<FoundMention> subjectPosition) {
        this.entities = entities;
        this.said = said;
        this.inQuote = inQuote;
        this.subjectPosition = subjectPosition;
    }

    /** The person or organisation the pronoun from {@code start} to {@code end} most likely stands for. */
    ResolvedSpeaker resolve(TextField field, String pronoun, int start, int end, int unitStart) {
        String lower = pronoun.toLowerCase(Locale.ROOT);
        ResolvedSpeaker recent = said.lastSpeaker(field, start, 0);
        int recentStart = said.lastStart(field, recent);
        if (lower.equals("they")) {
            // plural "they": the group or body that spoke last, if recently; never one named person
            boolean plural = recent != null && (recent.entity() == null || !recent.entity().isPerson());
            return plural && start - recentStart < 600 ? recent.at(start, end, Confidence.THEY_RECENT_GROUP) : null;
        }
        boolean person = Lexicon.PRONOUNS_PERSON.contains(lower);
        // names inside quotes or inside reported words are what was talked about, not who talks
        Predicate<FoundMention> candidate = m -> (person ? m.entity().isPerson() : !m.entity().isPerson())
                && !inQuote.test(m) && !said.covers(m);
        // a name in the pronoun's own sentence is its antecedent only as that sentence's subject ("Asked whether
        // Mr. Biden would ..., she said" is someone else); otherwise the closest name before
        FoundMention antecedent = entities.lastBefore(field, start, m -> candidate.test(m)
                && (m.field() != field || m.start() < unitStart || subjectPosition.test(m)));
        if (recent != null && (recent.kind() == SpeakerKind.ANONYMOUS || recent.entity() != null
                && recent.entity().isPerson() == person) && (antecedent == null
                || antecedent.field() == field && recentStart > antecedent.end())) {
            return recent.at(start, end, Confidence.PRONOUN_RECENT_SPEAKER);
        }
        return antecedent == null ? null : ResolvedSpeaker.of(antecedent.entity(), Confidence.PRONOUN_ANTECEDENT, start, end);
    }
}
