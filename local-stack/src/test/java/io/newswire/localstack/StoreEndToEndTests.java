package io.newswire.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The store as {@code ./newswire up} runs it, fed with the shared sample and 200 generated articles through the
 * ingest API: its queries answer correctly, re-ingesting changes nothing and a restart on the same data keeps it all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreEndToEndTests {

    private static final Path SAMPLE = Path.of("src/test/resources/samples/vice-canada-soleimani.txt");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int GENERATED = 200;
    private static final int TOTAL = GENERATED + 1;
    private static final List<String> COLLECTIONS = List.of("articles", "statements", "entities",
            "entityContributions");
    private static final String[][] PEOPLE = {
            {"Margaret Thornton", "Thornton", "the finance minister"},
            {"David Okafor", "Okafor", "the mayor of Winnipeg"},
            {"Elena Marchetti", "Marchetti", "a spokeswoman for the health ministry"},
            {"Robert Lindqvist", "Lindqvist", "the chief executive of Northern Rail"},
            {"Priya Raman", "Raman", "an economist at the University of Toronto"},
            {"Thomas Beaulieu", "Beaulieu", "the leader of the opposition"},
            {"Sarah Whitfield", "Whitfield", "the police chief of Halifax"},
            {"Kenji Nakamura", "Nakamura", "the trade envoy of Japan"},
    };
    private static final String[] TOPICS = {"the budget", "the new transit line", "the hospital strike",
            "the port expansion", "the housing plan", "the carbon levy", "the school funding deal", "the trade talks"};
    private static final String[] SOURCES = {"harbour-herald", "prairie-post", "capital-wire", "coast-courier"};

    @TempDir
    static Path dataDir;

    private static StackSettings settings;
    private static Stack stack;
    private static List<String> generatedLines;
    private static Map<String, Integer> idsByIndex;
    private static String sampleId;

    @BeforeAll
    static void startStackAndIngest() throws Exception {
        settings = TestStacks.settings(dataDir);
        stack = Stack.start(settings, System.out::println);

        String[] sample = ingestSample();
        assertThat(sample[0]).isEqualTo("accepted");
        sampleId = sample[1];
        generatedLines = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            generatedLines.add(article(i));
        }
        idsByIndex = new LinkedHashMap<>();
        List<JsonNode> results = postBatches();
        for (int i = 0; i < GENERATED; i++) {
            assertThat(results.get(i).path("status").asString()).isEqualTo("accepted");
            idsByIndex.put(results.get(i).path("id").asString(), i);
        }
        assertThat(idsByIndex).hasSize(GENERATED).doesNotContainKey(sampleId);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("articles", Filters.ne("enrichment", null)) == TOTAL);
        List<Map<String, Long>> last = new ArrayList<>(List.of(Map.of()));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            COLLECTIONS.forEach(c -> counts.put(c, count(c, new Document())));
            return counts.equals(last.set(0, counts));
        });
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void queriesBySourceEntitySpeakerAndTextAnswerWithTheRightArticles() throws Exception {
        for (int s = 0; s < SOURCES.length; s++) {
            List<JsonNode> bySource = all("/api/articles?limit=100&source=" + SOURCES[s]);
            int source = s;
            Set<Integer> expected = indexes(i -> i % SOURCES.length == source);
            assertThat(articleIndexes(bySource)).as(SOURCES[s]).isEqualTo(expected);
        }

        List<JsonNode> byText = all("/api/articles?limit=100&q=zeppelin");
        assertThat(articleIndexes(byText)).isEqualTo(indexes(i -> i % 20 == 7));

        for (int p = 0; p < PEOPLE.length; p++) {
            int person = p;
            Set<Integer> mentioning = indexes(i -> quoted(i).contains(person));
            Set<Integer> byEntity = articleIndexes(all("/api/articles?limit=100&entity=" + encode(PEOPLE[p][0])));
            assertThat(byEntity).as(PEOPLE[p][0]).isEqualTo(mentioning);

            List<JsonNode> statements = all("/api/statements?limit=100&speaker=" + encode(PEOPLE[p][0]));
            assertThat(statements).as(PEOPLE[p][0]).isNotEmpty()
                    .allSatisfy(st -> assertThat(st.path("speaker").path("name").asString()).isEqualTo(PEOPLE[person][0]));
            Set<Integer> quotedIn = new HashSet<>();
            statements.forEach(st -> quotedIn.add(idsByIndex.get(st.path("articleId").asString())));
            assertThat(quotedIn).as(PEOPLE[p][0]).isSubsetOf(mentioning);
        }

        JsonNode sample = get("/api/articles/" + sampleId);
        assertThat(sample.path("article").path("byline").get(0).asString()).isEqualTo("Mack Lamoureux");
        assertThat(articleIds(all("/api/articles?limit=100&entity=" + encode("Jagmeet Singh")))).containsExactly(sampleId);
    }

    @Test
    @Order(2)
    void entityStatementFilterRankingAndNinjsQueriesAnswerWithTheRightData() throws Exception {
        assertThat(articleIndexes(all("/api/articles?limit=100&section=POLITICS")))
                .isEqualTo(indexes(i -> i % 2 == 0));
        assertThat(articleIds(all("/api/articles?limit=100&language=en"))).containsAll(idsByIndex.keySet());
        Instant first = Instant.parse("2026-10-01T08:00:00Z");
        assertThat(articleIndexes(all("/api/articles?limit=100&from=" + first + "&to="
                + first.plus(Duration.ofMinutes(37L * 9))))).isEqualTo(indexes(i -> i <= 9));
        List<JsonNode> ranked = all("/api/articles?limit=3&q=zeppelin&sort=relevance");
        assertThat(articleIds(ranked)).doesNotHaveDuplicates();
        assertThat(articleIndexes(ranked)).isEqualTo(indexes(i -> i % 20 == 7));

        for (int p = 0; p < PEOPLE.length; p++) {
            int person = p;
            Set<Integer> mentioning = indexes(i -> quoted(i).contains(person));
            JsonNode found = get("/api/entities?type=person&q=" + encode(PEOPLE[p][0])).path("items").get(0);
            assertThat(found.path("name").asString()).as(PEOPLE[p][0]).isEqualTo(PEOPLE[p][0]);
            assertThat(found.path("articles").asInt()).as(PEOPLE[p][0]).isEqualTo(mentioning.size());

            JsonNode profile = get("/api/entities/" + encode(found.path("key").asString()));
            assertThat(profile.path("counts").path("articles").asInt()).isEqualTo(mentioning.size());
            int perDay = 0;
            for (JsonNode day : profile.path("perDay")) {
                perDay += day.path("articles").asInt();
            }
            assertThat(perDay).as(PEOPLE[p][0]).isEqualTo(mentioning.size());
            assertThat(profile.path("coMentioned")).as(PEOPLE[p][0]).isNotEmpty().allSatisfy(other -> assertThat(
                    other.path("key").asString()).isNotEqualTo(found.path("key").asString()));
            assertThat(profile.path("statementsBy")).as(PEOPLE[p][0]).allSatisfy(st -> assertThat(
                    st.path("speaker").path("name").asString()).isEqualTo(PEOPLE[person][0]));

            List<JsonNode> direct = all("/api/statements?limit=100&type=DIRECT&entity=" + encode(PEOPLE[p][0]));
            assertThat(direct).as(PEOPLE[p][0]).isNotEmpty()
                    .allSatisfy(st -> assertThat(st.path("type").asString()).isEqualTo("DIRECT"))
                    .allSatisfy(st -> assertThat(mentioning).contains(idsByIndex.get(st.path("articleId").asString())));
        }

        JsonNode ninjs = get("/api/articles/" + sampleId + "?format=ninjs");
        assertThat(ninjs.path("headline").asString()).isNotBlank();
        List<String> people = new ArrayList<>();
        ninjs.path("people").forEach(person -> people.add(person.path("uri").asString()));
        assertThat(people).contains("person:jagmeet-singh");
    }

    @Test
    @Order(3)
    void pagingWithTheCursorCoversEveryArticleOnceNewestFirst() throws Exception {
        List<JsonNode> pages = all("/api/articles?limit=7");
        List<String> ids = articleIds(pages);
        assertThat(ids).hasSize(TOTAL).doesNotHaveDuplicates().contains(sampleId).containsAll(idsByIndex.keySet());
        List<Instant> published = pages.stream().map(a -> a.path("article").path("publishedAt").asString())
                .filter(at -> !at.isEmpty()).map(Instant::parse).toList();
        assertThat(published).hasSizeGreaterThanOrEqualTo(GENERATED);
        for (int i = 1; i < published.size(); i++) {
            assertThat(published.get(i)).isBeforeOrEqualTo(published.get(i - 1));
        }

        List<JsonNode> statements = all("/api/statements?limit=9");
        List<String> statementIds = statements.stream().map(s -> s.path("id").asString()).toList();
        assertThat(statementIds).hasSize((int) count("statements", new Document())).doesNotHaveDuplicates();
    }

    @Test
    @Order(4)
    void reingestingEverythingIsUnchangedAndChangesNoDocument() throws Exception {
        Map<String, List<Document>> before = documents();

        assertThat(ingestSample()[0]).isEqualTo("unchanged");
        assertThat(postBatches()).hasSize(GENERATED)
                .allSatisfy(r -> assertThat(r.path("status").asString()).isEqualTo("unchanged"));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> documents().equals(before));
        assertThat(before.get("articles")).hasSize(TOTAL);
        assertThat(before.get("statements")).hasSizeGreaterThanOrEqualTo(2 * GENERATED);
        assertThat(before.get("entities")).hasSizeGreaterThanOrEqualTo(PEOPLE.length);
    }

    @Test
    @Order(5)
    void restartOnTheSameDataKeepsEveryDocument() throws Exception {
        Map<String, List<Document>> before = documents();
        List<String> pagedBefore = articleIds(all("/api/articles?limit=50"));

        stack.close();
        stack = null;
        stack = Stack.start(settings, System.out::println);

        assertThat(documents()).isEqualTo(before);
        assertThat(articleIds(all("/api/articles?limit=50"))).isEqualTo(pagedBefore);
        assertThat(get("/api/articles/" + sampleId).path("article").path("id").asString()).isEqualTo(sampleId);
    }

    @Test
    @Order(6)
    void rebuildReplaysTheTopicsIntoTheSameDocuments() throws Exception {
        Map<String, List<Document>> before = documents();
        List<String> pagedBefore = articleIds(all("/api/articles?limit=50"));

        stack.close();
        stack = null;
        stack = Stack.start(settings, System.out::println, true);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> documents().equals(before));
        assertThat(articleIds(all("/api/articles?limit=50"))).isEqualTo(pagedBefore);
        try (var aside = Files.list(settings.dataDir())) {
            assertThat(aside.map(p -> p.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).startsWith("mongo.before-rebuild-"));
        }
    }

    /** Article i quotes two of the people; every twentieth (from the eighth) mentions a zeppelin. */
    private static String article(int i) {
        List<Integer> quoted = quoted(i);
        String[] first = PEOPLE[quoted.get(0)];
        String[] second = PEOPLE[quoted.get(1)];
        String topic = TOPICS[i % TOPICS.length];
        String extra = i % 20 == 7 ? " A tourist zeppelin circled over the harbour during the session." : "";
        String body = first[0] + ", " + first[2] + ", defended " + topic + " on " + weekday(i) + " before the council. "
                + "\"We have listened to people for months and this plan answers what they asked for,\" " + first[1]
                + " said. Critics were not convinced." + extra + "\n\n"
                + second[0] + ", " + second[2] + ", disagreed. \"Nobody has shown us what it will cost families, "
                + "and until they do we will oppose it,\" " + second[1] + " told reporters. "
                + "The council is expected to vote on " + topic + " next month.";
        ObjectNode node = JSON.createObjectNode();
        node.put("url", "https://" + SOURCES[i % SOURCES.length] + ".example/news/" + i);
        ObjectNode source = node.putObject("source");
        source.put("id", SOURCES[i % SOURCES.length]);
        source.put("name", SOURCES[i % SOURCES.length].replace('-', ' '));
        node.put("title", first[0] + " defends " + topic + " as " + second[1] + " objects (" + i + ")");
        ArrayNode byline = node.putArray("byline");
        byline.add("Staff Reporter");
        node.put("section", i % 2 == 0 ? "politics" : "business");
        node.put("language", "en");
        node.put("publishedAt", Instant.parse("2026-10-01T08:00:00Z").plus(Duration.ofMinutes(37L * i)).toString());
        node.put("body", body);
        return JSON.writeValueAsString(node);
    }

    private static List<Integer> quoted(int i) {
        int first = i % PEOPLE.length;
        int second = (first + 1 + (i / PEOPLE.length) % (PEOPLE.length - 1)) % PEOPLE.length;
        return List.of(first, second);
    }

    private static String weekday(int i) {
        return List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday").get(i % 5);
    }

    private static Set<Integer> indexes(java.util.function.IntPredicate predicate) {
        Set<Integer> indexes = new HashSet<>();
        for (int i = 0; i < GENERATED; i++) {
            if (predicate.test(i)) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private static String[] ingestSample() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = new IngestCommand(Map.of("NEWSWIRE_INGEST_PORT", String.valueOf(settings.ingestPort())))
                .run(new String[] {SAMPLE.toString()}, new PrintStream(out, true), new PrintStream(err, true));
        assertThat(exit).as(err.toString()).isZero();
        return out.toString().strip().split("\t");
    }

    /** Posts the generated articles as NDJSON in batches of 50 and returns the per-article results in order. */
    private static List<JsonNode> postBatches() throws IOException, InterruptedException {
        List<JsonNode> results = new ArrayList<>();
        for (int from = 0; from < GENERATED; from += 50) {
            String body = String.join("\n", generatedLines.subList(from, Math.min(GENERATED, from + 50))) + "\n";
            var response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + settings.ingestPort() + "/api/articles"))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            JSON.readTree(response.body()).path("articles").forEach(results::add);
        }
        return results;
    }

    private static Map<String, List<Document>> documents() {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + settings.mongoPort())) {
            MongoDatabase db = client.getDatabase("newswire");
            Map<String, List<Document>> documents = new LinkedHashMap<>();
            for (String collection : COLLECTIONS) {
                documents.put(collection, db.getCollection(collection).find().sort(Sorts.ascending("_id"))
                        .into(new ArrayList<>()));
            }
            return documents;
        }
    }

    private static long count(String collection, Bson filter) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + settings.mongoPort())) {
            return client.getDatabase("newswire").getCollection(collection).countDocuments(filter);
        }
    }

    /** Every item of a list endpoint, following {@code next} cursors; fails on a page seen twice. */
    private static List<JsonNode> all(String path) throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String next = null;
        do {
            JsonNode page = get(next == null ? path : path + "&cursor=" + encode(next));
            page.path("items").forEach(items::add);
            next = page.hasNonNull("next") ? page.path("next").asString() : null;
            assertThat(next == null || cursors.add(next)).as("cursor repeated: " + next).isTrue();
        } while (next != null);
        return items;
    }

    private static List<String> articleIds(List<JsonNode> articles) {
        return articles.stream().map(a -> a.path("article").path("id").asString()).toList();
    }

    private static Set<Integer> articleIndexes(List<JsonNode> articles) {
        Set<Integer> indexes = new HashSet<>();
        for (String id : articleIds(articles)) {
            assertThat(idsByIndex).as("a generated article").containsKey(id);
            indexes.add(idsByIndex.get(id));
        }
        return indexes;
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + settings.storePort() + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
