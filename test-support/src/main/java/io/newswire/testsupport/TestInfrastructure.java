package io.newswire.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The Kafka broker and MongoDB server that tests run against, started once per JVM.
 *
 * <p>Where a Docker engine answers, these are real Kafka and real MongoDB in Testcontainers; otherwise a
 * real Apache Kafka broker in this JVM (KRaft, from spring-kafka-test) and the embedded
 * MongoDB-wire-compatible server. Either way every test runs: none is skipped for want of Docker.
 * {@code -Dnewswire.test.infrastructure=embedded|containers} forces one of the two.
 */
public final class TestInfrastructure {

    private static final String KAFKA_IMAGE = "apache/kafka-native:4.1.1";
    private static final String MONGO_IMAGE = "mongo:8.0";

    private static String kafkaBootstrapServers;
    private static String mongoConnectionString;

    private TestInfrastructure() {
    }

    /** {@code true} when the tests use Testcontainers, {@code false} for the embedded servers. */
    public static boolean usesContainers() {
        String forced = System.getProperty("newswire.test.infrastructure", "");
        return switch (forced) {
            case "embedded" -> false;
            case "containers" -> true;
            default -> DockerClientFactory.instance().isDockerAvailable();
        };
    }

    /** Bootstrap servers of the test broker, starting it on first use. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrapServers == null) {
            if (usesContainers()) {
                var kafka = new KafkaContainer(KAFKA_IMAGE);
                kafka.start();
                kafkaBootstrapServers = kafka.getBootstrapServers();
            } else {
                var broker = new EmbeddedKafkaKraftBroker(1, 6);
                broker.afterPropertiesSet();
                Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
                kafkaBootstrapServers = broker.getBrokersAsString();
            }
        }
        return kafkaBootstrapServers;
    }

    /** Connection string of the test MongoDB server (no database), starting it on first use. */
    public static synchronized String mongoConnectionString() {
        if (mongoConnectionString == null) {
            if (usesContainers()) {
                var mongo = new MongoDBContainer(MONGO_IMAGE);
                mongo.start();
                mongoConnectionString = mongo.getConnectionString();
            } else {
                var server = new MongoServer(new MemoryBackend());
                mongoConnectionString = server.bindAndGetConnectionString();
                Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
            }
        }
        return mongoConnectionString;
    }

    /** A MongoDB URI for the named database on the test server. */
    public static String mongoUri(String database) {
        return mongoConnectionString() + "/" + database;
    }

    /** A new empty folder for a test's state (deleted by nobody: it lives in the system's temporary folder). */
    public static String temporaryDirectory(String prefix) {
        try {
            return java.nio.file.Files.createTempDirectory(prefix).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
