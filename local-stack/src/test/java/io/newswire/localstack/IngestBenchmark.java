package io.newswire.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Ingest throughput: articles per second through {@code POST /api/articles} (JSON batches, answered once Kafka has
 * acknowledged every record) next to a bare Kafka producer sending records of the same size to the same broker
 * with the same settings (acks=all, idempotence). Starts its own broker and ingest-service; not a test. Run after
 * {@code ./mvnw -DskipTests package}:
 * {@code ./mvnw -q -pl local-stack test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.newswire.localstack.IngestBenchmark -Dexec.args="20000 100"} (articles, batch size).
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path data = Files.createTempDirectory("newswire-ingest-benchmark");
        Path services = Path.of(System.getProperty("newswire.services.dir", "local-stack/target/services"));
        int port = freePort();
        try (var broker = KafkaBroker.start(data.resolve("kafka"), freePort(), freePort(), 6);
                var ingest = ServiceProcess.start("ingest-service", services.resolve("ingest-service-exec.jar"), port,
                        "1g", Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers()),
                        data.resolve("ingest.log"))) {
            ingest.awaitHealthy(Duration.ofMinutes(2));
            String body = text(new java.util.Random(0));
            var http = HttpClient.newHttpClient();
            var endpoint = URI.create(ingest.url() + "/api/articles");
            post(http, endpoint, batch(0, batchSize)); // warm-up: topic creation, JIT
            long started = System.nanoTime();
            for (int first = batchSize; first < articles + batchSize; first += batchSize) {
                var response = post(http, endpoint, batch(first, batchSize));
                if (response.statusCode() != 202) {
                    throw new IllegalStateException("ingest answered " + response.statusCode() + ": " + response.body());
                }
            }
            report("POST /api/articles, batches of " + batchSize, articles, System.nanoTime() - started);

            String record = "{\"id\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + Instant.now()
                    + "\",\"schemaVersion\":1,\"article\":{\"title\":\"Benchmark\",\"body\":\"" + body + "\"}}";
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 5,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                sendAll(producer, batchSize, record, batchSize);
                started = System.nanoTime();
                sendAll(producer, articles, record, batchSize);
                report("bare KafkaProducer, same broker, waits per " + batchSize, articles, System.nanoTime() - started);
            }
            System.out.printf(Locale.ROOT, "record size about %d bytes%n", record.length());
        }
    }

    /** Sends {@code count} records, waiting for the acknowledgements of each group of {@code group} like ingest does. */
    private static void sendAll(KafkaProducer<String, String> producer, int count, String record, int group)
            throws Exception {
        List<Future<RecordMetadata>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pending.add(producer.send(new ProducerRecord<>("bare-producer", UUID.randomUUID().toString(), record)));
            if (pending.size() == group) {
                for (var future : pending) {
                    future.get();
                }
                pending.clear();
            }
        }
        for (var future : pending) {
            future.get();
        }
    }

    private static HttpResponse<String> post(HttpClient http, URI endpoint, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String batch(int first, int size) {
        var json = new StringBuilder("[");
        for (int i = first; i < first + size; i++) {
            json.append(i == first ? "" : ",").append("{\"url\":\"https://bench.example/news/").append(i)
                    .append("\",\"title\":\"Council approves budget, article ").append(i).append("\",\"body\":\"")
                    .append(text(new java.util.Random(i))).append("\"}");
        }
        return json.append(']').toString();
    }

    private static final String[] WORDS = ("council budget mayor transit vote tax housing police school hospital "
            + "minister court union strike market price report election province city river bridge water energy "
            + "company workers contract plan funding residents officials statement week year").split(" ");

    /**
     * About 3,000 characters of news-like prose, different for every seed, so that no two benchmark articles are
     * near-duplicates of each other.
     */
    private static String text(java.util.Random random) {
        var text = new StringBuilder();
        while (text.length() < 3000) {
            text.append("The");
            for (int i = 0; i < 14; i++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            text.append(", officials said. ");
        }
        return text.toString().strip();
    }

    private static void report(String what, int count, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-50s %7d articles in %6.2f s = %8.0f articles/s%n", what, count, seconds,
                count / seconds);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
