package io.newswire.enrich.nlp;

import static io.newswire.enrich.nlp.StatementWords.CONNECTORS;
import static io.newswire.enrich.nlp.StatementWords.NOT_IN_NOUN_PHRASE;
import static io.newswire.enrich.nlp.StatementWords.PARTICIPLES;
import static io.newswire.enrich.nlp.StatementWords.RELATIVES;

import io.newswire.enrich.nlp.SpeakerResolver.ResolvedSpeaker;
import io.newswire.events.SpeakerKind;
import io.newswire.events.TextField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plain noun phrase as the source when it names no entity and no known kind of speaker: the subject of
 * a reporting verb ("Developers and supporters in Congress say") or the source of "according to" ("a new poll").
 */
final class NounPhraseSubjects {

    /** Words, letters and digits only, with apostrophes, hyphens and full stops inside names ("U.S.", "Clinton's"). */
    private static final Pattern NOUN_PHRASE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*(?:\\h+[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*)*");

    private final ArticleEntities entities;
    private final Lexicon lexicon;
    private final DescribedSources described;

    NounPhraseSubjects(ArticleEntities entities, Lexicon lexicon, DescribedSources described) {
        this.entities = entities;
        this.lexicon = lexicon;
        this.described = described;
    }

    /**
     * "Developers and supporters in Congress say", "Connecticut's tax commissioner says": a plain noun phrase as
     * the subject of a reporting verb that names no entity and no known kind of source is still who spoke; kept
     * as the speaker's description, anonymous when it is a group in the plural.
     */
    ResolvedSpeaker subject(TextField field, String text, int start, int end) {
        int at = Texts.skipSpaces(text, start, end);
        int stop = Texts.skipSpacesBack(text, end, at);
        if (stop <= at || !NOUN_PHRASE.matcher(text).region(at, stop).matches()) {
            return null;
        }
        List<String> words = Texts.words(text.substring(at, stop));
        boolean oneName = words.size() == 1 && Texts.isCapitalised(words.get(0))
                && entities.within(field, at, stop).isEmpty();
        if (words.isEmpty() || words.size() == 1 && !oneName || words.size() > 8) {
            // one word only when it is a capitalised name the tagger missed ("Politifact", "Democrats")
            return null;
        }
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (SpeakerResolver.isPronoun(word) || RELATIVES.contains(lower) || NOT_IN_NOUN_PHRASE.contains(lower)
                    || lexicon.verb(word) != null && Texts.isLowerCase(word)) {
                return null;
            }
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        boolean opensNounPhrase = Texts.isCapitalised(words.get(0)) || Lexicon.DETERMINERS.contains(first)
                || Lexicon.INDEFINITE.contains(first) || Character.isDigit(first.charAt(0));
        if (!opensNounPhrase || Lexicon.FUNCTION_WORDS.contains(last) || Lexicon.MONTHS_AND_DAYS.contains(last)
                || last.endsWith("ly") || last.endsWith("'s") || last.endsWith("’s") || CONNECTORS.contains(first)
                || Lexicon.PREPOSITIONS.contains(first)) {
            return null;
        }
        if (lexicon.isRoleHead(last)) {
            // "A judge said ..." in the standfirst, the judge named in the body
            FoundEntity holder = described.nearestHolder(last, field, at);
            for (String title : lexicon.titlesFor(last)) {
                holder = holder != null ? holder : described.nearestHolder(title, field, at);
            }
            if (holder != null) {
                return ResolvedSpeaker.of(holder, Confidence.ROLE_NOUN_HOLDER, at, stop);
            }
        }
        String phrase = text.substring(at, stop);
        int name = 0;
        while (name < words.size() - 1 && (lexicon.isRoleHead(words.get(name)) || lexicon.isRoleModifier(words.get(name))
                || Texts.isLowerCase(words.get(name)))) {
            name++;
        }
        if (name > 0 && words.subList(name, words.size()).stream().allMatch(Texts::isCapitalised)) {
            // "Chief executive Park Min-ho", a name the tagger missed after a title
            phrase = String.join(" ", words.subList(name, words.size()));
        }
        boolean group = last.endsWith("s") && !last.endsWith("ss") && Texts.isLowerCase(words.get(words.size() - 1));
        return new ResolvedSpeaker(phrase, null, null, group ? SpeakerKind.ANONYMOUS : SpeakerKind.UNKNOWN, Confidence.DESCRIBED_ONLY,
                at, stop);
    }

    /**
     * The source after "according to" when it names no entity and no known kind of speaker: a poll, a report, a
     * complaint ("according to a new Washington Post-ABC News poll"), kept as written.
     */
    ResolvedSpeaker asWritten(String text, int start, int end) {
        int at = Texts.skipSpaces(text, start, end);
        int stop = Texts.skipSpacesBack(text, end, at);
        if (stop <= at || !NOUN_PHRASE.matcher(text).region(at, stop).matches()) {
            return null;
        }
        List<String> words = Texts.words(text.substring(at, stop));
        String first = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
        if (words.isEmpty() || words.size() > 12 || SpeakerResolver.isPronoun(first) || NOT_IN_NOUN_PHRASE.contains(first)) {
            return null;
        }
        int cut = words.size();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (Texts.isLowerCase(w) && (w.endsWith("ed") || PARTICIPLES.contains(w))) {
                // "a Health Canada inspection report obtained by The Globe and Mail": the report
                cut = i;
                break;
            }
        }
        String last = words.get(cut - 1);
        boolean group = last.endsWith("s") && Texts.isLowerCase(last) && lexicon.isAnonymousNoun(last);
        return new ResolvedSpeaker(String.join(" ", words.subList(0, cut)), null, null,
                group ? SpeakerKind.ANONYMOUS : SpeakerKind.UNKNOWN, Confidence.DESCRIBED_ONLY, at, stop);
    }
}
