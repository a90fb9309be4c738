package io.newswire.events;

import java.util.List;

/**
 * One real-world thing mentioned in an article, with all its mentions merged.
 *
 * @param id id within the article (e.g. {@code e1})
 * @param name canonical name: the fullest form used in the article
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, or a finer type where known
 * @param aliases other forms used in the article (surname, acronym, short form)
 * @param roles titles and roles given to the entity (e.g. "Foreign Affairs Minister")
 * @param mentions where the entity is mentioned
 * @param salience how central the entity is to the article, 0 to 1
 * @param key cross-article identity, e.g. {@code person:justin-trudeau}
 */
public record Entity(String id, String name, String type, List<String> aliases, List<String> roles,
        List<Mention> mentions, double salience, String key) {

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
