package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.events.Entity;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The entities of one article with their mentions indexed by position, for the statement extractor. Adjectival
 * mentions ("Ugandan officials said") are left out of the index: a demonym names no speaker.
 */
final class ArticleEntities {

    private final List<FoundEntity> entities;
    private final List<FoundMention> mentions;
    private final Map<TextField, Map<Integer, FoundMention>> byStart = new EnumMap<>(TextField.class);
    private final Map<TextField, Map<Integer, FoundMention>> byEnd = new EnumMap<>(TextField.class);

    ArticleEntities(List<FoundEntity> entities) {
        this.entities = List.copyOf(entities);
        List<FoundMention> all = new ArrayList<>();
        for (FoundEntity entity : entities) {
            entity.mentions().stream().filter(m -> !m.adjectival()).forEach(all::add);
        }
        all.sort(FoundMention.ORDER);
        this.mentions = Collections.unmodifiableList(all);
        for (FoundMention mention : all) {
            byStart.computeIfAbsent(mention.field(), f -> new HashMap<>()).put(mention.start(), mention);
            byEnd.computeIfAbsent(mention.field(), f -> new HashMap<>()).put(mention.end(), mention);
        }
    }

    List<FoundEntity> entities() {
        return entities;
    }

    List<Entity> toEntities() {
        return entities.stream().map(FoundEntity::toEntity).toList();
    }

    FoundMention startingAt(TextField field, int offset) {
        return byStart.getOrDefault(field, Map.of()).get(offset);
    }

    FoundMention endingAt(TextField field, int offset) {
        return byEnd.getOrDefault(field, Map.of()).get(offset);
    }

    /** The mentions starting within [start, end) of a field, in text order. */
    List<FoundMention> within(TextField field, int start, int end) {
        List<FoundMention> found = new ArrayList<>();
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            FoundMention m = mentions.get(middle);
            if (m.field().ordinal() < field.ordinal() || m.field() == field && m.start() < start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int i = low; i < mentions.size(); i++) {
            FoundMention m = mentions.get(i);
            if (m.field() != field || m.start() >= end) {
                break;
            }
            found.add(m);
        }
        return found;
    }

    /** The closest mention that ends before the offset and passes the filter, or {@code null}. */
    FoundMention lastBefore(TextField field, int offset, Predicate<FoundMention> filter) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(middle).before(field, offset)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int i = low - 1; i >= 0; i--) {
            if (filter.test(mentions.get(i))) {
                return mentions.get(i);
            }
        }
        return null;
    }

    /** People given a role whose words end with the words asked for ("minister" matches "Foreign Minister"). */
    List<FoundEntity> holdersOf(String role) {
        String wanted = role.toLowerCase().replaceAll("\\s+", " ").strip();
        List<FoundEntity> holders = new ArrayList<>();
        for (FoundEntity entity : entities) {
            for (String held : entity.roles()) {
                String lower = held.toLowerCase();
                if (lower.equals(wanted) || lower.endsWith(" " + wanted)) {
                    holders.add(entity);
                    break;
                }
            }
        }
        return holders;
    }
}
