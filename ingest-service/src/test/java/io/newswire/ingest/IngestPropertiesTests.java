package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class IngestPropertiesTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Enabled.class);

    @Test
    void defaultsToTheDocumentedLimits() {
        context.run(started -> {
            assertThat(started.getBean(IngestProperties.class))
                    .isEqualTo(new IngestProperties(2_097_152, 1000, 100_000, Duration.ofSeconds(15), true,
                            new IngestProperties.NearDuplicates(true, 0.3, 10_000, Duration.ofDays(7)), null));
            assertThat(started.getBean(TopicProperties.class)).isEqualTo(new TopicProperties(6, (short) 1));
        });
    }

    @Test
    void refusesToStartWithAnImpossibleLimit() {
        context.withPropertyValues("newswire.ingest.max-batch-size=0").run(started ->
                assertThat(started).getFailure().rootCause().hasMessageContaining("maxBatchSize"));
        context.withPropertyValues("newswire.ingest.near-duplicates.threshold=1.5").run(started ->
                assertThat(started).getFailure().rootCause().hasMessageContaining("threshold"));
        context.withPropertyValues("newswire.kafka.partitions=-1").run(started ->
                assertThat(started).getFailure().rootCause().hasMessageContaining("partitions"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({IngestProperties.class, TopicProperties.class})
    static class Enabled {
    }
}
