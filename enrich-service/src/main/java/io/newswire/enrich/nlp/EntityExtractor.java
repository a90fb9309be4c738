package io.newswire.enrich.nlp;

import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people, organisations and places of an article and merges the mentions of each: the fullest name
 * is canonical, surnames, short forms and acronyms become aliases, titles before or after a name become roles.
 * Places the {@link Gazetteer} knows get a finer type (COUNTRY, STATE_OR_PROVINCE, CITY), demonyms ("Canadian")
 * become mentions of the country the article names, and the gazetteer corrects the tagger where only a place
 * fits ("in Moose Jaw") or where a place's name names a team or company ("Minnesota Wild").
 *
 * <p>Named-entity tags create entities only where the text is ordinary prose: not in a Title Case headline,
 * a dateline or a credit line, where capitalisation says little (a country or a well-known name still counts
 * in a headline, a dateline gives its city and news agency). Those places, like every other, still get
 * mentions of the entities found elsewhere in the article.
 */
final class EntityExtractor {

    private final TaggedRuns taggedRuns = new TaggedRuns();
    private final OrganisationNames organisationNames = new OrganisationNames();
    private final KnownNames knownNames = new KnownNames();
    private final Datelines datelines = new Datelines();
    private final NationalBodies nationalBodies = new NationalBodies();
    private final UntaggedPlaces untaggedPlaces = new UntaggedPlaces();
    private final Acronyms acronyms = new Acronyms();
    private final TypeVotes typeVotes = new TypeVotes();
    private final EntityClusters clusters = new EntityClusters();
    private final KnownForms knownForms = new KnownForms();
    private final Roles roles = new Roles();
    private final PlaceTypes placeTypes = new PlaceTypes();
    private final Demonyms demonyms = new Demonyms();

    /** The entities of an article, from its analysed fields: merged, typed, given roles and ranked. */
    ArticleEntities extract(List<AnalyzedText> fields) {
        Map<TextField, AnalyzedText> texts = new EnumMap<>(TextField.class);
        Map<TextField, UntrustedRanges> untrusted = new EnumMap<>(TextField.class);
        Map<String, String> defined = new HashMap<>();
        List<Run> runs = new ArrayList<>();
        Set<String> lowerCaseWords = UntaggedPlaces.lowerCaseWords(fields);
        for (AnalyzedText text : fields) {
            texts.put(text.field(), text);
            UntrustedRanges skip = UntrustedRanges.of(text);
            untrusted.put(text.field(), skip);
            runs.addAll(runs(text, skip, lowerCaseWords, defined));
        }
        List<FoundEntity> entities = clusters.cluster(typeVotes.vote(ListTypes.align(runs, texts)), defined);
        EntityNames.joinShortForms(entities);
        EntityNames.nameByFullestMention(entities);
        knownForms.addMentions(fields, entities);
        EntityNames.nameWellKnownPlacesAsWritten(entities);
        roles.addTo(entities, texts, untrusted);
        placeTypes.refine(entities);
        Acronyms.addDescribed(fields, entities);
        demonyms.addMentions(fields, entities);
        Salience.rank(entities, texts);
        return new ArticleEntities(entities);
    }

    /** The runs of one field, each stage adding to or correcting what the stages before it found. */
    private List<Run> runs(AnalyzedText text, UntrustedRanges untrusted, Set<String> lowerCaseWords,
            Map<String, String> defined) {
        List<Run> found = new ArrayList<>(taggedRuns.find(text, untrusted));
        found = organisationNames.addTo(text, untrusted, found);
        knownNames.addTo(text, untrusted, found);
        found.addAll(datelines.names(text));
        found = nationalBodies.join(text, Run.withoutOverlaps(found));
        found.addAll(untaggedPlaces.find(text, untrusted, found, lowerCaseWords));
        defined.putAll(acronyms.define(text, untrusted, found));
        return found;
    }
}
