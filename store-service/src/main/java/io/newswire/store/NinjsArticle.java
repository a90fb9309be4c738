package io.newswire.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.newswire.events.Article;
import io.newswire.events.Enrichment;
import io.newswire.events.Entity;
import io.newswire.events.Media;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A stored article as an IPTC ninjs 2.x news item, for clients that speak ninjs rather than the Newswire schema.
 * Entities become {@code people}, {@code organisations} and {@code places}, with the entity key as their uri and
 * {@code rel} "mentioned"; a person's first role, when known, is their {@code role}; media are {@code picture}
 * associations named {@code picture1}, {@code picture2}, and so on.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record NinjsArticle(
        String uri,
        String type,
        String headline,
        @JsonProperty("body_text") String bodyText,
        @JsonProperty("description_text") String descriptionText,
        Instant versioncreated,
        Instant firstcreated,
        String byline,
        String language,
        String pubstatus,
        Instant embargoed,
        Integer urgency,
        List<Subject> people,
        List<Subject> organisations,
        List<Subject> places,
        Map<String, Association> associations) {

    static final String MEDIA_TYPE = "application/ninjs+json";

    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
            "GPE");

    /** A person, organisation or place the article mentions. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Subject(String name, String rel, String role, String uri) {
    }

    /** A media item of the article. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Association(String uri, String type, @JsonProperty("description_text") String descriptionText,
            String byline) {
    }

    static NinjsArticle of(ArticleDocument document) {
        Article article = DocumentMapper.articleOf(document.article());
        Enrichment enrichment = DocumentMapper.enrichmentOf(document.enrichment());
        List<Entity> entities = enrichment == null ? List.of() : enrichment.entities();
        Instant firstCreated = article.publishedAt() != null ? article.publishedAt() : article.ingestedAt();
        Map<String, Association> associations = new LinkedHashMap<>();
        for (Media media : article.media()) {
            associations.put("picture" + (associations.size() + 1),
                    new Association(media.url(), "picture", media.caption(), media.credit()));
        }
        return new NinjsArticle(
                article.canonicalUrl() != null ? article.canonicalUrl() : article.url(),
                "text",
                article.title(),
                article.body(),
                article.standfirst(),
                article.updatedAt() != null ? article.updatedAt() : firstCreated,
                firstCreated,
                article.byline().isEmpty() ? null : String.join(", ", article.byline()),
                article.language(),
                article.pubStatus() == null ? null : article.pubStatus().name().toLowerCase(Locale.ROOT),
                article.embargoedUntil(),
                article.urgency(),
                subjects(entities, "PERSON"::equals),
                subjects(entities, "ORGANIZATION"::equals),
                subjects(entities, PLACE_TYPES::contains),
                associations);
    }

    private static List<Subject> subjects(List<Entity> entities, java.util.function.Predicate<String> type) {
        return entities.stream()
                .filter(entity -> entity.type() != null && type.test(entity.type().toUpperCase(Locale.ROOT)))
                .map(entity -> new Subject(entity.name(), "mentioned",
                        entity.roles().isEmpty() ? null : entity.roles().get(0), entity.key()))
                .toList();
    }
}
