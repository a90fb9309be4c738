package io.newswire.enrich;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Shape of the topics this service creates ({@code newswire.kafka.*}).
 *
 * @param partitions partitions of each topic (default 6); bounds how many instances share the work
 * @param replicas replication factor (default 1, for a single broker)
 */
@Validated
@ConfigurationProperties("newswire.kafka")
record TopicProperties(@DefaultValue("6") @Min(1) int partitions, @DefaultValue("1") @Min(1) short replicas) {
}
