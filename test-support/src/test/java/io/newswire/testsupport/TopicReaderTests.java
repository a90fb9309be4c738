package io.newswire.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TopicReaderTests {

    private String topic;
    private KafkaProducer<String, String> producer;

    @BeforeEach
    void createTopic() throws Exception {
        String servers = TestInfrastructure.kafkaBootstrapServers();
        topic = "topic-reader-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
                new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void readsEveryRecordPublishedBeforeItOpenedUpToTheEnd() throws Exception {
        publish("a", "first");
        publish("b", "second");
        publish("a", "third");

        try (TopicReader reader = TopicReader.fromBeginning(topic)) {
            assertThat(reader.partitions()).hasSize(2);
            assertThat(reader.endOffsetSum()).isEqualTo(3);
            assertThat(reader.readToEnd()).extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrder("first", "second", "third");
            assertThat(reader.recordsFor("a")).extracting(ConsumerRecord::value).containsExactly("first", "third");
            assertThat(reader.recordsFor("c")).isEmpty();
        }
    }

    @Test
    void findsRecordsByKeyPublishedBeforeAndAfterItOpened() throws Exception {
        publish("before", "old");

        try (TopicReader reader = TopicReader.fromBeginning(topic)) {
            publish("after", "new");

            await().atMost(Duration.ofSeconds(10)).until(() -> !reader.recordsFor("after").isEmpty());
            assertThat(reader.recordsFor("after")).extracting(ConsumerRecord::value).containsExactly("new");
            assertThat(reader.recordsFor("before")).extracting(ConsumerRecord::value).containsExactly("old");
            assertThat(reader.endOffsetSum()).isEqualTo(2);
        }
    }

    private void publish(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
}
