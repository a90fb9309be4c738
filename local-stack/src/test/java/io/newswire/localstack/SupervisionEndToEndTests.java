package io.newswire.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./newswire up}'s supervision on the real stack: store-service killed with SIGKILL comes back on its own,
 * ingest keeps accepting meanwhile, and what was accepted while the store was down is stored once it is back.
 */
class SupervisionEndToEndTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    private static Stack stack;
    private static StackSettings settings;

    @BeforeAll
    static void startStack() throws Exception {
        settings = TestStacks.settings(dataDir);
        stack = Stack.start(settings, System.out::println);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aKilledServiceIsRestartedAndWhatWasAcceptedMeanwhileIsStored() throws Exception {
        List<String> console = new CopyOnWriteArrayList<>();
        var supervisor = new Supervisor(stack.services(), console::add, Instant.now());
        ServiceProcess store = stack.services().stream().filter(s -> s.name().equals("store-service")).findFirst()
                .orElseThrow();

        ProcessHandle.of(store.pid()).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> !store.isAlive());
        supervisor.check(Instant.now());
        HttpResponse<String> accepted = post("Harbour ferry strike called off\n\nThe ferry crews' union called off "
                + "Friday's strike on Tuesday after the operator raised its pay offer, union leader Tom Vance said.");

        assertThat(accepted.statusCode()).as("ingest keeps serving while the store is down: %s", accepted.body())
                .isEqualTo(202);
        assertThat(console).singleElement().asString().startsWith("store-service exited with status 137; restarting in 1 s");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            supervisor.check(Instant.now());
            return console.contains("store-service is back on " + store.url());
        });
        assertThat(console).contains("store-service restarted (restart 1)");
        String id = accepted.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f]+)\".*", "$1");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> get(store.url() + "/api/articles/" + id).statusCode() == 200);
        String log = Files.readString(store.log());
        assertThat(log).as("the log is appended to, never overwritten")
                .contains("=== newswire: starting store-service")
                .contains("=== newswire: restarting after exit status 137 store-service");
    }

    private static HttpResponse<String> post(String text) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + settings.ingestPort() + "/api/articles"))
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(text))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
