package io.newswire.store;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Shape of the topics this service declares (its dead-letter topics), shared by every Newswire service.
 *
 * @param partitions partitions per topic; the dead-letter topics mirror the topics they serve
 * @param replicas replication factor
 */
@Validated
@ConfigurationProperties("newswire.kafka")
record KafkaTopicProperties(@DefaultValue("6") @Min(1) int partitions, @DefaultValue("1") @Min(1) short replicas) {
}
