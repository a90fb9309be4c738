package io.newswire.store;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Limit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/articles}: one article by id, or the newest articles, optionally those mentioning an entity. */
@RestController
@RequestMapping("/api/articles")
class ArticleQueries {

    static final String NOT_BLANK = "(?s).*\\S.*";

    private final ArticleRepository articles;

    ArticleQueries(ArticleRepository articles) {
        this.articles = articles;
    }

    @GetMapping("/{id}")
    ArticleView article(@PathVariable String id) {
        return articles.findById(id).map(ArticleView::of).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    /**
     * Newest first. {@code entity} matches an entity's canonical name, an alias or its key, ignoring case and
     * surrounding or repeated whitespace.
     */
    @GetMapping
    Items<ArticleView> articles(
            @RequestParam(required = false) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String entity,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var found = entity == null
                ? articles.findAllByOrderBySortAtDescIdAsc(Limit.of(limit))
                : articles.findByEntityNamesOrderBySortAtDescIdAsc(LookupNames.of(entity), Limit.of(limit));
        return new Items<>(found.stream().map(ArticleView::of).toList());
    }
}
