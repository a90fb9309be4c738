package io.newswire.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** The shapes the entity endpoints return. */
final class EntityViews {

    private EntityViews() {
    }

    /**
     * An entity as search lists it.
     *
     * @param key the cross-article key, e.g. {@code person:jagmeet-singh}
     * @param name its canonical name
     * @param type its type, e.g. PERSON
     * @param aliases the other names articles use
     * @param roles the roles articles give it
     * @param articles how many visible articles mention it
     * @param mentions how often they mention it
     * @param firstSeen the earliest publication time of those articles
     * @param lastSeen the latest one
     */
    record Summary(String key, String name, String type, List<String> aliases, List<String> roles, int articles,
            long mentions, Instant firstSeen, Instant lastSeen) {

        static Summary of(Document entity) {
            return new Summary(entity.getString("_id"), entity.getString("name"), entity.getString("type"),
                    entity.getList("aliases", String.class, List.of()), entity.getList("roles", String.class,
                            List.of()), entity.get("articles", Number.class).intValue(),
                    entity.get("mentions", Number.class).longValue(), instant(entity.getDate("firstSeen")),
                    instant(entity.getDate("lastSeen")));
        }
    }

    /**
     * An entity's profile.
     *
     * @param key the cross-article key
     * @param name its canonical name
     * @param type its type
     * @param aliases the other names articles use
     * @param roles the roles articles give it
     * @param counts its article and mention counts and when it was seen
     * @param perDay how many articles mention it on each UTC day, in day order
     * @param coMentioned the other entities sharing most of its recent articles, most shared first
     * @param statementsBy the latest statements it made
     * @param statementsAbout the latest statements others made in articles mentioning it
     */
    record Profile(String key, String name, String type, List<String> aliases, List<String> roles, Counts counts,
            List<Day> perDay, List<CoMention> coMentioned, List<StatementView> statementsBy,
            List<StatementView> statementsAbout) {
    }

    /**
     * An entity's totals.
     *
     * @param articles how many visible articles mention it
     * @param mentions how often they mention it
     * @param firstSeen the earliest publication time of those articles
     * @param lastSeen the latest one
     */
    record Counts(int articles, long mentions, Instant firstSeen, Instant lastSeen) {
    }

    /**
     * The articles of one UTC day.
     *
     * @param day the date, {@code yyyy-MM-dd}
     * @param articles how many articles of that day mention the entity
     */
    record Day(String day, int articles) {
    }

    /**
     * Another entity sharing articles.
     *
     * @param key its key
     * @param name its canonical name
     * @param type its type
     * @param articles how many of the considered articles mention both
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CoMention(String key, String name, String type, int articles) {
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
