package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.ArticleIngested;
import io.newswire.events.PubStatus;
import io.newswire.events.Topics;
import io.newswire.testsupport.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;


import org.springframework.data.mongodb.core.MongoTemplate;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An article whose latest version is withheld or canceled is hidden, loses its statements and entity
 * contributions, and comes back with a newer usable version. Runs in its own consumer group and database.
 */
@Import(SourceTopics.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.kafka.consumer.group-id=wire-status-tests", "logging.level.kafka=warn",
                "logging.level.org.apache.kafka=warn", "logging.level.state.change.logger=warn"})
@DirtiesContext
class WireStatusIntegrationTests {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    private static KafkaTemplate<String, Object> events;

    @Autowired
    MongoTemplate mongo;

    private final ArticleEnriched singh = Fixtures.jagmeetSinghEnriched();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri("wire-status-tests"));
    }


    @BeforeAll
    static void kafkaClients() {
        events = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new JacksonJsonSerializer<Object>().noTypeInfo()));
    }

    @AfterAll
    static void closeKafkaClients() {
        events.destroy();
    }

    @Test
    void hidesAWithheldArticleWithItsStatementsAndEntitiesUntilANewerUsableVersion() {
        String id = "withheld-" + UUID.randomUUID();
        Instant first = Instant.parse("2024-03-05T15:44:12.345678Z");
        ArticleEnriched usable = version(id, "hash-w1", first, PubStatus.USABLE);
        ArticleEnriched withheld = version(id, "hash-w2", first.plusSeconds(60), PubStatus.WITHHELD);
        ArticleEnriched reissued = version(id, "hash-w3", first.plusSeconds(120), PubStatus.USABLE);

        publish(Fixtures.ingestedOf(usable));
        publish(usable);
        await().atMost(KAFKA_TIMEOUT).until(() -> statementCount(id) == 4 && contributionCount(id) == 4);
        assertThat(article(id).getBoolean("hidden")).isFalse();

        publish(Fixtures.ingestedOf(withheld));
        await().atMost(KAFKA_TIMEOUT).until(() -> Boolean.TRUE.equals(article(id).getBoolean("hidden")));
        assertThat(statementCount(id)).isZero();
        await().atMost(KAFKA_TIMEOUT).until(() -> contributionCount(id) == 0);

        publish(withheld);
        publish(Fixtures.ingestedOf(usable));
        publish(usable);
        await().atMost(KAFKA_TIMEOUT).until(() -> "hash-w2".equals(enrichedHash(id)));
        String marker = "marker-" + UUID.randomUUID();
        publish(Fixtures.ingestedOf(version(marker, "hash-m", first, PubStatus.USABLE)));
        await().atMost(KAFKA_TIMEOUT).until(() -> article(marker) != null);
        assertThat(article(id).getBoolean("hidden")).as("an older usable version does not unhide").isTrue();
        assertThat(statementCount(id)).isZero();
        assertThat(contributionCount(id)).isZero();

        publish(Fixtures.ingestedOf(reissued));
        publish(reissued);
        await().atMost(KAFKA_TIMEOUT).until(() -> statementCount(id) == 4 && contributionCount(id) == 4);
        Document stored = article(id);
        assertThat(stored.getBoolean("hidden")).isFalse();
        assertThat(stored.getString("contentHash")).isEqualTo("hash-w3");
        assertThat(statementHashes(id)).containsOnly("hash-w3");
    }

    @Test
    void hidesACanceledArticleFromItsFirstVersion() {
        String id = "canceled-" + UUID.randomUUID();
        ArticleEnriched canceled = version(id, "hash-c1", Instant.parse("2024-03-06T09:00:00Z"), PubStatus.CANCELED);

        publish(Fixtures.ingestedOf(canceled));
        publish(canceled);

        await().atMost(KAFKA_TIMEOUT).until(() -> "hash-c1".equals(enrichedHash(id)));
        Document stored = article(id);
        assertThat(stored.getBoolean("hidden")).isTrue();
        assertThat(stored.get("article", Document.class).getString("pubStatus")).isEqualTo("canceled");
        assertThat(statementCount(id)).isZero();
        assertThat(contributionCount(id)).isZero();
    }

    private ArticleEnriched version(String id, String hash, Instant ingestedAt, PubStatus status) {
        ArticleEnriched enriched = Fixtures.version(singh, id, hash, ingestedAt, "Title " + hash);
        Article a = enriched.article();
        Article article = new Article(a.id(), a.url(), a.canonicalUrl(), a.source(), a.title(), a.standfirst(),
                a.byline(), a.section(), a.language(), a.publishedAt(), a.updatedAt(), a.ingestedAt(), a.body(),
                a.contentHash(), a.media(), a.tags(), a.urgency(), status, a.embargoedUntil());
        return new ArticleEnriched(enriched.id(), enriched.occurredAt(), enriched.schemaVersion(), article,
                enriched.enrichment());
    }

    private Document article(String id) {
        return mongo.getCollection("articles").find(new Document("_id", id)).first();
    }

    private String enrichedHash(String id) {
        Document stored = article(id);
        return stored == null || stored.get("enrichment") == null ? null : stored.getString("contentHash");
    }

    private long statementCount(String articleId) {
        return mongo.getCollection("statements").countDocuments(new Document("articleId", articleId));
    }

    private long contributionCount(String articleId) {
        return mongo.getCollection("entityContributions").countDocuments(
                new Document("entries." + articleId, new Document("$exists", true)));
    }

    private List<String> statementHashes(String articleId) {
        List<String> hashes = new ArrayList<>();
        mongo.getCollection("statements").find(new Document("articleId", articleId))
                .forEach(document -> hashes.add(document.getString("contentHash")));
        return hashes;
    }

    private static void publish(ArticleIngested event) {
        send(Topics.ARTICLES_INGESTED, event.article().id(), event);
    }

    private static void publish(ArticleEnriched event) {
        send(Topics.ARTICLES_ENRICHED, event.article().id(), event);
    }

    private static void send(String topic, String key, Object value) {
        try {
            events.send(topic, key, value).get();
        }
        catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }
}
