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
 * {@code newswire ingest [--dry-run] FILE|DIR|URL...}: posts each file (articles as text, HTML, JSON, NDJSON or ninjs;
 * feeds as .xml, .rss, .atom, .rdf or a JSON Feed) to a running ingest-service (and has ingest import each feed URL
 * once); in a directory, files of other types are skipped, each named on stderr. It prints one line
 * per article on stdout ({@code STATUS<TAB>ID<TAB>FILE}); problems, progress (on a terminal) and a summary go to
 * stderr. With {@code --dry-run} it prints the {@code ArticleIngested} events ingest would publish, as JSON Lines,
 * and nothing is published. Exit 0 when every file was accepted, 1 when any was rejected or could not be sent,
 * 2 on a usage error.
 */
final class IngestCommand {

    /** File name endings read, and how each is posted (a .json file may still turn out ninjs or a JSON Feed). */
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "txt", "text/plain; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "htm", "text/html; charset=utf-8",
            "json", "application/json",
            "ndjson", "application/x-ndjson",
            "jsonl", "application/x-ndjson",
            "xml", "application/xml",
            "rss", "application/rss+xml",
            "atom", "application/atom+xml",
            "rdf", "application/rdf+xml");
    private static final String SUPPORTED = CONTENT_TYPES.keySet().stream().sorted().map(ending -> "." + ending)
            .collect(java.util.stream.Collectors.joining(", "));

    private final URI endpoint;
    private final URI feedImport;
    /** The API key sent with each request ({@code NEWSWIRE_API_KEY}), or null when ingest needs none. */
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    IngestCommand(Map<String, String> env) {
        String base = env.getOrDefault("NEWSWIRE_INGEST_URL",
                "http://127.0.0.1:" + env.getOrDefault("NEWSWIRE_INGEST_PORT", "8081"));
        this.endpoint = URI.create(base.replaceAll("/+$", "") + "/api/articles");
        this.feedImport = URI.create(base.replaceAll("/+$", "") + "/api/feeds/import");
        String key = env.get("NEWSWIRE_API_KEY");
        this.apiKey = key == null || key.isBlank() ? null : key.strip();
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        boolean dryRun = false;
        List<String> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.startsWith("-")) {
                err.println("newswire ingest: unknown option " + arg);
                paths.clear();
                break;
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) {
            err.println("usage: newswire ingest [--dry-run] FILE|DIR|FEED-URL...");
            return 2;
        }
        List<Path> files = new ArrayList<>();
        List<String> feeds = new ArrayList<>();
        int skipped = 0;
        boolean emptyDirectory = false;
        for (String arg : paths) {
            if (arg.startsWith("http://") || arg.startsWith("https://")) {
                feeds.add(arg);
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(path)) {
                    found = walk.filter(Files::isRegularFile).sorted().toList();
                } catch (IOException e) {
                    err.println("newswire ingest: " + arg + ": cannot read directory: " + e.getMessage());
                    return 1;
                }
                int before = files.size();
                for (Path file : found) {
                    if (contentType(file) != null) {
                        files.add(file);
                    } else {
                        err.println("newswire ingest: " + file + ": skipped: not a file type ingest reads (" + SUPPORTED
                                + ")");
                        skipped++;
                    }
                }
                if (files.size() == before) {
                    err.println("newswire ingest: " + arg + ": no file to ingest in the directory");
                    emptyDirectory = true;
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                err.println("newswire ingest: " + arg + ": no such file or directory");
                return 2;
            }
        }
        var progress = new Progress(files.size() + feeds.size(), err,
                System.console() != null && files.size() + feeds.size() > 1);
        for (String feed : feeds) {
            progress.show();
            String request = json.createObjectNode().put("url", feed).toString();
            try {
                send(request(dryRun ? URI.create(feedImport + "?dryRun=true") : feedImport)
                        .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(request)).build(), feed, dryRun, progress, out, err);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        for (Path file : files) {
            progress.show();
            String type = contentType(file);
            if (type == null) {
                progress.clear();
                err.println("newswire ingest: " + file + ": unsupported file type (use " + SUPPORTED + ")");
                progress.rejected++;
                continue;
            }
            try {
                byte[] content = Files.readAllBytes(file);
                send(request(dryRun ? URI.create(endpoint + "?dryRun=true") : endpoint)
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", refine(type, content))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), file.toString(), dryRun,
                        progress, out, err);
            } catch (IOException e) {
                progress.clear();
                err.println("newswire ingest: " + file + ": " + e.getMessage());
                progress.failed++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        progress.clear();
        err.println("newswire ingest: " + progress.summary(dryRun) + (skipped == 0 ? "" : ", " + skipped
                + " file(s) skipped"));
        return progress.rejected + progress.failed == 0 && !emptyDirectory ? 0 : 1;
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        return apiKey == null ? request : request.header("X-API-Key", apiKey);
    }

    /** Sends one request and reports its articles (or, in a dry run, the events) under {@code name}. */
    private void send(HttpRequest request, String name, boolean dryRun, Progress progress, PrintStream out,
            PrintStream err) throws InterruptedException {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            progress.clear();
            if (response.statusCode() / 100 != 2) {
                err.println("newswire ingest: " + name + ": rejected (" + response.statusCode() + "): "
                        + problem(response.body()) + (response.statusCode() == 401
                        ? (apiKey == null ? "; set NEWSWIRE_API_KEY to the key ingest-service was given"
                        : "; check NEWSWIRE_API_KEY") : ""));
                progress.rejected++;
            } else if (dryRun) {
                out.print(response.body().endsWith("\n") || response.body().isEmpty() ? response.body()
                        : response.body() + "\n");
                progress.accepted++;
            } else {
                for (JsonNode article : json.readTree(response.body()).path("articles")) {
                    String status = article.path("status").asString();
                    out.println(status + "\t" + article.path("id").asString() + "\t" + name);
                    if ("unchanged".equals(status)) {
                        progress.unchanged++;
                    } else {
                        progress.accepted++;
                    }
                }
            }
        } catch (IOException e) {
            progress.clear();
            err.println("newswire ingest: " + name + ": " + (e instanceof java.net.ConnectException
                    ? "cannot reach ingest-service at " + request.uri().resolve("/") + "; is './newswire up' running?"
                    : e.getMessage()));
            progress.failed++;
        }
    }

    /**
     * A JSON file holding IPTC ninjs (a headline, no title) goes to ingest as ninjs, one whose {@code version} is a
     * JSON Feed version URL as a feed.
     */
    private String refine(String type, byte[] content) {
        if (!type.equals("application/json")) {
            return type;
        }
        try {
            JsonNode node = json.readTree(content);
            if (node.path("version").asString("").matches("(?i)https?://(www\\.)?jsonfeed\\.org/version/.*")) {
                return "application/feed+json";
            }
            JsonNode first = node.isArray() && !node.isEmpty() ? node.get(0) : node;
            boolean ninjs = !first.has("title") && (first.has("headline") || first.has("headlines")
                    || first.has("body_text") || first.has("bodyText") || first.has("body_html"));
            return ninjs ? "application/ninjs+json" : type;
        } catch (RuntimeException notJson) {
            return type;
        }
    }

    /** Counts per outcome, and a one-line progress display on a terminal. */
    private static final class Progress {

        private final int total;
        private final PrintStream err;
        private final boolean visible;
        private int done = -1;
        int accepted;
        int unchanged;
        int rejected;
        int failed;

        Progress(int total, PrintStream err, boolean visible) {
            this.total = total;
            this.err = err;
            this.visible = visible;
        }

        void show() {
            done++;
            if (visible) {
                int width = 30;
                int filled = total == 0 ? width : done * width / total;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " files  "
                        + accepted + " accepted, " + unchanged + " unchanged, " + (rejected + failed) + " rejected");
                err.flush();
            }
        }

        void clear() {
            if (visible) {
                err.print("\r\033[K");
            }
        }

        String summary(boolean dryRun) {
            return dryRun
                    ? accepted + " read (dry run, nothing published), " + rejected + " rejected, " + failed + " failed"
                    : accepted + " accepted, " + unchanged + " unchanged (duplicates), " + rejected + " rejected, "
                            + failed + " failed";
        }
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
