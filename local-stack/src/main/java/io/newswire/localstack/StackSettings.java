package io.newswire.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it uses; read from {@code NEWSWIRE_*} environment variables.
 */
record StackSettings(Path dataDir, Path servicesDir, int kafkaPort, int kafkaControllerPort, int mongoPort,
        int ingestPort, int enrichPort, int storePort, int partitions) {

    static StackSettings fromEnvironment(Map<String, String> env, Path servicesDir) {
        return new StackSettings(
                Path.of(env.getOrDefault("NEWSWIRE_DATA_DIR", "data")).toAbsolutePath(),
                Path.of(env.getOrDefault("NEWSWIRE_SERVICES_DIR", servicesDir.toString())).toAbsolutePath(),
                port(env, "NEWSWIRE_KAFKA_PORT", 9092),
                port(env, "NEWSWIRE_KAFKA_CONTROLLER_PORT", 9093),
                port(env, "NEWSWIRE_MONGO_PORT", 27017),
                port(env, "NEWSWIRE_INGEST_PORT", 8081),
                port(env, "NEWSWIRE_ENRICH_PORT", 8082),
                port(env, "NEWSWIRE_STORE_PORT", 8083),
                number(env, "NEWSWIRE_PARTITIONS", 6, 1, 1000));
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        return number(env, name, fallback, 1, 65535);
    }

    private static int number(Map<String, String> env, String name, int fallback, int min, int max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the variable's name
        }
        throw new IllegalArgumentException(name + " must be a number from " + min + " to " + max + ", not '" + value + "'");
    }
}
