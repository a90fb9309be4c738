package io.newswire.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the ingest service ({@code newswire.ingest.*}), validated at start-up.
 *
 * @param maxBodyBytes largest accepted request body, in bytes (413 beyond)
 * @param maxBatchSize most articles accepted in one request (413 beyond)
 * @param dedupeCacheSize how many article ids this instance remembers the last published version of
 * @param publishTimeout how long a request waits for Kafka to acknowledge its articles (503 beyond)
 * @param detectLanguage whether an article whose source names no language is published with the language detected
 *        from its text (when the detector is confident)
 * @param nearDuplicates how this instance links re-runs of the same story under other URLs
 * @param stateDir where this instance keeps what it remembers across restarts ({@code published-versions.tsv}, the
 *        dedupe memory); {@code null} to remember nothing
 */
@ConfigurationProperties("newswire.ingest")
@Validated
record IngestProperties(
        @DefaultValue("2097152") @Positive long maxBodyBytes,
        @DefaultValue("1000") @Positive int maxBatchSize,
        @DefaultValue("100000") @Positive int dedupeCacheSize,
        @DefaultValue("15s") @NotNull Duration publishTimeout,
        @DefaultValue("true") boolean detectLanguage,
        @DefaultValue @NotNull @Valid NearDuplicates nearDuplicates,
        Path stateDir) {

    /**
     * Near-duplicate detection ({@code newswire.ingest.near-duplicates.*}): an article whose title and body share at
     * least {@code threshold} of their 5-word shingles (estimated Jaccard similarity) with an article published
     * within {@code window} of it is published with {@code duplicateOf} set to the earliest such article's id.
     *
     * @param enabled whether to look for near-duplicates at all
     * @param threshold least estimated Jaccard similarity of two near-duplicates
     * @param maxEntries most articles remembered (about 5 KB of heap each); the least recently used go first
     * @param window greatest distance between the publication (else ingestion) times of two near-duplicates
     */
    record NearDuplicates(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0.3") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") double threshold,
            @DefaultValue("10000") @Positive int maxEntries,
            @DefaultValue("7d") @NotNull Duration window) {
    }
}
