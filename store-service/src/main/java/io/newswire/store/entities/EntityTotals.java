package io.newswire.store.entities;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;

/** Computes an entity's statistics from the counts of its {@code entityContributions} buckets, one per day. */
final class EntityTotals {

    private EntityTotals() {
    }

    /** The entity's statistics from the counts of each day; the result does not depend on the map's order. */
    static EntityDocument of(String key, Map<String, Document> countsByDay) {
        Map<String, Long> names = new HashMap<>();
        Map<String, Long> types = new HashMap<>();
        Map<String, Long> forms = new HashMap<>();
        Map<String, Long> roles = new HashMap<>();
        TreeMap<String, Integer> days = new TreeMap<>();
        int articles = 0;
        long mentions = 0;
        Instant firstSeen = null;
        Instant lastSeen = null;
        for (Map.Entry<String, Document> day : countsByDay.entrySet()) {
            Document bucket = day.getValue();
            int dayArticles = bucket.get("articles", Number.class).intValue();
            if (dayArticles == 0) {
                continue;
            }
            articles += dayArticles;
            mentions += bucket.get("mentions", Number.class).longValue();
            days.put(day.getKey(), dayArticles);
            add(names, bucket.get("names", Document.class));
            add(types, bucket.get("types", Document.class));
            add(forms, bucket.get("forms", Document.class));
            add(roles, bucket.get("roles", Document.class));
            Instant first = bucket.getDate("firstSeen").toInstant();
            Instant last = bucket.getDate("lastSeen").toInstant();
            firstSeen = firstSeen == null || first.isBefore(firstSeen) ? first : firstSeen;
            lastSeen = lastSeen == null || last.isAfter(lastSeen) ? last : lastSeen;
        }
        if (articles == 0) {
            return new EntityDocument(key, null, null, null, null, 0, 0, null, null, null);
        }
        String name = mostFrequent(names);
        TreeSet<String> aliases = new TreeSet<>(forms.keySet());
        aliases.remove(name);
        return new EntityDocument(key, name, mostFrequent(types), List.copyOf(aliases),
                List.copyOf(new TreeSet<>(roles.keySet())), articles, mentions, firstSeen, lastSeen, days);
    }

    /** Adds the positive counts of a stored map of encoded values to counts. */
    private static void add(Map<String, Long> into, Document counts) {
        if (counts == null) {
            return;
        }
        counts.forEach((field, count) -> {
            long value = ((Number) count).longValue();
            if (value > 0) {
                into.merge(FieldKeys.decode(field), value, Long::sum);
            }
        });
    }

    /** The value counted most often; ties: the first in string order. */
    private static String mostFrequent(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }
}
