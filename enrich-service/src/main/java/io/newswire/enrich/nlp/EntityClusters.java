package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges runs into entities: a well-known name, an acronym the article defines, a surname or a short form
 * ("Hebridean Ferries" for "Hebridean Ferries Ltd") joins the entity it names, nearest before it if several.
 */
final class EntityClusters {

    private final Lexicon lexicon = Lexicon.get();

    /** The entities the runs name, each run a mention of the entity it matches, the longest runs first. */
    List<FoundEntity> cluster(List<Run> runs, Map<String, String> acronyms) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingInt(Run::words).reversed()
                .thenComparingInt(r -> r.field().ordinal()).thenComparingInt(Run::start));
        List<FoundEntity> entities = new ArrayList<>();
        Map<String, FoundEntity> wellKnown = new HashMap<>();
        for (Run run : sorted) {
            FoundEntity entity;
            Lexicon.KnownName known = lexicon.knownName(run.text());
            if (known != null) {
                entity = wellKnown.computeIfAbsent(known.canonical(), c -> {
                    FoundEntity created = new FoundEntity(known.type(), c, true);
                    entities.add(created);
                    return created;
                });
            } else if (acronyms.containsKey(run.text())) {
                String full = acronyms.get(run.text());
                entity = entities.stream().filter(e -> e.knownAs(full)).findFirst().orElse(null);
                if (entity == null) {
                    entity = matchOther(run, entities);
                }
                if (entity == null) {
                    entity = new FoundEntity(run.type(), run.text(), false);
                    entities.add(entity);
                }
            } else {
                entity = FoundEntity.PERSON.equals(run.type()) ? matchPerson(run, entities) : matchOther(run, entities);
                if (entity == null) {
                    entity = new FoundEntity(run.type(), run.text(), false);
                    entities.add(entity);
                }
            }
            entity.add(run.field(), run.start(), run.end(), run.text());
        }
        return entities;
    }

    private static FoundEntity matchPerson(Run run, List<FoundEntity> entities) {
        List<FoundEntity> candidates = new ArrayList<>();
        for (FoundEntity entity : entities) {
            if (entity.isPerson() && samePerson(run.text(), entity)) {
                candidates.add(entity);
            }
        }
        return nearestBefore(candidates, run.field(), run.start());
    }

    private static boolean samePerson(String text, FoundEntity entity) {
        if (entity.knownAs(text)) {
            return true;
        }
        List<String> short_ = Texts.splitOnSpaces(text);
        List<String> full = Texts.splitOnSpaces(entity.name());
        if (short_.isEmpty() || short_.size() > full.size()) {
            return false;
        }
        boolean suffix = full.subList(full.size() - short_.size(), full.size()).equals(short_);
        boolean firstAndLast = short_.size() > 1 && short_.get(0).equals(full.get(0))
                && short_.get(short_.size() - 1).equals(full.get(full.size() - 1));
        return suffix || firstAndLast;
    }

    private FoundEntity matchOther(Run run, List<FoundEntity> entities) {
        List<FoundEntity> candidates = new ArrayList<>();
        List<String> runWords = Texts.splitOnSpaces(run.text());
        for (FoundEntity entity : entities) {
            if (!entity.type().equals(run.type())) {
                continue;
            }
            boolean sameName = entity.knownAs(run.text());
            if (sameName || Acronyms.isAcronymOf(run.text(), entity.name()) || isShortFormOf(runWords, Texts.splitOnSpaces(entity.name()), run.type())) {
                candidates.add(entity);
            }
        }
        if (candidates.isEmpty() && !run.fixed()) {
            // "NSW" tagged as an organisation where the article names New South Wales: the place's initials
            for (FoundEntity entity : entities) {
                if (FoundEntity.LOCATION.equals(entity.type()) && Texts.splitOnSpaces(entity.name()).size() > 1
                        && Acronyms.isAcronymOf(run.text(), entity.name())) {
                    candidates.add(entity);
                }
            }
        }
        if (candidates.isEmpty() && runWords.size() == 1) {
            // "Champagne" tagged as a place after "François-Philippe Champagne": the surname of a person
            for (FoundEntity entity : entities) {
                if (entity.isPerson() && Texts.splitOnSpaces(entity.name()).size() > 1 && samePerson(run.text(), entity)) {
                    candidates.add(entity);
                }
            }
        }
        return nearestBefore(candidates, run.field(), run.start());
    }

    /**
     * "Hebridean Ferries" for "Hebridean Ferries Ltd", "Revolutionary Guard Corps" for "Islamic Revolutionary Guard
     * Corps": the start or end of an organisation's name, if not only generic words. (Places are not shortened:
     * "Ireland" is not "Northern Ireland".)
     */
    private static boolean isShortFormOf(List<String> shortWords, List<String> fullWords, String type) {
        if (!FoundEntity.ORGANIZATION.equals(type) || shortWords.isEmpty() || shortWords.size() >= fullWords.size()) {
            return false;
        }
        boolean specific = shortWords.stream()
                .anyMatch(w -> !Lexicon.GENERIC_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT)));
        boolean prefix = fullWords.subList(0, shortWords.size()).equals(shortWords);
        boolean suffix = fullWords.subList(fullWords.size() - shortWords.size(), fullWords.size()).equals(shortWords);
        // "Liberal" for "Liberal Party": a party goes by its name without "Party"
        boolean party = prefix && fullWords.size() == shortWords.size() + 1
                && fullWords.get(fullWords.size() - 1).equals("Party");
        // "Senate" is not the "Senate Appropriations Committee": the start of a committee's name is the body it serves
        boolean parent = prefix && EntityWords.SUB_BODIES.contains(fullWords.get(fullWords.size() - 1).toLowerCase(Locale.ROOT));
        return specific && (prefix && !parent || suffix) || party;
    }

    /** Of several candidates, the one mentioned last before the position; else the first. */
    static FoundEntity nearestBefore(List<FoundEntity> candidates, TextField field, int offset) {
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        FoundEntity best = null;
        FoundMention bestMention = null;
        for (FoundEntity candidate : candidates) {
            for (FoundMention mention : candidate.mentions()) {
                if (mention.before(field, offset)
                        && (bestMention == null || FoundMention.ORDER.compare(mention, bestMention) > 0)) {
                    best = candidate;
                    bestMention = mention;
                }
            }
        }
        return best == null ? candidates.get(0) : best;
    }
}
