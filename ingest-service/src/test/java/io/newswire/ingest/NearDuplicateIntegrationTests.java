package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.events.Article;
import io.newswire.events.ArticleIngested;
import io.newswire.events.Topics;
import io.newswire.testsupport.TestInfrastructure;
import io.newswire.testsupport.TopicReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Two outlets' versions of one wire story, posted under different URLs, reach the topic linked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearDuplicateIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.shared();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        // the dedupe journal of each run starts empty
        registry.add("newswire.ingest.state-dir", () -> TestInfrastructure.temporaryDirectory("newswire-ingest"));
    }

    @LocalServerPort
    int port;

    private RestClient http;
    private TopicReader topic;

    @BeforeAll
    void connect() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).build();
        topic = TopicReader.fromBeginning(Topics.ARTICLES_INGESTED);
    }

    @AfterAll
    void disconnect() {
        topic.close();
    }

    @Test
    void publishesARerunUnderAnotherUrlLinkedToTheFirstAndDetectsItsLanguage() throws IOException {
        String story = UUID.randomUUID().toString();
        String wireId = postText("https://wire.example/" + story, "greve-wire.txt");
        String rerunId = postText("https://outlet.example/lyon/" + story, "greve-outlet-a.txt");
        String followUpId = postText("https://outlet.example/lyon/suite-" + story, "greve-suite.txt");

        Article wire = awaitArticle(wireId);
        Article rerun = awaitArticle(rerunId);
        Article followUp = awaitArticle(followUpId);
        assertThat(rerunId).isNotEqualTo(wireId);
        assertThat(wire.duplicateOf()).isNull();
        assertThat(rerun.duplicateOf()).isEqualTo(wireId);
        assertThat(followUp.duplicateOf()).isNull();
        assertThat(List.of(wire, rerun, followUp)).extracting(Article::language).containsOnly("fr");
        assertThat(topic.recordsFor(rerunId).get(0).value()).contains("\"duplicateOf\":\"" + wireId + "\"");
    }

    @Test
    void aDryRunShowsTheLanguageAndTheNearDuplicateLinkItWouldPublish() throws IOException {
        String story = UUID.randomUUID().toString();
        String wireId = postText("https://wire.example/" + story, "quake-wire.txt");
        awaitArticle(wireId);

        String events = http.post().uri("/api/articles?dryRun=true&url={url}&source=test",
                        "https://outlet.example/" + story)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .body(fixture("quake-outlet-a.txt").getBytes(StandardCharsets.UTF_8))
                .retrieve().body(String.class);

        Article wouldBe = JSON.readValue(events.lines().findFirst().orElseThrow(), ArticleIngested.class).article();
        assertThat(wouldBe.duplicateOf()).isEqualTo(wireId);
        assertThat(wouldBe.language()).isEqualTo("en");
        assertThat(topic.recordsFor(wouldBe.id())).as("a dry run publishes nothing").isEmpty();
        String later = http.post().uri("/api/articles?dryRun=true&url={url}&source=test",
                        "https://other.example/" + story)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .body(fixture("quake-outlet-b.txt").getBytes(StandardCharsets.UTF_8))
                .retrieve().body(String.class);
        assertThat(JSON.readValue(later.lines().findFirst().orElseThrow(), ArticleIngested.class).article()
                .duplicateOf()).as("the dry run left nothing behind to link to").isEqualTo(wireId);
    }

    @Test
    void answersAnExactRepostUnchangedWithoutLinkingItToItself() throws IOException {
        String url = "https://wire.example/" + UUID.randomUUID();
        String id = postText(url, "match-wire.txt");
        String reply = post(url, "match-wire.txt");

        assertThat(reply).contains("\"status\":\"unchanged\"");
        Article article = awaitArticle(id);
        assertThat(article.duplicateOf()).isNull();
        assertThat(article.language()).isEqualTo("en");
    }

    private String postText(String url, String fixture) throws IOException {
        String reply = post(url, fixture);
        assertThat(reply).contains("\"status\":\"accepted\"");
        return JSON.readTree(reply).get("articles").get(0).get("id").stringValue();
    }

    private String post(String url, String fixture) throws IOException {
        return http.post().uri("/api/articles?url={url}&source=test", url)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .body(fixture(fixture).getBytes(StandardCharsets.UTF_8))
                .retrieve().body(String.class);
    }

    private Article awaitArticle(String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !topic.recordsFor(id).isEmpty());
        List<ConsumerRecord<String, String>> records = topic.recordsFor(id);
        assertThat(records).hasSize(1);
        return JSON.readValue(records.get(0).value(), ArticleIngested.class).article();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = NearDuplicateIntegrationTests.class.getResourceAsStream("/near-duplicates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
