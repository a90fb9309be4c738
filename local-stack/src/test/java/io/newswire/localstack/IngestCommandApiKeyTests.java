package io.newswire.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newswire ingest} sends NEWSWIRE_API_KEY, and says what to do when ingest refuses it. */
class IngestCommandApiKeyTests {

    private static final String KEY = "desk-key-0123456789abcdef";

    private HttpServer ingest;
    private final List<String> keysSeen = new ArrayList<>();

    @TempDir
    Path folder;

    @BeforeEach
    void startAnIngestThatWantsAKey() throws IOException {
        ingest = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ingest.createContext("/api/articles", exchange -> {
            String key = exchange.getRequestHeaders().getFirst("X-API-Key");
            keysSeen.add(String.valueOf(key));
            byte[] body = KEY.equals(key)
                    ? "{\"articles\":[{\"status\":\"published\",\"id\":\"a1\"}]}".getBytes(StandardCharsets.UTF_8)
                    : (key == null ? "{\"status\":401,\"detail\":\"this request changes data and needs an API key\"}"
                            : "{\"status\":401,\"detail\":\"the API key is not one this service accepts\"}")
                            .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(KEY.equals(key) ? 202 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        ingest.start();
    }

    @AfterEach
    void stop() {
        ingest.stop(0);
    }

    @Test
    void sendsTheKeyAndIsAccepted() throws IOException {
        var run = run(Map.of("NEWSWIRE_API_KEY", KEY));

        assertThat(run.exit).isZero();
        assertThat(keysSeen).containsExactly(KEY);
        assertThat(run.out).isEqualTo("published\ta1\t" + folder.resolve("story.txt") + "\n");
    }

    @Test
    void withoutAKeyTheRefusalSaysWhichVariableToSet() throws IOException {
        var run = run(Map.of());

        assertThat(run.exit).isEqualTo(1);
        assertThat(keysSeen).containsExactly("null");
        assertThat(run.err).contains("rejected (401): this request changes data and needs an API key; set "
                + "NEWSWIRE_API_KEY to the key ingest-service was given");
    }

    @Test
    void aWrongKeyIsNamedAsSuch() throws IOException {
        var run = run(Map.of("NEWSWIRE_API_KEY", "someone-elses-key-000000"));

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("is not one this service accepts; check NEWSWIRE_API_KEY");
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(Map<String, String> key) throws IOException {
        Path story = Files.writeString(folder.resolve("story.txt"), "Ferry crews strike\n\nThe union said so.");
        var env = new java.util.HashMap<>(key);
        env.put("NEWSWIRE_INGEST_URL", "http://127.0.0.1:" + ingest.getAddress().getPort());
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = new IngestCommand(env).run(new String[] {story.toString()}, new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
