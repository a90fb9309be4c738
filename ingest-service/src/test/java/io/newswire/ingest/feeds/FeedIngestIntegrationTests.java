package io.newswire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newswire.events.Topics;
import io.newswire.ingest.IngestApplication;
import io.newswire.testsupport.TestInfrastructure;
import io.newswire.testsupport.TopicReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds served by a local HTTP server are polled by the running service and land on {@code articles-ingested} of a
 * real broker; the subscription API is exercised over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newswire.ingest.fetch.allow-private-addresses=true",
        "newswire.ingest.poll.min-interval=100ms",
        "newswire.ingest.poll.max-backoff=1s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedIngestIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final FeedServer SERVER = new FeedServer();
    private static final Path STATE_DIR = temporaryDirectory();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("newswire.ingest.state-dir", STATE_DIR::toString);
        String[][] configured = {{"rss", "/rss.xml"}, {"atom", "/atom.xml"}, {"jsonfeed", "/feed.json"}};
        for (int i = 0; i < configured.length; i++) {
            String[] feed = configured[i];
            registry.add("newswire.ingest.feeds[" + i + "].id", () -> feed[0]);
            registry.add("newswire.ingest.feeds[" + i + "].url", () -> SERVER.url(feed[1]));
            registry.add("newswire.ingest.feeds[" + i + "].interval", () -> "200ms");
        }
    }

    @LocalServerPort
    int port;

    private RestClient http;
    private TopicReader topic;

    @BeforeAll
    void connect() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
        topic = TopicReader.fromBeginning(Topics.ARTICLES_INGESTED);
    }

    @AfterAll
    void disconnect() {
        topic.close();
        SERVER.stop();
    }

    @Test
    void publishesTheItemsOfRssAtomAndJsonFeedsKeyedByArticleId() {
        Map<String, Integer> expectedItems = Map.of("rss", 4, "atom", 2, "jsonfeed", 2);
        Map<String, String> expectedKinds = Map.of("rss", "rss", "atom", "atom", "jsonfeed", "jsonfeed");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> expectedItems.forEach(
                (feed, count) -> assertThat(recordsFromFeed(feed)).as(feed).hasSize(count)));

        for (String feed : expectedItems.keySet()) {
            for (ConsumerRecord<String, String> record : recordsFromFeed(feed)) {
                JsonNode article = JSON.readTree(record.value()).get("article");
                assertThat(record.key()).isEqualTo(article.get("id").stringValue());
                assertThat(article.get("source").get("kind").stringValue()).isEqualTo(expectedKinds.get(feed));
                assertThat(article.get("source").get("feedUrl").stringValue()).isEqualTo(SERVER.url(
                        Map.of("rss", "/rss.xml", "atom", "/atom.xml", "jsonfeed", "/feed.json").get(feed)));
            }
        }
        JsonNode iran = recordsFromFeed("rss").stream().map(r -> JSON.readTree(r.value()).get("article"))
                .filter(a -> a.get("canonicalUrl").stringValue().endsWith("/iran-talks")).findFirst().orElseThrow();
        assertThat(iran.get("canonicalUrl").stringValue())
                .as("a relative link resolves against the URL the feed was fetched from")
                .isEqualTo(SERVER.url("/world/2026/11/24/iran-talks"));
        assertThat(iran.get("body").stringValue()).isEqualTo(
                "The foreign minister said on Tuesday that talks would resume \u201csoon\u201d.\n\n"
                        + "\"We are ready,\" she told reporters.");
        assertThat(iran.get("byline").toString()).isEqualTo("[\"Jane Doe\",\"Amir Karimi\"]");
        assertThat(iran.get("publishedAt").stringValue()).isEqualTo("2026-11-24T19:05:00Z");
        JsonNode transit = JSON.readTree(recordsFromFeed("jsonfeed").stream()
                .filter(r -> r.value().contains("transit-strike")).findFirst().orElseThrow().value()).get("article");
        assertThat(transit.get("canonicalUrl").stringValue()).isEqualTo(SERVER.url("/2026/11/24/transit-strike"));
    }

    @Test
    void aSecondPollGets304AndPublishesNothing() {
        await().atMost(Duration.ofSeconds(30)).until(() -> status("rss").get("itemsPublished").asLong() == 4);
        int notModifiedBefore = SERVER.notModified("/rss.xml");

        await().atMost(Duration.ofSeconds(30)).until(() -> SERVER.notModified("/rss.xml") > notModifiedBefore);

        JsonNode status = status("rss");
        assertThat(status.get("itemsPublished").asLong()).isEqualTo(4);
        assertThat(status.get("itemsSeen").asLong()).as("a 304 brings no items").isEqualTo(4);
        assertThat(status.get("consecutiveFailures").asInt()).isZero();
        assertThat(status.get("lastError").isNull()).isTrue();
        assertThat(recordsFromFeed("rss")).hasSize(4);
    }

    @Test
    void itemsReservedUnchangedArePublishedOnceAndAChangedItemAgain() {
        SERVER.serve("/no-validators.xml", rss("changing", "https://changing.example.com/story", "Version one."), false);
        subscribe("changing", "/no-validators.xml");
        await().atMost(Duration.ofSeconds(30)).until(() -> status("changing").get("itemsSeen").asLong() >= 3);

        assertThat(status("changing").get("itemsPublished").asLong()).isEqualTo(1);
        assertThat(recordsFromFeed("changing")).hasSize(1);

        SERVER.serve("/no-validators.xml", rss("changing", "https://changing.example.com/story", "Version two."), false);

        await().atMost(Duration.ofSeconds(30)).until(() -> recordsFromFeed("changing").size() == 2);
        List<ConsumerRecord<String, String>> versions = recordsFromFeed("changing");
        assertThat(versions.get(0).key()).isEqualTo(versions.get(1).key());
        assertThat(JSON.readTree(versions.get(1).value()).get("article").get("body").stringValue())
                .isEqualTo("Version two.");
        assertThat(status("changing").get("itemsPublished").asLong()).isEqualTo(2);
    }

    @Test
    void aBrokenFeedShowsItsErrorWhileAnotherKeepsBeingPolled() {
        SERVER.serve("/moved.xml", "<!DOCTYPE html>\n<html><body>Moved</body></html>", true);
        SERVER.serve("/healthy.xml", rss("healthy", "https://healthy.example.com/1", "Fine."), true);
        subscribe("broken", "/moved.xml");
        subscribe("healthy", "/healthy.xml");

        await().atMost(Duration.ofSeconds(30)).until(() -> status("broken").get("consecutiveFailures").asInt() >= 2);
        int healthyRequests = SERVER.requests("/healthy.xml");

        JsonNode broken = status("broken");
        assertThat(broken.get("lastError").stringValue()).isEqualTo("not a feed: root element <html>");
        assertThat(broken.get("lastErrorAt").isNull()).isFalse();
        assertThat(broken.get("lastSuccessAt").isNull()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> SERVER.requests("/healthy.xml") > healthyRequests + 1);
        JsonNode healthy = status("healthy");
        assertThat(healthy.get("consecutiveFailures").asInt()).isZero();
        assertThat(healthy.get("itemsPublished").asLong()).isEqualTo(1);
    }

    @Test
    void theSameArticleFromThreeFeedsAndThePushApiIsPublishedOnce() {
        for (String feed : List.of("a", "b", "c")) {
            SERVER.serve("/dup-" + feed + ".xml", rss("dup", "https://dup.example.com/story?utm_source=feed-" + feed
                    + "&utm_medium=rss", "The same story."), true);
        }
        for (String feed : List.of("a", "b", "c")) {
            subscribe("dup-" + feed, "/dup-" + feed + ".xml");
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> List.of("a", "b", "c").stream()
                .allMatch(feed -> status("dup-" + feed).get("itemsSeen").asLong() >= 1));

        List<ConsumerRecord<String, String>> published = topic.readToEnd().stream()
                .filter(r -> r.value().contains("https://dup.example.com/story")).toList();
        assertThat(published).hasSize(1);
        assertThat(JSON.readTree(published.get(0).value()).get("article").get("canonicalUrl").stringValue())
                .isEqualTo("https://dup.example.com/story");
        assertThat(List.of("a", "b", "c").stream().mapToLong(f -> status("dup-" + f).get("itemsPublished").asLong())
                .sum()).isEqualTo(1);

        String pushed = http.post().uri("/api/articles").contentType(MediaType.APPLICATION_JSON)
                .body("{\"url\": \"https://dup.example.com/story?utm_campaign=push\", \"title\": \"Story\","
                        + " \"body\": \"The same story.\"}")
                .retrieve().body(String.class);
        assertThat(JSON.readTree(pushed).get("articles").get(0).get("status").stringValue()).isEqualTo("unchanged");
        assertThat(topic.readToEnd().stream().filter(r -> r.value().contains("https://dup.example.com/story"))).hasSize(1);
    }

    @Test
    void answersTheSubscriptionApiWithStatusCodesAndProblemDetails() {
        var created = http.post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                .body("{\"url\": \"" + SERVER.url("/api-feed.xml") + "\", \"interval\": \"10m\", \"name\": \"API feed\"}")
                .retrieve().toEntity(String.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = JSON.readTree(created.getBody()).get("id").stringValue();
        assertThat(id).isEqualTo("127.0.0.1-" + SERVER.port() + "-api-feed.xml");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/feeds/" + id);
        assertThat(JSON.readTree(created.getBody()).get("interval").stringValue()).isEqualTo("PT10M");
        assertThat(ids(http.get().uri("/api/feeds").retrieve().body(String.class))).contains(id, "rss", "atom");

        assertProblem(post("{\"id\": \"rss\", \"url\": \"https://example.com/feed\"}"), 409, "id",
                "id: a feed with id 'rss' already exists");
        assertProblem(post("{\"url\": \"not a url\"}"), 422, "url", "url: not an absolute http(s) URL: 'not a url'");
        assertProblem(post("{\"url\": \"https://example.com/feed\", \"interval\": \"10ms\"}"), 422, "interval",
                "interval: must be at least PT0.1S (newswire.ingest.poll.min-interval), was PT0.01S");
        assertThat(post("{not json").getStatusCode().value()).isEqualTo(400);
        assertProblem(http.delete().uri("/api/feeds/rss").retrieve().toEntity(String.class), 409, null,
                "feed 'rss' is configured in newswire.ingest.feeds; remove it from the configuration instead");

        assertThat(http.delete().uri("/api/feeds/{id}", id).retrieve().toEntity(String.class).getStatusCode().value())
                .isEqualTo(204);
        assertProblem(http.get().uri("/api/feeds/{id}", id).retrieve().toEntity(String.class), 404, null,
                "no feed with id '" + id + "'");
        assertThat(http.delete().uri("/api/feeds/{id}", id).retrieve().toEntity(String.class).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void exportsPerFeedMeters() {
        await().atMost(Duration.ofSeconds(30)).until(() -> status("atom").get("itemsPublished").asLong() == 2);

        String prometheus = http.get().uri("/actuator/prometheus").retrieve().body(String.class);

        assertThat(prometheus).contains("newswire_ingest_feed_items_published_total{feed=\"atom\"} 2.0",
                "newswire_ingest_feed_consecutive_failures{feed=\"atom\"} 0.0",
                "newswire_ingest_feed_polls_total{feed=\"atom\",outcome=\"fetched\"} 1.0");
    }

    @Test
    void summaryOnlyItemsGetTheFullTextOfTheirPageAndAFailedPageKeepsTheSummary() {
        SERVER.servePage("/pages/riverside.html", "riverside-council-budget.html");
        String longContent = "<p>" + "This item carries its whole story in the feed. ".repeat(12) + "</p>";
        SERVER.serve("/full-text.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Courier</title>
                <item><title>Council approves budget</title><link>%s</link>
                  <description>Council votes 5-2 after four hours of public comment.</description></item>
                <item><title>Page gone</title><link>%s</link><description>Only this summary survives.</description></item>
                <item><title>Complete in the feed</title><link>%s</link><description>Teaser.</description>
                  <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[%s]]></content:encoded>
                </item>
                </channel></rss>
                """.formatted(SERVER.url("/pages/riverside.html"), SERVER.url("/pages/gone.html"),
                SERVER.url("/pages/complete.html"), longContent), false);
        subscribe("full-text", "/full-text.xml");

        await().atMost(Duration.ofSeconds(30)).until(() -> status("full-text").get("itemsSeen").asLong() >= 9);

        Map<String, JsonNode> byTitle = new java.util.HashMap<>();
        recordsFromFeed("full-text").forEach(r -> {
            JsonNode article = JSON.readTree(r.value()).get("article");
            assertThat(byTitle.put(article.get("title").stringValue(), article)).as("published once").isNull();
        });
        assertThat(byTitle).hasSize(3);
        JsonNode council = byTitle.get("Council approves budget");
        assertThat(council.get("body").stringValue()).startsWith(
                "Riverside City Council approved a $48.2 million operating budget late Tuesday").hasSizeGreaterThan(1000);
        assertThat(council.get("standfirst").stringValue())
                .isEqualTo("Council votes 5-2 after four hours of public comment.");
        assertThat(council.get("byline").toString()).isEqualTo("[\"Karen Mitchell\"]");
        assertThat(council.get("publishedAt").stringValue()).isEqualTo("2025-06-18T13:45:12Z");
        assertThat(council.get("section").stringValue()).isEqualTo("Local News");
        assertThat(council.get("canonicalUrl").stringValue()).as("the item's link stays the identity")
                .isEqualTo(SERVER.url("/pages/riverside.html"));
        assertThat(byTitle.get("Page gone").get("body").stringValue()).isEqualTo("Only this summary survives.");
        assertThat(byTitle.get("Complete in the feed").get("body").stringValue()).startsWith(
                "This item carries its whole story in the feed.");

        assertThat(SERVER.requests("/pages/riverside.html")).as("an unchanged item's page is fetched once").isEqualTo(1);
        assertThat(SERVER.requests("/pages/complete.html")).as("an item with full content needs no page").isZero();
        JsonNode status = status("full-text");
        assertThat(status.get("fullText").asLong()).as("counted every poll, like itemsSeen").isGreaterThanOrEqualTo(3);
        assertThat(status.get("fullTextFailures").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(status.get("lastFullTextError").stringValue())
                .isEqualTo("HTTP 404 from " + SERVER.url("/pages/gone.html"));
        assertThat(status.get("lastError").isNull()).as("a failed page does not fail the poll").isTrue();
    }

    @Test
    void importsAFeedOnceWithFullTextAndADryRunPublishesNothing() {
        SERVER.servePage("/pages/chile.html", "chile-earthquake-jsonld.html");
        SERVER.serve("/import.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Andes Daily</title>
                <item><title>Quake shakes northern Chile</title><link>%s</link>
                  <description>No tsunami threat, officials say.</description></item>
                </channel></rss>
                """.formatted(SERVER.url("/pages/chile.html")), true);
        String request = "{\"url\": \"" + SERVER.url("/import.xml") + "\", \"source\": \"andes\"}";

        var dryRun = importFeed(request, "?dryRun=true");
        assertThat(dryRun.getStatusCode().value()).as(dryRun.getBody()).isEqualTo(200);
        assertThat(dryRun.getHeaders().getContentType()).hasToString("application/x-ndjson");
        List<String> lines = dryRun.getBody().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode wouldBe = JSON.readTree(lines.get(0)).get("article");
        assertThat(wouldBe.get("source").get("id").stringValue()).isEqualTo("andes");
        assertThat(wouldBe.get("body").stringValue()).startsWith("A magnitude 6.1 earthquake struck off the coast");
        assertThat(recordsFromFeed("andes")).as("a dry run publishes nothing").isEmpty();

        var imported = importFeed(request, "");
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(202);
        JsonNode articles = JSON.readTree(imported.getBody()).get("articles");
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).get("id").stringValue()).isEqualTo(wouldBe.get("id").stringValue());
        assertThat(articles.get(0).get("contentHash").stringValue()).isEqualTo(wouldBe.get("contentHash").stringValue());
        assertThat(articles.get(0).get("status").stringValue()).isEqualTo("accepted");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(recordsFromFeed("andes")).singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo(wouldBe.get("id").stringValue())));
        assertThat(JSON.readTree(importFeed(request, "").getBody()).get("articles").get(0).get("status").stringValue())
                .as("importing again publishes nothing new").isEqualTo("unchanged");
        assertThat(ids(http.get().uri("/api/feeds").retrieve().body(String.class))).as("not subscribed")
                .doesNotContain("andes", "127.0.0.1-" + SERVER.port() + "-import.xml");

        assertProblem(importFeed("{\"url\": \"not a url\"}", ""), 422, "url",
                "url: not an absolute http(s) URL: 'not a url'");
        assertProblem(importFeed("{\"url\": \"" + SERVER.url("/import.xml") + "\", \"source\": \"a b\"}", ""), 422,
                "source", "source: must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit, "
                        + "was 'a b'");
        assertProblem(importFeed("{\"url\": \"" + SERVER.url("/no-such-feed.xml") + "\"}", ""), 502, "url",
                "HTTP 404 from " + SERVER.url("/no-such-feed.xml"));
        assertProblem(importFeed("{\"url\": \"" + SERVER.url("/pages/chile.html") + "\"}", ""), 422, "url",
                "not a feed: root element <html>");
    }

    @Test
    void aFeedPostedAsABodyGivesTheEventsItsImportGives() {
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour Gazette</title>
                <item><title>Ferry crews vote to strike</title><link>%s</link>
                  <guid>ferry-strike-1</guid><pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate>
                  <description>Crews on the island ferries voted to strike from Friday after talks on pay broke
                  down, the union said on Tuesday. The operator said it would run a reduced timetable.</description>
                  <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Crews on the
                  island ferries voted to strike from Friday after talks on pay broke down, the union said on
                  Tuesday.</p><p>The operator said it would run a reduced timetable.</p>]]></content:encoded></item>
                <item><title></title><description></description></item>
                </channel></rss>
                """.formatted(SERVER.url("/harbour/ferry-strike"));
        SERVER.serve("/posted.xml", feed, true);
        var imported = importFeed("{\"url\": \"" + SERVER.url("/posted.xml") + "\", \"source\": \"harbour\"}",
                "?dryRun=true");
        var posted = http.post().uri("/api/articles?dryRun=true&source=harbour&url={url}", SERVER.url("/posted.xml"))
                .contentType(MediaType.parseMediaType("application/rss+xml")).body(feed.getBytes(StandardCharsets.UTF_8))
                .retrieve().toEntity(String.class);
        assertThat(posted.getStatusCode().value()).as(posted.getBody()).isEqualTo(200);
        assertThat(posted.getBody()).as("one article, the empty item left out").hasLineCount(1);
        JsonNode article = JSON.readTree(posted.getBody().lines().findFirst().orElseThrow()).get("article");
        JsonNode importedArticle = JSON.readTree(imported.getBody()).get("article");
        ((tools.jackson.databind.node.ObjectNode) article).remove("ingestedAt");
        ((tools.jackson.databind.node.ObjectNode) importedArticle).remove("ingestedAt");
        assertThat(article).as("the same article as the feed's import").isEqualTo(importedArticle);
        assertThat(article.get("title").stringValue()).isEqualTo("Ferry crews vote to strike");
        assertThat(article.get("source").get("id").stringValue()).isEqualTo("harbour");
        assertThat(recordsFromFeed("harbour")).as("a dry run publishes nothing").isEmpty();

        var accepted = http.post().uri("/api/articles?source=harbour")
                .contentType(MediaType.parseMediaType("application/xml")).body(feed.getBytes(StandardCharsets.UTF_8))
                .retrieve().toEntity(String.class);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(recordsFromFeed("harbour"))
                .singleElement().satisfies(r -> assertThat(r.key()).isEqualTo(article.get("id").stringValue())));

        String jsonFeed = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Gazette",
                 "items": [{"id": "ferry-2", "url": "%s",
                            "title": "Ferry talks resume", "content_text": "Talks between the ferry operator and the \
                union resumed on Wednesday, both sides said."}]}
                """.formatted(SERVER.url("/harbour/ferry-talks"));
        var fromJsonFeed = http.post().uri("/api/articles?dryRun=true")
                .contentType(MediaType.parseMediaType("application/feed+json")).body(jsonFeed)
                .retrieve().toEntity(String.class);
        assertThat(fromJsonFeed.getStatusCode().value()).as(fromJsonFeed.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(fromJsonFeed.getBody()).get("article").get("title").stringValue())
                .isEqualTo("Ferry talks resume");

        var notAFeed = http.post().uri("/api/articles").contentType(MediaType.parseMediaType("application/rss+xml"))
                .body("<html><body>Hello</body></html>").retrieve().toEntity(String.class);
        assertThat(notAFeed.getStatusCode().value()).isEqualTo(422);
        assertThat(JSON.readTree(notAFeed.getBody()).get("detail").stringValue())
                .isEqualTo("not a readable feed: root element <html>");
    }

    private org.springframework.http.ResponseEntity<String> importFeed(String json, String query) {
        return http.post().uri("/api/feeds/import" + query).contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().toEntity(String.class);
    }

    /** A second and third application on their own state directory: what the API added is there after a restart. */
    @Test
    void subscriptionsAddedThroughTheApiSurviveARestart() throws IOException {
        Path stateDir = Files.createTempDirectory("newswire-feeds-restart");
        try (ConfigurableApplicationContext first = application(stateDir)) {
            RestClient api = client(first);
            var created = api.post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                    .body("{\"id\": \"kept\", \"url\": \"" + SERVER.url("/missing.xml") + "\", \"interval\": \"2m\"}")
                    .retrieve().toEntity(String.class);
            assertThat(created.getStatusCode().value()).isEqualTo(201);
        }

        try (ConfigurableApplicationContext second = application(stateDir)) {
            JsonNode kept = JSON.readTree(client(second).get().uri("/api/feeds/kept").retrieve().body(String.class));

            assertThat(kept.get("url").stringValue()).isEqualTo(SERVER.url("/missing.xml"));
            assertThat(kept.get("interval").stringValue()).isEqualTo("PT2M");
            assertThat(kept.get("origin").stringValue()).isEqualTo("api");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(JSON.readTree(client(second).get()
                    .uri("/api/feeds/kept").retrieve().body(String.class)).get("lastError").stringValue())
                    .isEqualTo("HTTP 404 from " + SERVER.url("/missing.xml")));
        }
    }

    /** After a restart on the same state directory an unchanged feed answers 304: nothing is read or published again. */
    @Test
    void anUnchangedFeedIsNotPublishedAgainAfterARestart() throws IOException {
        Path stateDir = Files.createTempDirectory("newswire-validators-restart");
        SERVER.serve("/steady.xml", rss("steady", "https://steady.example.com/story", "It did not change."), true);
        String subscription = "{\"id\": \"steady\", \"url\": \"" + SERVER.url("/steady.xml") + "\", \"interval\": \"2m\"}";
        try (ConfigurableApplicationContext first = application(stateDir)) {
            RestClient api = client(first);
            api.post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON).body(subscription).retrieve()
                    .toBodilessEntity();
            await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(api.get().uri("/api/feeds/steady")
                    .retrieve().body(String.class)).get("itemsPublished").longValue() == 1);
        }
        int notModifiedBefore = SERVER.notModified("/steady.xml");

        try (ConfigurableApplicationContext second = application(stateDir)) {
            RestClient api = client(second);
            await().atMost(Duration.ofSeconds(30)).until(() -> SERVER.notModified("/steady.xml") > notModifiedBefore);
            JsonNode status = JSON.readTree(api.get().uri("/api/feeds/steady").retrieve().body(String.class));

            assertThat(status.get("itemsSeen").longValue()).as("answered 304: nothing read again").isZero();
            assertThat(status.get("itemsPublished").longValue()).isZero();
            api.delete().uri("/api/feeds/steady").retrieve().toBodilessEntity();
        }
        assertThat(Files.readString(stateDir.resolve("feed-validators.json"))).as("a removed feed's validators go too")
                .doesNotContain("steady");
    }

    private static ConfigurableApplicationContext application(Path stateDir) {
        return new SpringApplicationBuilder(IngestApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--newswire.ingest.state-dir=" + stateDir,
                "--newswire.ingest.fetch.allow-private-addresses=true",
                "--newswire.ingest.poll.min-interval=100ms",
                "--management.server.port=");
    }

    private static RestClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    private void subscribe(String id, String path) {
        var created = post("{\"id\": \"" + id + "\", \"url\": \"" + SERVER.url(path) + "\", \"interval\": \"200ms\"}");
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    }

    private org.springframework.http.ResponseEntity<String> post(String json) {
        return http.post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .toEntity(String.class);
    }

    private static void assertProblem(org.springframework.http.ResponseEntity<String> response, int status,
            String field, String detail) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("detail").stringValue()).isEqualTo(detail);
        if (field != null) {
            assertThat(problem.get("field").stringValue()).isEqualTo(field);
        }
    }

    private JsonNode status(String id) {
        return JSON.readTree(http.get().uri("/api/feeds/{id}", id).retrieve().body(String.class));
    }

    private static Set<String> ids(String list) {
        Set<String> ids = new java.util.HashSet<>();
        JSON.readTree(list).forEach(feed -> ids.add(feed.get("id").stringValue()));
        return ids;
    }

    private List<ConsumerRecord<String, String>> recordsFromFeed(String feedId) {
        return topic.readToEnd().stream().filter(record -> feedId.equals(JSON.readTree(record.value()).get("article")
                .get("source").get("id").stringValue())).toList();
    }

    private static String rss(String title, String link, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title>
                <item><title>Story</title><link>%s</link><description>%s</description></item>
                </channel></rss>
                """.formatted(title, link.replace("&", "&amp;"), body);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("newswire-feeds");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void slowFeedsDoNotHoldUpAHealthyOne() throws Exception {
        // more slow feeds than the poller has timer threads (4): each takes 4 s to answer
        for (int i = 1; i <= 8; i++) {
            var added = http.post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                    .body("{\"id\": \"slow-" + i + "\", \"url\": \"" + SERVER.url("/slow/" + i + ".xml") + "\"}")
                    .retrieve().toEntity(String.class);
            assertThat(added.getStatusCode().value()).as(added.getBody()).isEqualTo(201);
        }
        SERVER.serve("/prompt.xml", """
                <rss version="2.0"><channel><title>Prompt</title><item><title>Tide tables published</title>
                <guid>tides-1</guid><description>The harbour office published next year's tide tables.</description>
                </item></channel></rss>""", true);
        long started = System.nanoTime();
        http.post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                .body("{\"id\": \"prompt\", \"url\": \"" + SERVER.url("/prompt.xml") + "\"}").retrieve().toBodilessEntity();
        try {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> http.get()
                    .uri("/api/feeds/prompt").retrieve().body(JsonNode.class).path("lastSuccessAt").isString());

            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the healthy feed waits for no slow one")
                    .isLessThan(Duration.ofSeconds(3));
        } finally {
            for (String id : List.of("slow-1", "slow-2", "slow-3", "slow-4", "slow-5", "slow-6", "slow-7", "slow-8", "prompt")) {
                http.delete().uri("/api/feeds/{id}", id).retrieve().toBodilessEntity();
            }
        }
    }

    /** Serves feeds from memory with ETags (304 on a match) or without validators, counting requests per path. */
    static final class FeedServer {

        private final HttpServer server;
        private final Map<String, Served> documents = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();

        FeedServer() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.createContext("/", this::handle);
            serveFixture("/rss.xml", "rss20-newsroom.xml", "application/rss+xml");
            serveFixture("/atom.xml", "atom10-xmlbase.xml", "application/atom+xml");
            serveFixture("/feed.json", "jsonfeed11.json", "application/feed+json");
            server.start();
        }

        void serve(String path, String body, boolean withEtag) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            documents.put(path, new Served(bytes, "application/rss+xml",
                    withEtag ? "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"" : null));
        }

        void servePage(String path, String fixture) {
            try (InputStream in = FeedIngestIntegrationTests.class.getResourceAsStream("/pages/" + fixture)) {
                documents.put(path, new Served(in.readAllBytes(), "text/html; charset=UTF-8", null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int requests(String path) {
            return requests.computeIfAbsent(path, p -> new AtomicInteger()).get();
        }

        int notModified(String path) {
            return notModified.computeIfAbsent(path, p -> new AtomicInteger()).get();
        }

        int port() {
            return server.getAddress().getPort();
        }

        String url(String path) {
            return "http://127.0.0.1:" + port() + path;
        }

        void stop() {
            server.stop(0);
        }

        private void serveFixture(String path, String fixture, String contentType) {
            try (InputStream in = FeedIngestIntegrationTests.class.getResourceAsStream("/feeds/" + fixture)) {
                byte[] bytes = in.readAllBytes();
                documents.put(path, new Served(bytes, contentType, "\"" + fixture + "\""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (path.startsWith("/slow/")) {
                // a server that takes its time: answers 404 after 4 s
                try {
                    Thread.sleep(4_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Served served = documents.get(path);
            try (exchange) {
                if (served == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                if (served.etag() != null && served.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", served.contentType());
                if (served.etag() != null) {
                    exchange.getResponseHeaders().set("ETag", served.etag());
                }
                exchange.sendResponseHeaders(200, served.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(served.body());
                }
            }
        }

        record Served(byte[] body, String contentType, String etag) {
        }
    }
}
