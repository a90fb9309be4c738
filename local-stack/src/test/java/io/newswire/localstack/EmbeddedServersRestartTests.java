package io.newswire.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the local stack keeps under its data directory survives a restart. */
class EmbeddedServersRestartTests {

    @TempDir
    Path dataDir;

    @Test
    void storedDocumentsSurviveARestartOfTheEmbeddedStore() throws Exception {
        int port = freePort();
        try (var store = MongoStore.start(dataDir, port); var client = MongoClients.create(store.uri("newswire"))) {
            client.getDatabase("newswire").getCollection("articles").insertOne(new Document("_id", "a1").append("title", "T"));
        }
        try (var store = MongoStore.start(dataDir, port); var client = MongoClients.create(store.uri("newswire"))) {
            Document found = client.getDatabase("newswire").getCollection("articles").find().first();
            assertThat(found).isNotNull();
            assertThat(found.getString("title")).isEqualTo("T");
        }
    }

    @Test
    void whatTheStoreAcknowledgedIsOnDiskWithItsIndexesAsACrashLeavesIt() throws Exception {
        Path crashed = Files.createDirectories(dataDir.resolve("after-crash"));
        int port = freePort();
        try (var store = MongoStore.start(dataDir.resolve("running"), port);
                var client = MongoClients.create(store.uri("newswire"))) {
            var entities = client.getDatabase("newswire").getCollection("entities");
            entities.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            for (int i = 0; i < 200; i++) {
                entities.insertOne(new Document("_id", "e" + i).append("key", "k" + i).append("revision", 0));
                entities.updateOne(Filters.eq("_id", "e" + i), Updates.inc("revision", 1));
            }
            // the file as a kill -9 or a power cut would leave it: copied while the store runs, never closed
            Files.copy(dataDir.resolve("running/newswire.mv"), crashed.resolve("newswire.mv"));
        }
        try (var store = MongoStore.start(crashed, freePort()); var client = MongoClients.create(store.uri("newswire"))) {
            var entities = client.getDatabase("newswire").getCollection("entities");
            assertThat(entities.countDocuments()).isEqualTo(200);
            for (int i = 0; i < 200; i++) {
                Document byKey = entities.find(Filters.and(Filters.eq("key", "k" + i), Filters.eq("revision", 1))).first();
                assertThat(byKey).as("e%d by its indexed key at its last revision", i).isNotNull();
            }
        }
    }

    @Test
    void recordsSurviveARestartOfTheBroker() throws Exception {
        int port = freePort();
        int controllerPort = freePort();
        try (var broker = KafkaBroker.start(dataDir, port, controllerPort, 2);
                var producer = new KafkaProducer<String, String>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("restart-check", "k", "kept")).get();
        }
        try (var broker = KafkaBroker.start(dataDir, port, controllerPort, 2);
                var consumer = new KafkaConsumer<String, String>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "restart-check",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("restart-check"));
            var values = new java.util.ArrayList<String>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
            }
            assertThat(values).containsExactly("kept");
        }
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
