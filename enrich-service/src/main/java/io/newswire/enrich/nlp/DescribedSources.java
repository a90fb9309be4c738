package io.newswire.enrich.nlp;

import static io.newswire.enrich.nlp.StatementWords.CONNECTORS;
import static io.newswire.enrich.nlp.StatementWords.HEAD_ENDS;
import static io.newswire.enrich.nlp.StatementWords.INSTITUTION_NAMES;
import static io.newswire.enrich.nlp.StatementWords.NON_COMPANY_WORDS;
import static io.newswire.enrich.nlp.StatementWords.RELATIVES;
import static io.newswire.enrich.nlp.StatementWords.SPEAKING_FOR;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import io.newswire.events.SpeakerKind;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A speaker described rather than named: a title held by a person of the article ("the minister"), an
 * anonymous source ("a senior official"), an institution ("the ministry"; "the company" is the company last named).
 */
final class DescribedSources {

    private final ArticleEntities entities;
    private final Lexicon lexicon;
    private final SaidSoFar said;
    private final Predicate<FoundMention> inQuote;

    DescribedSources(ArticleEntities entities, Lexicon lexicon, SaidSoFar said, Predicate<FoundMention> inQuote) {
        this.entities = entities;
        this.lexicon = lexicon;
        this.said = said;
        this.inQuote = inQuote;
    }

