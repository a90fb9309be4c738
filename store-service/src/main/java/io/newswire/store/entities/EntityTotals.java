package io.newswire.store.entities;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Computes an entity's statistics from the current contributions of the articles that mention it. */
final class EntityTotals {

    private EntityTotals() {
    }

    /** The entity's document; the result depends only on the set of contributions, not on their order. */
    static EntityDocument of(String key, List<EntityMention> contributions, long revision) {
        if (contributions.isEmpty()) {
            return new EntityDocument(key, null, null, null, null, 0, 0, null, null, null, revision);
        }
        String name = mostFrequent(contributions, EntityMention::name);
        TreeSet<String> aliases = new TreeSet<>();
        TreeSet<String> roles = new TreeSet<>();
        TreeMap<String, Integer> days = new TreeMap<>();
        long mentions = 0;
        Instant firstSeen = null;
        Instant lastSeen = null;
        for (EntityMention contribution : contributions) {
            if (contribution.name() != null) {
                aliases.add(contribution.name());
            }
            aliases.addAll(contribution.aliases());
            roles.addAll(contribution.roles());
            days.merge(contribution.day(), 1, Integer::sum);
            mentions += contribution.mentions();
            firstSeen = firstSeen == null || contribution.seenAt().isBefore(firstSeen) ? contribution.seenAt()
                    : firstSeen;
            lastSeen = lastSeen == null || contribution.seenAt().isAfter(lastSeen) ? contribution.seenAt() : lastSeen;
        }
        aliases.remove(name);
        return new EntityDocument(key, name, mostFrequent(contributions, EntityMention::type),
                List.copyOf(aliases), List.copyOf(roles), contributions.size(), mentions, firstSeen, lastSeen,
                days, revision);
    }

    private static String mostFrequent(List<EntityMention> contributions, Function<EntityMention, String> value) {
        Map<String, Integer> counts = new HashMap<>();
        for (EntityMention contribution : contributions) {
            String each = value.apply(contribution);
            if (each != null) {
                counts.merge(each, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }
}
