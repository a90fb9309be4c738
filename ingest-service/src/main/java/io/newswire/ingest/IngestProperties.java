package io.newswire.ingest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
 */
@ConfigurationProperties("newswire.ingest")
@Validated
record IngestProperties(
        @DefaultValue("2097152") @Positive long maxBodyBytes,
        @DefaultValue("1000") @Positive int maxBatchSize,
        @DefaultValue("100000") @Positive int dedupeCacheSize,
        @DefaultValue("15s") @NotNull Duration publishTimeout) {
}
