package io.newswire.store;

import io.newswire.store.entities.EntityLookup;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.CriteriaDefinition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/articles}: one article by id, or a page of the newest articles matching optional filters. */
@RestController
@RequestMapping("/api/articles")
class ArticleQueries {

    static final String NOT_BLANK = "(?s).*\\S.*";

    private final ArticleRepository articles;
    private final KeysetSearch search;
    private final TextSearch text;

    ArticleQueries(ArticleRepository articles, KeysetSearch search, TextSearch text) {
        this.articles = articles;
        this.search = search;
        this.text = text;
    }

    /**
     * The article in the Newswire schema, or as an IPTC ninjs 2.x item when {@code format=ninjs} or the
     * {@code Accept} header asks for {@value NinjsArticle#MEDIA_TYPE}.
     */
    @GetMapping("/{id}")
    ResponseEntity<?> article(@Parameter(description = "The article id") @PathVariable String id,
            @Parameter(description = "ninjs for an IPTC ninjs 2.x item; absent for the Newswire schema")
            @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (format != null && !format.equals("ninjs")) {
            throw new BadParameterException("format", "'format' must be ninjs or absent");
        }
        ArticleDocument document = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        if (document.hidden()) {
            // withheld or canceled by its source: gone in every format, the text and statements with it
            ProblemDetail gone = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "article " + id + " was "
                    + document.article().pubStatus() + " by its source and is no longer served");
            return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(gone);
        }
        if (format != null || (accept != null && accept.contains(NinjsArticle.MEDIA_TYPE))) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(NinjsArticle.MEDIA_TYPE))
                    .body(NinjsArticle.of(document));
        }
        return ResponseEntity.ok(ArticleView.of(document));
    }

    /**
     * Newest first, all filters combined. {@code entity} matches an entity's canonical name, an alias or its key and
     * {@code speaker} the name of a speaker of a statement, both ignoring case and surrounding or repeated
     * whitespace; {@code source} is a source id; {@code language} and {@code section} match ignoring case;
     * {@code q} is a text search (see {@link TextSearch}); {@code from} and {@code to} bound the publication time.
     * With {@code sort=relevance} (which needs {@code q}) the best matches come first; {@code duplicates=exclude}
     * leaves out articles ingest linked to an earlier one as a near-duplicate ({@code duplicateOf}).
     */
    @GetMapping
    Items<ArticleView> articles(
            @Parameter(description = "An entity's name, alias or key, ignoring case and whitespace")
            @RequestParam(required = false) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String entity,
            @Parameter(description = "A speaker of a statement in the article, ignoring case and whitespace")
            @RequestParam(required = false) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String speaker,
            @Parameter(description = "A source id, e.g. cbc-politics")
            @RequestParam(required = false) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String source,
            @Parameter(description = "A language tag, e.g. en or fr-CA, ignoring case")
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*",
                    message = "must be a language tag such as en or fr-CA") String language,
            @Parameter(description = "A section, ignoring case")
            @RequestParam(required = false) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String section,
            @Parameter(description = "Words searched in title, standfirst and body")
            @RequestParam(required = false) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Size(max = 200, message = "must be at most 200 characters") String q,
            @Parameter(description = "Earliest publication time, an ISO-8601 instant, inclusive")
            @RequestParam(required = false) String from,
            @Parameter(description = "Latest publication time, an ISO-8601 instant, inclusive")
            @RequestParam(required = false) String to,
            @Parameter(description = "The next cursor of the previous page")
            @RequestParam(required = false) String cursor,
            @Parameter(description = "include (the default) or exclude: leave out near-duplicates of other articles")
            @RequestParam(defaultValue = "include") @Pattern(regexp = "include|exclude",
                    message = "must be include or exclude") String duplicates,
            @Parameter(description = "newest (the default): newest first; relevance: best matches of q first")
            @RequestParam(defaultValue = "newest") @Pattern(regexp = "newest|relevance",
                    message = "must be newest or relevance") String sort,
            @Parameter(description = "Page size, 1 to 100")
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        boolean byRelevance = sort.equals("relevance");
        if (byRelevance && q == null) {
            throw new BadParameterException("sort", "'sort' is relevance, which ranks the matches of 'q', and 'q' is missing");
        }
        List<CriteriaDefinition> criteria = KeysetSearch.common(TimeRange.of(from, to),
                cursor == null || byRelevance ? null : PageCursor.parse(cursor));
        if (entity != null) {
            criteria.add(Criteria.where("entityNames").is(EntityLookup.of(entity)));
        }
        if (speaker != null) {
            criteria.add(Criteria.where("enrichment.statements.speaker.name").regex(wholeName(speaker), "i"));
        }
        if (source != null) {
            criteria.add(Criteria.where("article.source.id").is(source));
        }
        if (language != null) {
            criteria.add(Criteria.where("article.language").regex(wholeName(language), "i"));
        }
        if (section != null) {
            criteria.add(Criteria.where("article.section").regex(wholeName(section), "i"));
        }
        if (duplicates.equals("exclude")) {
            criteria.add(Criteria.where("article.duplicateOf").is(null));
        }
        if (byRelevance) {
            return text.rankedArticles(q, criteria, cursor == null ? null : RelevanceCursor.parse(cursor), limit);
        }
        if (q != null) {
            criteria.add(text.matching(q, TextSearch.ARTICLE_FIELDS));
        }
        return search.page(ArticleDocument.class, criteria, limit,
                document -> new PageCursor(document.sortAt(), document.id()), ArticleView::of);
    }

    /** A pattern matching the whole of a name, ignoring repeated whitespace; every word is quoted. */
    static String wholeName(String name) {
        return Arrays.stream(EntityLookup.of(name).split(" ")).map(java.util.regex.Pattern::quote)
                .collect(Collectors.joining("\\s+", "^\\s*", "\\s*$"));
    }
}
