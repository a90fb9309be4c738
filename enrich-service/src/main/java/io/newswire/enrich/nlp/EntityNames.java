package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The name each entity goes by: short forms joined to the full name, the fullest form as written. */
final class EntityNames {

    private EntityNames() {
    }

    /**
     * Joins what the tagger split: "Peter" is Peter Goldsworthy's first name; "Bramley" tagged as a person is
     * Bramley Athletic.
     */
    static void joinShortForms(List<FoundEntity> entities) {
        for (FoundEntity single : List.copyOf(entities)) {
            if (!single.isPerson() || single.wellKnown() || Texts.splitOnSpaces(single.name()).size() != 1
                    || single.mentions().stream().anyMatch(m -> Texts.splitOnSpaces(m.text()).size() != 1)) {
                continue;
            }
            String word = single.name();
            List<FoundEntity> byFirstName = new ArrayList<>();
            List<FoundEntity> byFirstWord = new ArrayList<>();
            boolean surname = false;
            for (FoundEntity other : entities) {
                List<String> otherWords = Texts.splitOnSpaces(other.name());
                if (other == single || otherWords.size() < 2) {
                    continue;
                }
                if (other.isPerson() && otherWords.get(0).equals(word)) {
                    byFirstName.add(other);
                } else if (!other.isPerson() && otherWords.get(0).equals(word)) {
                    byFirstWord.add(other);
                }
                surname |= other.isPerson() && otherWords.get(otherWords.size() - 1).equals(word);
            }
            FoundEntity target = byFirstName.size() == 1 && !surname ? byFirstName.get(0)
                    : byFirstName.isEmpty() && byFirstWord.size() == 1 ? byFirstWord.get(0) : null;
            if (target != null) {
                single.mentions().forEach(m -> target.add(m.field(), m.start(), m.end(), m.text()));
                entities.remove(single);
            }
        }
    }

    /** Names each entity but a well-known one by its fullest mention, preferring "Vienna" to "VIENNA". */
    static void nameByFullestMention(List<FoundEntity> entities) {
        for (FoundEntity entity : entities) {
            if (!entity.wellKnown()) {
                String best = entity.mentions().stream().map(FoundMention::text)
                        .max(Comparator.<String>comparingInt(t -> Texts.splitOnSpaces(t).size())
                                .thenComparing(t -> !Texts.isAllCaps(t))
                                .thenComparingInt(String::length))
                        .orElse(entity.name());
                // a place named only in an all-capital dateline ("NEW DELHI") is called "New Delhi"
                entity.rename(Texts.isAllCaps(best) && best.length() > 3 && entity.type().equals(FoundEntity.LOCATION)
                        ? titleCase(best) : best);
            }
        }
    }

    /**
     * A well-known place is called by the fullest form the article uses ("Britain" where it never writes "United
     * Kingdom"), as annotators name entities; its key stays that of the canonical name, which becomes an alias.
     */
    static void nameWellKnownPlacesAsWritten(List<FoundEntity> entities) {
        for (FoundEntity entity : entities) {
            if (!entity.wellKnown() || !FoundEntity.LOCATION.equals(entity.type()) || entity.knownAs(entity.name())) {
                continue;
            }
            entity.mentions().stream().map(FoundMention::text)
                    .max(Comparator.<String>comparingInt(t -> Texts.splitOnSpaces(t).size())
                            .thenComparing(t -> !Texts.isAllCaps(t))
                            .thenComparingInt(String::length))
                    .ifPresent(written -> {
                        entity.addAlias(entity.name());
                        entity.rename(written);
                    });
        }
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }
}