    /**
     * A speaker described rather than named: a title held by a person of the article ("the minister"), an
     * anonymous source ("a senior official", "officials"), an institution ("the ministry", "police"; "the company"
     * is the company last named), or a name the tagger missed.
     */
    ResolvedSpeaker find(TextField field, String text, int start, int end) {
        int at = Texts.skipSpaces(text, start, end);
        TextRange word = Words.at(text, at, end);
        while (word != null && CONNECTORS.contains(word.in(text).toLowerCase(Locale.ROOT))) {
            at = Texts.skipSpaces(text, word.end(), end);
            word = Words.at(text, at, end);
        }
        if (word == null) {
            return null;
        }
        int stop = Texts.skipSpacesBack(text, end, at);
        for (TextRange w = word; w != null; w = Words.at(text, Texts.skipSpaces(text, w.end(), stop), stop)) {
            String lower = w.in(text).toLowerCase(Locale.ROOT);
            if (w.start() > at && RELATIVES.contains(lower)) {
                stop = Texts.skipSpacesBack(text, w.start(), at);
                break;
            }
            if (lexicon.verb(w.in(text)) != null) {
                // a reporting verb inside ("States" is a name, "states" a verb): this is no noun phrase
                return null;
            }
        }
        String phrase = text.substring(at, stop).strip();
        List<String> words = Texts.words(phrase);
        if (words.isEmpty() || words.size() > 12) {
            return null;
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        boolean possessive = first.endsWith("'s") || first.endsWith("’s") || first.equals("his") || first.equals("her")
                || first.equals("their") || first.equals("its") || first.equals("our");
        boolean definite = possessive || first.equals("the") || first.equals("this") || first.equals("that");
        boolean indefinite = Lexicon.INDEFINITE.contains(first) || Character.isDigit(first.charAt(0));
        int headStart = definite || indefinite ? 1 : 0;
        List<String> head = new ArrayList<>();
        for (int i = headStart; i < words.size(); i++) {
            String w = words.get(i);
            if (i > headStart && HEAD_ENDS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            head.add(w);
        }
        if (head.isEmpty()) {
            return null;
        }
        String last = head.get(head.size() - 1).toLowerCase(Locale.ROOT);
        boolean anonymousNoun = lexicon.isAnonymousNoun(last);
        boolean roleNoun = lexicon.isRoleHead(last);
        String description = String.join(" ", words.subList(headStart, words.size()));
        if (possessive && (SPEAKING_FOR.contains(last) || last.equals("office") || last.equals("campaign"))) {
            // "Dubé's office said", "Trudeau's spokesman said": the person they speak for
            FoundMention owner = entities.startingAt(field, at);
            if (owner != null && owner.entity().isPerson() && words.size() == headStart + head.size()) {
                return ResolvedSpeaker.of(owner.entity(), Confidence.SPOKEN_FOR_OWNER, at, stop);
            }
        }
        if (SPEAKING_FOR.contains(last)) {
            // "a spokesman for the ministry", "delegates from the Alliance": the body they speak for
            // bare: "a spokesman said", not "Administration officials said" (a body of their own, kept as written)
            boolean bare = words.size() == headStart + head.size()
                    && head.stream().limit(head.size() - 1).noneMatch(Texts::isCapitalised);
            ResolvedSpeaker body = speaksFor(field, text, at, stop, bare);
            if (body != null) {
                return body;
            }
        }
        if (definite && (roleNoun || anonymousNoun) && !last.endsWith("s")) {
            String role = String.join(" ", head);
            // "the executive said": the anonymous executive just heard, unless a named one was mentioned since
            ResolvedSpeaker again = said.anonymousAgain(field, at, head);
            FoundEntity holder = nearestHolder(role, field, at);
            if (holder != null && (again == null || lastMentionOf(holder, field, at) > said.lastStatementOf(again, field, at))) {
                return ResolvedSpeaker.of(holder, Confidence.ROLE_HOLDER, at, stop);
            }
            if (again != null) {
                return again.at(at, stop, Confidence.ANONYMOUS_AGAIN);
            }
            if (anonymousNoun || !possessive) {
                return new ResolvedSpeaker(phrase, null, description, definite && !possessive ? SpeakerKind.UNKNOWN
                        : SpeakerKind.ANONYMOUS, Confidence.DESCRIBED_ONLY, at, stop);
            }
        }
        if (anonymousNoun && (indefinite || definite || last.endsWith("s"))) {
            return new ResolvedSpeaker(phrase, null, description, SpeakerKind.ANONYMOUS, Confidence.ANONYMOUS_SOURCE, at, stop);
        }
        if (Lexicon.INSTITUTIONS.contains(last) || Lexicon.COMPANY_NOUNS.contains(last)) {
            boolean pronounDeterminer = first.equals("the") || first.equals("its") || first.equals("their");
            if (last.equals("government") && pronounDeterminer) {
                // "the Ontario government": the place governed speaks
                for (FoundMention place : entities.within(field, at, stop)) {
                    if (FoundEntity.LOCATION.equals(place.entity().type())) {
                        return ResolvedSpeaker.of(place.entity(), Confidence.GOVERNED_PLACE, at, stop);
                    }
                }
            }
            if (pronounDeterminer && entities.within(field, at, stop).stream().anyMatch(m -> m.entity().isPerson())) {
                // "the Trump team", "the Clinton campaign": the person's own body, not the last company named
                return new ResolvedSpeaker(phrase, null, null, SpeakerKind.ORGANIZATION, Confidence.INSTITUTION, at, stop);
            }
            if (pronounDeterminer) {
                FoundEntity named = namedInstitution(last, field, at);
                if (named == null) {
                    // "the union said", its president named in the article speaking for it
                    List<FoundEntity> holders = entities.entities().stream().filter(FoundEntity::isPerson)
                            .filter(e -> e.roles().stream().anyMatch(r -> Texts.words(r.toLowerCase(Locale.ROOT))
                                    .contains(last))).toList();
                    named = holders.size() == 1 ? holders.get(0) : null;
                }
                if (named != null) {
                    return ResolvedSpeaker.of(named, Confidence.NAMED_INSTITUTION, at, stop);
                }
            }
            if (Lexicon.INSTITUTIONS.contains(last)) {
                return new ResolvedSpeaker(phrase, null, null, SpeakerKind.ORGANIZATION, Confidence.INSTITUTION, at, stop);
            }
        }
        if (!definite && !indefinite && words.size() >= 2 && words.size() <= 4
                && words.stream().allMatch(w -> Texts.isCapitalised(w) && !Lexicon.FUNCTION_WORDS
                        .contains(w.toLowerCase(Locale.ROOT)) && !Lexicon.MONTHS_AND_DAYS
                        .contains(w.toLowerCase(Locale.ROOT)))) {
            // a name the tagger missed
            return new ResolvedSpeaker(phrase, null, null, SpeakerKind.UNKNOWN, Confidence.DESCRIBED_ONLY, at, stop);
        }
        return null;
    }

    /** The body a spokesperson or delegation speaks for: named after for/of/from, else the organisation last heard. */
    private ResolvedSpeaker speaksFor(TextField field, String text, int start, int end, boolean bare) {
        for (FoundMention mention : entities.within(field, start, end)) {
            if (!mention.entity().isPerson()) {
                if (SpeakerResolver.afterPossessive(text, mention.end(), end) > mention.end()) {
                    // "a spokesperson for Norway's environment ministry": the ministry, not Norway
                    int object = Texts.skipSpaces(text, mention.start(), end);
                    ResolvedSpeaker body = find(field, text, object, end);
                    return body != null && body.kind() == SpeakerKind.ORGANIZATION ? body : null;
                }
                return ResolvedSpeaker.of(mention.entity(), Confidence.SPOKEN_FOR_BODY, start, end);
            }
        }
        if (bare) {
            ResolvedSpeaker recent = said.lastSpeaker(field, start, Math.max(0, start - 600));
            if (recent != null && recent.kind() == SpeakerKind.ORGANIZATION && recent.entity() != null) {
                return recent.at(start, end, Confidence.SPOKEN_FOR_RECENT_BODY);
            }
        }
        return null;
    }

    /** The organisation "the ministry" or "the airline" refers to: the last one named of that kind. */
    private FoundEntity namedInstitution(String noun, TextField field, int offset) {
        Set<String> kinds = INSTITUTION_NAMES.getOrDefault(noun, Set.of(noun));
        Predicate<FoundEntity> fits;
        if (Lexicon.COMPANY_NOUNS.contains(noun)) {
            fits = e -> Texts.words(e.name()).stream()
                    .noneMatch(w -> NON_COMPANY_WORDS.contains(w.toLowerCase(Locale.ROOT)));
        } else {
            fits = e -> Texts.words(e.name()).stream().anyMatch(w -> kinds.contains(w.toLowerCase(Locale.ROOT)));
        }
        FoundMention mention = entities.lastBefore(field, offset, m -> FoundEntity.ORGANIZATION.equals(m.entity().type())
                && !inQuote.test(m) && fits.test(m.entity()));
        if (mention != null) {
            return mention.entity();
        }
        // named only later on ("their union said ..., The Air Line Pilots Association (ALPA) said")
        for (FoundMention later : entities.within(field, offset, Integer.MAX_VALUE)) {
            if (FoundEntity.ORGANIZATION.equals(later.entity().type()) && fits.test(later.entity())) {
                return later.entity();
            }
        }
        return null;
    }

    /** The person of the article holding the role (or its last words), the last one named before the offset. */
    FoundEntity nearestHolder(String role, TextField field, int offset) {
        List<String> words = Texts.words(role);
        for (int i = 0; i < words.size(); i++) {
            List<FoundEntity> holders = entities.holdersOf(String.join(" ", words.subList(i, words.size())));
            if (holders.isEmpty()) {
                continue;
            }
            FoundMention mention = entities.lastBefore(field, offset, m -> holders.contains(m.entity()));
            return mention != null ? mention.entity() : holders.get(0);
        }
        return null;
    }

    private int lastMentionOf(FoundEntity entity, TextField field, int offset) {
        FoundMention mention = entities.lastBefore(field, offset, m -> m.entity() == entity);
        return mention == null || mention.field() != field ? -1 : mention.start();
    }
}
