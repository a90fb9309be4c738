package io.newswire.enrich;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the enrich service ({@code newswire.enrich.*}).
 *
 * @param maxTextLength characters of each article field the NLP reads at most (default 200,000, about 0.5 to
 *     1 s of CoreNLP); a longer body is enriched up to the last paragraph break before the limit, the rest is
 *     left out and the cut is logged with the article id, so one huge article cannot stall a partition
 */
@Validated
@ConfigurationProperties("newswire.enrich")
record EnrichProperties(@DefaultValue("" + DEFAULT_MAX_TEXT_LENGTH) @Min(1000) int maxTextLength) {

    static final int DEFAULT_MAX_TEXT_LENGTH = 200_000;
}
