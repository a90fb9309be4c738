package io.newswire.store.entities;

import io.newswire.events.Article;
import io.newswire.events.Enrichment;
import io.newswire.events.Entity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Derives what an enriched article version contributes to each cross-article entity it mentions. */
final class EntityContributions {

    private EntityContributions() {
    }

    /**
     * One contribution per distinct entity key of the enrichment; entities without a key have no cross-article
     * identity and contribute nothing. Several entities of the article with one key are merged: their mentions
     * add up, the name and type are those of the most mentioned one.
     */
    static List<Contribution> of(String articleId, ArticleVersion version, Article article, Enrichment enrichment) {
        Map<String, List<Entity>> byKey = new LinkedHashMap<>();
        for (Entity entity : enrichment.entities() == null ? List.<Entity>of() : enrichment.entities()) {
            if (entity.key() != null && !entity.key().isBlank()) {
                byKey.computeIfAbsent(entity.key(), key -> new ArrayList<>()).add(entity);
            }
        }
        Instant seenAt = article.publishedAt() != null ? article.publishedAt() : article.ingestedAt();
        List<Contribution> contributions = new ArrayList<>(byKey.size());
        byKey.forEach((key, entities) -> {
            Entity main = entities.get(0);
            int mentions = 0;
            TreeSet<String> aliases = new TreeSet<>();
            TreeSet<String> roles = new TreeSet<>();
            for (Entity entity : entities) {
                int count = mentionsOf(entity);
                if (count > mentionsOf(main)) {
                    main = entity;
                }
                mentions += count;
                addNonBlank(aliases, entity.aliases());
                addNonBlank(roles, entity.roles());
            }
            for (Entity entity : entities) {
                if (entity.name() != null && !entity.name().isBlank()) {
                    aliases.add(entity.name());
                }
            }
            aliases.remove(main.name());
            contributions.add(new Contribution(key, articleId, version, main.name(), main.type(),
                    List.copyOf(aliases), List.copyOf(roles), mentions, seenAt));
        });
        return contributions;
    }

    private static int mentionsOf(Entity entity) {
        return entity.mentions() == null ? 0 : entity.mentions().size();
    }

    private static void addNonBlank(TreeSet<String> into, List<String> values) {
        if (values != null) {
            values.stream().filter(value -> value != null && !value.isBlank()).forEach(into::add);
        }
    }
}
