package io.newswire.localstack;

import io.newswire.events.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code newswire status}: each part of a running local stack with its health and log, the consumer lag of each
 * service on each topic, and the dead letters held. Exit 0 when every part is up, 1 otherwise.
 */
final class StatusCommand {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

    /** Which service consumes which topic, by consumer group (the service's name). */
    private static final List<String[]> CONSUMERS = List.of(
            new String[] {Topics.ARTICLES_INGESTED, "enrich-service"},
            new String[] {Topics.ARTICLES_INGESTED, "store-service"},
            new String[] {Topics.ARTICLES_ENRICHED, "store-service"});

    private final StackSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    StatusCommand(StackSettings settings) {
        this.settings = settings;
    }

    int run(PrintStream out, PrintStream err) {
        boolean allUp = true;
        out.printf("%-15s %-12s %-38s %s%n", "PART", "STATE", "ADDRESS", "LOG");
        boolean kafkaUp = listening(settings.kafkaPort());
        allUp &= line(out, "kafka", kafkaUp ? "up" : "unreachable", "127.0.0.1:" + settings.kafkaPort(),
                settings.dataDir().resolve("kafka").toString(), kafkaUp);
        boolean mongoUp = listening(settings.mongoPort());
        allUp &= line(out, "mongodb", mongoUp ? "up" : "unreachable", "mongodb://127.0.0.1:" + settings.mongoPort(),
                settings.dataDir().resolve("mongo").toString(), mongoUp);
        for (Object[] service : new Object[][] {{"ingest-service", settings.ingestPort()},
                {"enrich-service", settings.enrichPort()}, {"store-service", settings.storePort()}}) {
            String url = "http://127.0.0.1:" + service[1];
            String health = health(url);
            allUp &= line(out, (String) service[0], health, url,
                    settings.dataDir().resolve("logs").resolve(service[0] + ".log").toString(), health.equals("UP"));
        }
        if (kafkaUp) {
            try {
                kafkaFigures(out);
            } catch (ExecutionException | TimeoutException e) {
                err.println("newswire status: cannot read consumer lag from Kafka: " + e.getMessage());
                allUp = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        return allUp ? 0 : 1;
    }

    private static boolean line(PrintStream out, String part, String state, String address, String log, boolean up) {
        out.printf("%-15s %-12s %-38s %s%n", part, state, address, log);
        return up;
    }

    private void kafkaFigures(PrintStream out) throws ExecutionException, TimeoutException, InterruptedException {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + settings.kafkaPort());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis() * 2);
        try (Admin admin = Admin.create(config)) {
            List<String> topics = List.of(Topics.ARTICLES_INGESTED, Topics.ARTICLES_ENRICHED,
                    Topics.ARTICLES_INGESTED_DLT, Topics.ARTICLES_ENRICHED_DLT);
            Map<String, Map<TopicPartition, long[]>> bounds = new HashMap<>();
            var existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            for (String topic : topics) {
                if (existing.contains(topic)) {
                    bounds.put(topic, bounds(admin, topic));
                }
            }
            out.println();
            out.printf("%-22s %-15s %s%n", "TOPIC", "CONSUMER", "LAG");
            for (String[] consumer : CONSUMERS) {
                Map<TopicPartition, long[]> partitions = bounds.getOrDefault(consumer[0], Map.of());
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(consumer[1])
                        .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                long lag = 0;
                for (var partition : partitions.entrySet()) {
                    OffsetAndMetadata offset = committed.get(partition.getKey());
                    lag += partition.getValue()[1] - (offset == null ? partition.getValue()[0] : offset.offset());
                }
                out.printf("%-22s %-15s %d%n", consumer[0], consumer[1], lag);
            }
            out.println();
            out.printf("%-22s %s%n", "DEAD-LETTER TOPIC", "RECORDS");
            for (String topic : List.of(Topics.ARTICLES_INGESTED_DLT, Topics.ARTICLES_ENRICHED_DLT)) {
                long held = 0;
                for (long[] range : bounds.getOrDefault(topic, Map.of()).values()) {
                    held += range[1] - range[0];
                }
                out.printf("%-22s %d%n", topic, held);
            }
        }
    }

    /** Earliest and latest offset of each partition of the topic. */
    private static Map<TopicPartition, long[]> bounds(Admin admin, String topic)
            throws ExecutionException, TimeoutException, InterruptedException {
        var description = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
        List<TopicPartition> partitions = new ArrayList<>();
        description.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> {
            earliest.put(p, OffsetSpec.earliest());
            latest.put(p, OffsetSpec.latest());
        });
        var first = admin.listOffsets(earliest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        var last = admin.listOffsets(latest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, long[]> bounds = new HashMap<>();
        for (TopicPartition partition : partitions) {
            bounds.put(partition, new long[] {first.get(partition).offset(), last.get(partition).offset()});
        }
        return bounds;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The service's own health status (UP, DOWN, ...), or "unreachable". */
    private String health(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            Matcher status = STATUS.matcher(response.body());
            return status.find() ? status.group(1) : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unreachable";
        }
    }
}
