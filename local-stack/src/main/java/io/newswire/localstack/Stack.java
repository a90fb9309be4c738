package io.newswire.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.RetriableException;

/** The whole pipeline on one machine: Kafka broker, MongoDB-compatible store and the three services. */
final class Stack implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    /** store-service's consumer group (its spring.application.name). */
    private static final String STORE_GROUP = "store-service";

    private final List<AutoCloseable> running = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();

    private Stack() {
    }

    /** Starts everything, reporting each step to {@code progress}; on failure stops what it had started. */
    static Stack start(StackSettings settings, Consumer<String> progress) throws Exception {
        return start(settings, progress, false);
    }

    /**
     * Starts everything; with {@code rebuild}, the store's database is first moved aside and store-service reads both
     * topics again from their first record, so the database is rebuilt from what Kafka holds.
     */
    static Stack start(StackSettings settings, Consumer<String> progress, boolean rebuild) throws Exception {
        var stack = new Stack();
        try {
            stack.startAll(settings, progress, rebuild);
            return stack;
        } catch (Exception e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(StackSettings settings, Consumer<String> progress, boolean rebuild) throws Exception {
        checkPortsFree(settings);
        var broker = KafkaBroker.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                settings.kafkaControllerPort(), settings.partitions());
        running.add(broker);
        progress.accept("kafka      listening on " + broker.bootstrapServers() + " (KRaft, log in "
                + settings.dataDir().resolve("kafka") + ")");

        if (rebuild) {
            forgetStoreOffsets(broker.bootstrapServers());
            Path mongoDir = settings.dataDir().resolve("mongo");
            if (Files.exists(mongoDir)) {
                Path aside = settings.dataDir().resolve("mongo.before-rebuild-" + LocalDateTime.now()
                        .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Files.move(mongoDir, aside);
                progress.accept("rebuild    the old database is kept in " + aside + "; store-service replays "
                        + "articles-ingested and articles-enriched from their first record");
            }
        }
        var mongo = MongoStore.start(settings.dataDir().resolve("mongo"), settings.mongoPort());
        running.add(mongo);
        progress.accept("mongodb    listening on " + mongo.uri("newswire") + " (embedded, data in "
                + settings.dataDir().resolve("mongo") + ")");

        // the services keep their state (ingest's feeds, validators, dedupe memory) under the stack's data folder
        Map<String, String> kafka = Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "NEWSWIRE_KAFKA_PARTITIONS", String.valueOf(settings.partitions()),
                "NEWSWIRE_DATA_DIR", settings.dataDir().toString());
        var withKey = new java.util.HashMap<>(kafka);
        String apiKey = System.getenv("NEWSWIRE_API_KEY");
        if (apiKey != null && !apiKey.isBlank() && System.getenv("NEWSWIRE_SECURITY_APIKEYS") == null) {
            // one key for the local stack: ingest's writes (and the store's queries, with
            // NEWSWIRE_SECURITY_PROTECTQUERIES=true) need it, and ./newswire ingest sends it
            withKey.put("NEWSWIRE_SECURITY_APIKEYS", apiKey.strip());
        }
        var withMongo = new java.util.HashMap<>(withKey);
        withMongo.put("SPRING_MONGODB_URI", mongo.uri("newswire"));
        var logs = settings.dataDir().resolve("logs");
        service(settings, "ingest-service", settings.ingestPort(), "512m", withKey);
        service(settings, "enrich-service", settings.enrichPort(), "3g", kafka);
        service(settings, "store-service", settings.storePort(), "1g", withMongo);
        for (ServiceProcess service : services) {
            service.awaitHealthy(STARTUP_TIMEOUT);
            progress.accept(String.format("%-14s listening on %s (log in %s)", service.name(), service.url(),
                    logs.resolve(service.name() + ".log")));
        }
    }

    /**
     * Deletes store-service's consumer group, so that it reads its topics from the start (auto-offset-reset
     * earliest). Right after the broker starts its group coordinator may still be loading, so this retries for up
     * to a minute; a group that never existed is fine.
     */
    private static void forgetStoreOffsets(String bootstrapServers) throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (true) {
                try {
                    admin.deleteConsumerGroups(List.of(STORE_GROUP)).all().get(30, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof GroupIdNotFoundException) {
                        return;
                    }
                    if (!(e.getCause() instanceof RetriableException)
                            || System.nanoTime() > deadline) {
                        throw new IOException("cannot reset store-service's offsets for the rebuild: "
                                + e.getCause().getMessage(), e);
                    }
                    Thread.sleep(500);
                }
            }
        }
    }

    /**
     * Fails with one line naming the first port that is taken, before anything starts: Kafka would otherwise print
     * stack traces and halt the JVM.
     */
    private static void checkPortsFree(StackSettings settings) throws IOException {
        Object[][] ports = {{"NEWSWIRE_KAFKA_PORT", settings.kafkaPort()},
                {"NEWSWIRE_KAFKA_CONTROLLER_PORT", settings.kafkaControllerPort()},
                {"NEWSWIRE_MONGO_PORT", settings.mongoPort()}, {"NEWSWIRE_INGEST_PORT", settings.ingestPort()},
                {"NEWSWIRE_ENRICH_PORT", settings.enrichPort()}, {"NEWSWIRE_STORE_PORT", settings.storePort()}};
        for (Object[] port : ports) {
            try (var socket = new java.net.ServerSocket()) {
                socket.bind(new java.net.InetSocketAddress("127.0.0.1", (Integer) port[1]));
            } catch (IOException e) {
                throw new IOException("127.0.0.1:" + port[1] + " is already in use (is a stack running? see "
                        + "./newswire status); set " + port[0] + " to a free port");
            }
        }
    }

    private void service(StackSettings settings, String name, int port, String heap, Map<String, String> env)
            throws IOException {
        var service = ServiceProcess.start(name, settings.servicesDir().resolve(name + "-exec.jar"), port, heap, env,
                settings.dataDir().resolve("logs").resolve(name + ".log"));
        running.add(service);
        services.add(service);
    }

    /** The service processes, in order of start. */
    List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** Stops the services first, then the store and the broker, in reverse order of start. */
    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                System.err.println("newswire: while stopping: " + e.getMessage());
            }
        }
        running.clear();
    }
}
