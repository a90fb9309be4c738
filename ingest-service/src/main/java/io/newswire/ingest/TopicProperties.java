package io.newswire.ingest;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the topics this service produces are created ({@code newswire.kafka.*}), shared by every Newswire service.
 *
 * @param partitions partitions per topic: the most consumer instances that can share it
 * @param replicas replication factor
 */
@ConfigurationProperties("newswire.kafka")
@Validated
record TopicProperties(@DefaultValue("6") @Positive int partitions, @DefaultValue("1") @Positive short replicas) {
}
