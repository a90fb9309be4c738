package io.newswire.store;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Limit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/statements}: the newest statements, optionally those of one speaker. */
@RestController
@RequestMapping("/api/statements")
class StatementQueries {

    private final StatementRepository statements;

    StatementQueries(StatementRepository statements) {
        this.statements = statements;
    }

    /**
     * Newest first. {@code speaker} matches the speaker's canonical name, ignoring case and surrounding or repeated
     * whitespace, and, when the speaker is an entity of the article, that entity's aliases and key.
     */
    @GetMapping
    Items<StatementView> statements(
            @RequestParam(required = false) @Pattern(regexp = ArticleQueries.NOT_BLANK,
                    message = "must not be blank") String speaker,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var found = speaker == null
                ? statements.findAllByOrderBySortAtDescIdAsc(Limit.of(limit))
                : statements.findBySpeakerNamesOrderBySortAtDescIdAsc(LookupNames.of(speaker), Limit.of(limit));
        return new Items<>(found.stream().map(StatementView::of).toList());
    }
}
