package io.newswire.store;

import io.newswire.events.StatementType;
import io.newswire.store.entities.EntityLookup;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.CriteriaDefinition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/statements}: a page of the newest statements matching optional filters. */
@RestController
@RequestMapping("/api/statements")
class StatementQueries {

    /** How many of an entity's newest articles the {@code entity} filter joins per page. */
    static final int ENTITY_ARTICLE_BOUND = 1000;

    private final KeysetSearch search;
    private final TextSearch text;

    StatementQueries(KeysetSearch search, TextSearch text) {
        this.search = search;
        this.text = text;
    }

    /**
     * Newest first, all filters combined. {@code speaker} matches the speaker's canonical name, ignoring case and
     * surrounding or repeated whitespace, and, when the speaker is an entity of the article, that entity's aliases
     * and key. {@code entity} matches statements whose quote names the entity, whose stored {@code entityNames}
     * hold it, or whose article mentions it (among the entity's {@value #ENTITY_ARTICLE_BOUND} newest articles up
     * to the page's cursor). {@code type} is DIRECT, INDIRECT or MIXED; {@code q} searches the quote (see
     * {@link TextSearch}); {@code from} and {@code to} bound the article's publication time.
     */
    @GetMapping
    Items<StatementView> statements(
            @Parameter(description = "The speaker's name, alias or key, ignoring case and whitespace")
            @RequestParam(required = false) @Pattern(regexp = ArticleQueries.NOT_BLANK,
                    message = "must not be blank") String speaker,
            @Parameter(description = "An entity named in the quote or mentioned in the article: name, alias or key")
            @RequestParam(required = false) @Pattern(regexp = ArticleQueries.NOT_BLANK,
                    message = "must not be blank") String entity,
            @Parameter(description = "DIRECT, INDIRECT or MIXED")
            @RequestParam(required = false) String type,
            @Parameter(description = "Words searched in the quote")
            @RequestParam(required = false) @Pattern(regexp = ArticleQueries.NOT_BLANK,
                    message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters")
            String q,
            @Parameter(description = "Earliest publication time of the article, an ISO-8601 instant, inclusive")
            @RequestParam(required = false) String from,
            @Parameter(description = "Latest publication time of the article, an ISO-8601 instant, inclusive")
            @RequestParam(required = false) String to,
            @Parameter(description = "The next cursor of the previous page")
            @RequestParam(required = false) String cursor,
            @Parameter(description = "Page size, 1 to 100")
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        TimeRange range = TimeRange.of(from, to);
        PageCursor after = cursor == null ? null : PageCursor.parse(cursor);
        List<CriteriaDefinition> criteria = KeysetSearch.common(range, after);
        if (speaker != null) {
            criteria.add(Criteria.where("speakerNames").is(EntityLookup.of(speaker)));
        }
        if (entity != null) {
            criteria.add(mentioning(entity, range, after));
        }
        if (type != null) {
            criteria.add(Criteria.where("type").is(typeOf(type)));
        }
        if (q != null) {
            criteria.add(text.matching(q, TextSearch.STATEMENT_FIELDS));
        }
        return search.page(StatementDocument.class, criteria, limit,
                document -> new PageCursor(document.sortAt(), document.id()), StatementView::of);
    }

    private Criteria mentioning(String entity, TimeRange range, PageCursor after) {
        String name = EntityLookup.of(entity);
        // A statement's sortAt is its article's, so the articles before the cursor hold every statement after it.
        List<CriteriaDefinition> articles = KeysetSearch.common(range,
                after == null ? null : new PageCursor(after.sortAt(), ""));
        articles.add(Criteria.where("entityNames").is(name));
        List<String> articleIds = search.articleIds(articles, ENTITY_ARTICLE_BOUND);
        String inQuote = Arrays.stream(name.split(" ")).map(java.util.regex.Pattern::quote)
                .collect(Collectors.joining("\\s+", "(?<!\\w)", "(?!\\w)"));
        return new Criteria().orOperator(Criteria.where("entityNames").is(name),
                Criteria.where("quote").regex(inQuote, "i"), Criteria.where("articleId").in(articleIds));
    }

    private static String typeOf(String type) {
        try {
            return StatementType.valueOf(type.strip().toUpperCase(Locale.ROOT)).name();
        }
        catch (IllegalArgumentException e) {
            throw new BadParameterException("type", "'type' must be one of " + Arrays.toString(StatementType.values()));
        }
    }
}
