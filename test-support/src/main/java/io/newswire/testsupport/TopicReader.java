package io.newswire.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads one topic of the test broker from its beginning as strings, keeping every record it has read. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    private TopicReader(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** A reader of every partition of the topic, which must exist, positioned at the beginning. */
    public static TopicReader fromBeginning(String topic) {
        return new TopicReader(topic);
    }

    /** The partitions of the topic, as the broker reported them when the reader was opened. */
    public List<TopicPartition> partitions() {
        return partitions;
    }

    /** Polls once (up to 200 ms) and returns every record read so far under the key, in the order read. */
    public synchronized List<ConsumerRecord<String, String>> recordsFor(String key) {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
        return received.stream().filter(record -> key.equals(record.key())).toList();
    }

    /** Every record on the topic so far: reads until the reader has reached the end offsets taken now. */
    public synchronized List<ConsumerRecord<String, String>> readToEnd() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            consumer.poll(Duration.ofMillis(100)).forEach(received::add);
        }
        return List.copyOf(received);
    }

    /** The sum of the partitions' end offsets: it grows by one with each record the broker acknowledges. */
    public synchronized long endOffsetSum() {
        return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
