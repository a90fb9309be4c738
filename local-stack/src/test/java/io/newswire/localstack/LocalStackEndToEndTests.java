package io.newswire.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline as {@code ./newswire up} runs it: the sample article posted with {@code newswire ingest} comes
 * back out of the store's query API with its entities and statements.
 */
class LocalStackEndToEndTests {

    private static final Path SAMPLE = Path.of("src/test/resources/samples/vice-canada-soleimani.txt");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    void sampleArticlePostedWithTheCommandLineIsQueryableByEntityAndSpeaker() throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = new IngestCommand(Map.of("NEWSWIRE_INGEST_PORT", String.valueOf(settings.ingestPort())))
                .run(new String[] {SAMPLE.toString()}, new PrintStream(out, true), new PrintStream(err, true));

        assertThat(exit).as(err.toString()).isZero();
        String[] line = out.toString().strip().split("\t");
        assertThat(line).hasSize(3);
        assertThat(line[0]).isEqualTo("accepted");
        String id = line[1];

        JsonNode articles = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> get("/api/articles?entity=" + encode("Jagmeet Singh")),
                        found -> found.path("items").size() > 0);
        JsonNode stored = articles.path("items").get(0);
        assertThat(stored.path("article").path("id").asString()).isEqualTo(id);
        assertThat(stored.path("article").path("title").asString())
                .isEqualTo("Canada Calls for De-Escalation After Top Iran General Soleimani Assassinated by US");
        assertThat(names(stored.path("enrichment").path("entities")))
                .contains("Jagmeet Singh", "François-Philippe Champagne", "Canada");

        JsonNode statements = get("/api/statements?speaker=" + encode("Jagmeet Singh"));
        assertThat(statements.path("items").size()).isGreaterThanOrEqualTo(2);
        assertThat(statements.path("items").get(0).toString()).contains(id);

        assertThat(get("/api/articles/" + id).path("article").path("byline").get(0).asString())
                .isEqualTo("Mack Lamoureux");
        assertThat(dataDir.resolve("ingest").resolve("published-versions.tsv")).as("ingest's state in the data folder")
                .content().contains(id);
    }

    @Test
    void repostingTheSameFileIsReportedUnchanged() throws Exception {
        var command = new IngestCommand(Map.of("NEWSWIRE_INGEST_PORT", String.valueOf(settings.ingestPort())));
        var sink = new PrintStream(new ByteArrayOutputStream(), true);
        command.run(new String[] {SAMPLE.toString()}, sink, sink);
        var out = new ByteArrayOutputStream();

        int exit = command.run(new String[] {SAMPLE.toString()}, new PrintStream(out, true), sink);

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("unchanged\t");
    }

    @Test
    void dryRunPrintsTheEventThatWouldBePublished() throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = new IngestCommand(Map.of("NEWSWIRE_INGEST_PORT", String.valueOf(settings.ingestPort())))
                .run(new String[] {"--dry-run", SAMPLE.toString()}, new PrintStream(out, true), new PrintStream(err, true));

        assertThat(exit).as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode event = JSON.readTree(lines[0]);
        assertThat(event.path("article").path("byline").get(0).asString()).isEqualTo("Mack Lamoureux");
        assertThat(event.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(err.toString()).contains("dry run, nothing published");
    }

    @Test
    void aFeedFileInADryRunGivesTheEventsOfTheSameFeedPostedAsRss(@TempDir Path folder) throws Exception {
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Valley Courier</title>
                <item><title>Ferry timetable cut for winter</title><guid>ferry-winter-3</guid>
                  <link>https://valley.example/ferry-winter</link><pubDate>Tue, 01 Dec 2026 08:30:00 GMT</pubDate>
                  <description>The island ferry will run four times a day instead of six from January, the operator
                  said on Tuesday, citing falling winter traffic.</description></item>
                <item><title>Market hall reopens</title><guid>market-hall-4</guid>
                  <link>https://valley.example/market-hall</link>
                  <description>The market hall reopened on Monday after a year of repairs to its roof.</description></item>
                </channel></rss>
                """;
        Path file = Files.writeString(folder.resolve("courier.rss"), feed);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int exit = new IngestCommand(Map.of("NEWSWIRE_INGEST_PORT", String.valueOf(settings.ingestPort())))
                .run(new String[] {"--dry-run", file.toString()}, new PrintStream(out, true), new PrintStream(err, true));
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + settings.ingestPort() + "/api/articles?dryRun=true"))
                .header("Content-Type", "application/rss+xml").POST(HttpRequest.BodyPublishers.ofString(feed)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(articlesWithoutIngestTime(out.toString())).as("the CLI's articles are the API's")
                .isEqualTo(articlesWithoutIngestTime(posted.body())).hasSize(2);
        assertThat(out.toString().lines().map(l -> JSON.readTree(l).path("article").path("title").asString()))
                .containsExactlyInAnyOrder("Ferry timetable cut for winter", "Market hall reopens");
    }

    /** The articles of dry-run events, without what differs from one run to the next (event id and times). */
    private static List<JsonNode> articlesWithoutIngestTime(String ndjson) {
        return ndjson.lines().map(line -> {
            var article = (tools.jackson.databind.node.ObjectNode) JSON.readTree(line).get("article");
            article.remove("ingestedAt");
            return (JsonNode) article;
        }).toList();
    }

    @Test
    void statusReportsEveryPartLagAndDeadLetters() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int exit = new StatusCommand(settings).run(new PrintStream(out, true), new PrintStream(err, true));

        assertThat(exit).as(out + err.toString()).isZero();
        assertThat(out.toString().lines()).anySatisfy(line -> assertThat(line).startsWith("kafka").contains(" up "))
                .anySatisfy(line -> assertThat(line).startsWith("store-service").contains(" UP ")
                        .endsWith(dataDir.resolve("logs").resolve("store-service.log").toString()))
                .anySatisfy(line -> assertThat(line).matches("articles-enriched\\s+store-service\\s+\\d+"))
                .anySatisfy(line -> assertThat(line).matches("articles-ingested-dlt\\s+\\d+"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void ninjsFileIsRecognisedAndAccepted() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = new IngestCommand(Map.of("NEWSWIRE_INGEST_PORT", String.valueOf(settings.ingestPort())))
                .run(new String[] {"src/test/resources/ninjs/dpa_text.json"}, new PrintStream(out, true),
                        new PrintStream(err, true));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).matches("(accepted|unchanged)\t[0-9a-f]{32}\t.*dpa_text.json\n");
    }

    @Test
    void feedFilesAreIngestedAndAFolderNamesTheFilesItSkips(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("saved-feed.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Valley Courier</title>
                <item><title>Library opens late on Thursdays</title><guid>library-hours-7</guid>
                  <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>The central
                  library will stay open until nine on Thursdays from January, the council said on Monday.</p>]]>
                  </content:encoded></item>
                </channel></rss>
                """);
        Files.writeString(folder.resolve("feed.json"), """
                {"version": "https://jsonfeed.org/version/1", "title": "Valley Courier", "items": [
                  {"id": "bridge-9", "title": "Old bridge to close for repairs",
                   "content_text": "The old river bridge will close for six weeks of repairs from March, the county said."}]}
                """);
        Files.writeString(folder.resolve("notes.pdf"), "%PDF-1.4");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int exit = new IngestCommand(Map.of("NEWSWIRE_INGEST_PORT", String.valueOf(settings.ingestPort())))
                .run(new String[] {"--dry-run", folder.toString()}, new PrintStream(out, true),
                        new PrintStream(err, true));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().lines().map(l -> JSON.readTree(l).path("article").path("title").asString()))
                .containsExactly("Old bridge to close for repairs", "Library opens late on Thursdays");
        assertThat(err.toString()).contains(folder.resolve("notes.pdf") + ": skipped: not a file type ingest reads")
                .contains("1 file(s) skipped");

        Files.delete(folder.resolve("saved-feed.xml"));
        Files.delete(folder.resolve("feed.json"));
        var nothing = new ByteArrayOutputStream();
        int none = new IngestCommand(Map.of("NEWSWIRE_INGEST_PORT", String.valueOf(settings.ingestPort())))
                .run(new String[] {folder.toString()}, new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(nothing, true));
        assertThat(none).as("a folder with nothing to ingest is a failure").isEqualTo(1);
        assertThat(nothing.toString()).contains(folder + ": no file to ingest in the directory");
    }

    @Test
    void feedUrlOnALoopbackAddressIsRefusedWithTheReason() {
        var err = new ByteArrayOutputStream();
        int exit = new IngestCommand(Map.of("NEWSWIRE_INGEST_PORT", String.valueOf(settings.ingestPort())))
                .run(new String[] {"http://127.0.0.1:9/feed.xml"}, new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("http://127.0.0.1:9/feed.xml: rejected (502)").contains("127.0.0.1");
    }

    @Test
    void ingestCommandRejectsAnUnknownOptionAsAUsageError() {
        var err = new ByteArrayOutputStream();
        int exit = new IngestCommand(Map.of()).run(new String[] {"--publish-twice", SAMPLE.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("unknown option --publish-twice");
    }

    @Test
    void ingestCommandReportsAMissingFileAsAUsageError() {
        var err = new ByteArrayOutputStream();
        int exit = new IngestCommand(Map.of()).run(new String[] {"no-such-file.txt"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-file.txt: no such file or directory");
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + settings.storePort() + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> names(JsonNode entities) {
        List<String> names = new ArrayList<>();
        entities.forEach(e -> names.add(e.path("name").asString()));
        return names;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
