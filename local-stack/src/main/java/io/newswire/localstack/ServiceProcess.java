package io.newswire.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Newswire service running as a child JVM, its output appended to a log file that is rotated at each start once
 * it passes {@value #ROTATE_BYTES} bytes (five old logs kept: {@code NAME.log.1} the newest); it can be started
 * again after it died.
 */
final class ServiceProcess implements AutoCloseable {

    static final long ROTATE_BYTES = 20L * 1024 * 1024;
    private static final int KEPT_LOGS = 5;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final ProcessBuilder builder;
    private volatile Process process;

    private ServiceProcess(String name, int port, Path log, ProcessBuilder builder) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.builder = builder;
    }

    /**
     * Starts {@code java -jar jar} with the given heap and environment; stdout and stderr are appended to {@code log}.
     */
    static ServiceProcess start(String name, Path jar, int port, String maxHeap, Map<String, String> environment,
            Path log) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(name + ": no service jar at " + jar + " (build with ./mvnw -DskipTests package)");
        }
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-jar");
        command.add(jar.toString());
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        var service = new ServiceProcess(name, port, log, builder);
        service.launch("starting");
        return service;
    }

    /** Starts the service again after it exited, noting why in its log. */
    void restart(String reason) throws IOException {
        launch("restarting after " + reason);
    }

    private void launch(String what) throws IOException {
        rotateLog();
        Files.writeString(log, "=== newswire: " + what + " " + name + " at " + Instant.now() + " ===\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        process = builder.start();
    }

    private void rotateLog() throws IOException {
        rotate(log, ROTATE_BYTES);
    }

    /** Moves a log past {@code limit} bytes to {@code NAME.log.1}, shifting the older ones and dropping the oldest. */
    static void rotate(Path log, long limit) throws IOException {
        if (!Files.exists(log) || Files.size(log) < limit) {
            return;
        }
        Files.deleteIfExists(rotated(log, KEPT_LOGS));
        for (int i = KEPT_LOGS - 1; i >= 1; i--) {
            if (Files.exists(rotated(log, i))) {
                Files.move(rotated(log, i), rotated(log, i + 1));
            }
        }
        Files.move(log, rotated(log, 1));
    }

    private static Path rotated(Path log, int generation) {
        return log.resolveSibling(log.getFileName() + "." + generation);
    }

    /** The operating system's id of the running process. */
    long pid() {
        return process.pid();
    }

    /** The exit status of the last run; only meaningful once {@link #isAlive()} is false. */
    int exitValue() {
        return process.exitValue();
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Whether {@code /actuator/health} answers 200 now. */
    boolean isHealthy() throws InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).timeout(Duration.ofSeconds(2))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        }
    }

    /** Waits until {@code /actuator/health} answers 200; fails early if the process dies. */
    void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with status " + process.exitValue() + "; see " + log);
            }
            if (isHealthy()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException(name + " did not become healthy within " + timeout.toSeconds() + " s; see " + log);
    }

    /** Asks the service to stop (SIGTERM, so Spring shuts down gracefully), then forces it after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
