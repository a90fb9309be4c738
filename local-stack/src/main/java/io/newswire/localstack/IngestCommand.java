package io.newswire.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code newswire ingest FILE|DIR...}: posts each file to a running ingest-service and prints one line per
 * article on stdout ({@code STATUS<TAB>ID<TAB>FILE}); problems go to stderr. Exit 0 when every file was
 * accepted, 1 when any was rejected or could not be sent, 2 on a usage error.
 */
final class IngestCommand {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "txt", "text/plain; charset=utf-8",
            "json", "application/json",
            "ndjson", "application/x-ndjson",
            "jsonl", "application/x-ndjson");

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    IngestCommand(Map<String, String> env) {
        String base = env.getOrDefault("NEWSWIRE_INGEST_URL",
                "http://127.0.0.1:" + env.getOrDefault("NEWSWIRE_INGEST_PORT", "8081"));
        this.endpoint = URI.create(base.replaceAll("/+$", "") + "/api/articles");
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: newswire ingest FILE|DIR...");
            return 2;
        }
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> contentType(p) != null).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("newswire ingest: " + arg + ": cannot read directory: " + e.getMessage());
                    return 1;
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                err.println("newswire ingest: " + arg + ": no such file or directory");
                return 2;
            }
        }
        int accepted = 0;
        int unchanged = 0;
        int failed = 0;
        for (Path file : files) {
            String type = contentType(file);
            if (type == null) {
                err.println("newswire ingest: " + file + ": unsupported file type (use .txt, .json, .ndjson or .jsonl)");
                failed++;
                continue;
            }
            try {
                var response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 2) {
                    err.println("newswire ingest: " + file + ": rejected (" + response.statusCode() + "): "
                            + problem(response.body()));
                    failed++;
                    continue;
                }
                for (JsonNode article : json.readTree(response.body()).path("articles")) {
                    String status = article.path("status").asString();
                    out.println(status + "\t" + article.path("id").asString() + "\t" + file);
                    if ("unchanged".equals(status)) {
                        unchanged++;
                    } else {
                        accepted++;
                    }
                }
            } catch (IOException e) {
                err.println("newswire ingest: " + file + ": cannot reach ingest-service at " + endpoint + " ("
                        + e.getMessage() + "); is './newswire up' running?");
                failed++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        err.println("newswire ingest: " + accepted + " accepted, " + unchanged + " unchanged, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    private String problem(String body) {
        try {
            JsonNode node = json.readTree(body);
            String detail = node.path("detail").asString("");
            return detail.isEmpty() ? node.path("title").asString(body) : detail;
        } catch (RuntimeException notJson) {
            return body.strip();
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : CONTENT_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
