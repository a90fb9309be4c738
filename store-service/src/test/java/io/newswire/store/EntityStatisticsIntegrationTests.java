package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.ArticleIngested;
import io.newswire.events.Entity;
import io.newswire.events.PubStatus;
import io.newswire.events.Topics;
import io.newswire.store.entities.EntityEvents;
import io.newswire.testsupport.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import org.springframework.context.ConfigurableApplicationContext;

import org.springframework.data.mongodb.core.MongoTemplate;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code entities} collection after one clean pass over a set of articles equals the one after replaying
 * every event twice, older versions after newer ones, while a second store instance in another consumer group
 * processes the whole topics against the same database at the same time.
 */
@Import(SourceTopics.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.kafka.consumer.group-id=" + EntityStatisticsIntegrationTests.GROUP,
                "logging.level.kafka=warn", "logging.level.org.apache.kafka=warn",
                "logging.level.state.change.logger=warn"})
@DirtiesContext
class EntityStatisticsIntegrationTests {

    static final String GROUP = "entity-statistics-tests";

    private static final String SECOND_GROUP = "entity-statistics-tests-second";
    private static final String DATABASE = "entity-statistics-tests";
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(60);

    private static KafkaTemplate<String, Object> events;
    private static Admin admin;

    @Autowired
    MongoTemplate mongo;

    /** Keys are unique to the run, since the topics also carry the records of the other test classes. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri(DATABASE));
    }


    @BeforeAll
    static void kafkaClients() {
        String servers = TestInfrastructure.kafkaBootstrapServers();
        events = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
                new StringSerializer(), new JacksonJsonSerializer<Object>().noTypeInfo()));
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers));
    }

    @AfterAll
    static void closeKafkaClients() {
        admin.close();
        events.destroy();
    }

    @Test
    void staysExactUnderReplayOlderVersionsAfterNewerAndTwoInstancesAtOnce() {
        List<Object> history = history();
        history.forEach(EntityStatisticsIntegrationTests::publish);
        awaitCaughtUp(GROUP);
        Map<String, Document> clean = entities();

        assertThat(clean).as("dave is dropped by the second version of A3, erin is only in the withheld A4")
                .containsOnlyKeys(key("alice"), key("bob"), key("carol"));
        Document alice = clean.get(key("alice"));
        assertThat(alice.getString("name")).isEqualTo("Alice Example");
        assertThat(alice.getString("type")).isEqualTo("PERSON");
        assertThat(alice.getList("aliases", String.class)).containsExactly("Alice A.", "Ms. Alice");
        assertThat(alice.getList("roles", String.class)).containsExactly("Minister");
        assertThat(alice.getInteger("articles")).as("A1, A2, A3; A4 is withheld").isEqualTo(3);
        assertThat(alice.get("mentions", Number.class).longValue()).isEqualTo(4);
        assertThat(alice.get("firstSeen")).isEqualTo(Date.from(Instant.parse("2020-01-03T10:00:00Z")));
        assertThat(alice.get("lastSeen")).isEqualTo(Date.from(Instant.parse("2020-01-04T09:00:00Z")));
        assertThat(alice.get("days", Document.class)).isEqualTo(
                new Document("2020-01-03", 2).append("2020-01-04", 1));
        Document bob = clean.get(key("bob"));
        assertThat(bob.getInteger("articles")).isEqualTo(3);
        assertThat(bob.get("lastSeen")).as("ingestedAt of A5, which has no publishedAt")
                .isEqualTo(Date.from(Instant.parse("2020-01-06T08:00:00Z")));
        assertThat(bob.get("days", Document.class)).isEqualTo(
                new Document("2020-01-03", 1).append("2020-01-04", 1).append("2020-01-06", 1));
        assertThat(clean.get(key("carol")).get("mentions", Number.class).longValue()).isEqualTo(3);
        assertOnlyTombstonesOf(key("dave"), key("erin"));

        try (ConfigurableApplicationContext second = secondInstance()) {
            List<Object> newestFirst = new ArrayList<>(history);
            Collections.reverse(newestFirst);
            newestFirst.forEach(EntityStatisticsIntegrationTests::publish);
            history.forEach(EntityStatisticsIntegrationTests::publish);
            awaitCaughtUp(GROUP);
            awaitCaughtUp(SECOND_GROUP);
            assertThat(second.isRunning()).isTrue();
        }

        assertThat(entities()).isEqualTo(clean);
        assertOnlyTombstonesOf(key("dave"), key("erin"));
        assertThat(contributionEntries(clean.keySet())).isEqualTo(3 + 3 + 1);
    }

    /** Every version of every article, in the order a wire would send them. */
    private List<Object> history() {
        Instant ingested = Instant.parse("2020-01-07T00:00:00Z");
        Entity alice = EntityEvents.entity(key("alice"), "Alice Example", "PERSON", 2, List.of("Ms. Alice"),
                List.of("Minister"));
        Entity aliceShort = EntityEvents.entity(key("alice"), "Alice A.", "PERSON", 1, List.of(), List.of());
        Entity aliceOnce = EntityEvents.entity(key("alice"), "Alice Example", "PERSON", 1, List.of(), List.of());
        Entity bob = EntityEvents.entity(key("bob"), "Bob Example", "PERSON", 1, List.of(), List.of());
        Entity carol = EntityEvents.entity(key("carol"), "Carol Org", "ORGANIZATION", 3, List.of(), List.of());
        Entity dave = EntityEvents.entity(key("dave"), "Dave Example", "PERSON", 1, List.of(), List.of());
        Entity erin = EntityEvents.entity(key("erin"), "Erin Example", "PERSON", 2, List.of(), List.of());
        List<ArticleEnriched> versions = List.of(
                EntityEvents.enriched(id("a1"), "h1", Instant.parse("2020-01-03T10:00:00Z"), ingested,
                        PubStatus.USABLE, List.of(alice, bob)),
                EntityEvents.enriched(id("a2"), "h1", Instant.parse("2020-01-03T15:00:00Z"), ingested,
                        PubStatus.USABLE, List.of(aliceShort, carol)),
                EntityEvents.enriched(id("a3"), "h1", Instant.parse("2020-01-04T09:00:00Z"), ingested,
                        PubStatus.USABLE, List.of(alice, bob, dave)),
                EntityEvents.enriched(id("a3"), "h2", Instant.parse("2020-01-04T09:00:00Z"),
                        ingested.plusSeconds(60), PubStatus.USABLE, List.of(aliceOnce, bob)),
                EntityEvents.enriched(id("a4"), "h1", Instant.parse("2020-01-05T09:00:00Z"), ingested,
                        PubStatus.USABLE, List.of(alice, erin)),
                EntityEvents.enriched(id("a4"), "h2", Instant.parse("2020-01-05T09:00:00Z"),
                        ingested.plusSeconds(60), PubStatus.WITHHELD, List.of(alice, erin)),
                EntityEvents.enriched(id("a5"), "h1", null, Instant.parse("2020-01-06T08:00:00Z"),
                        PubStatus.USABLE, List.of(bob)));
        List<Object> history = new ArrayList<>();
        for (ArticleEnriched version : versions) {
            Article article = version.article();
            history.add(new ArticleIngested(UUID.randomUUID(), article.ingestedAt(), ArticleIngested.SCHEMA_VERSION,
                    article));
            history.add(version);
        }
        return history;
    }

    private ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(StoreApplication.class).web(WebApplicationType.NONE).run(
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + TestInfrastructure.mongoUri(DATABASE),
                "--spring.kafka.consumer.group-id=" + SECOND_GROUP,
                "--logging.level.kafka=warn", "--logging.level.org.apache.kafka=warn");
    }

    /**
     * The run's entities that current articles mention, without the change counter and revision that count
     * writes, not facts.
     */
    private Map<String, Document> entities() {
        Map<String, Document> entities = new TreeMap<>();
        mongo.getCollection("entities").find(new Document("_id", new Document("$regex", "-" + run + "$"))
                        .append("articles", new Document("$gt", 0)))
                .forEach(document -> {
                    document.remove("changes");
                    document.remove("revision");
                    document.remove("dayCounts");
                    entities.put(document.getString("_id"), document);
                });
        return entities;
    }

    /**
     * Whether a key no current article mentions has a document depends on whether a now outdated version was
     * ever processed while current; if it has one, that document holds no statistics.
     */
    private void assertOnlyTombstonesOf(String... keys) {
        for (String key : keys) {
            Document entity = mongo.getCollection("entities").find(new Document("_id", key)).first();
            if (entity != null) {
                entity.remove("changes");
                entity.remove("revision");
                entity.remove("dayCounts");
                assertThat(entity).as(key).isEqualTo(new Document("_id", key).append("articles", 0)
                        .append("mentions", 0L));
            }
        }
        assertThat(contributionEntries(List.of(keys))).isZero();
    }

    /** The article entries the entities' contribution buckets hold, checked against the buckets' counts. */
    private long contributionEntries(java.util.Collection<String> keys) {
        long entries = 0;
        for (Document bucket : mongo.getCollection("entityContributions")
                .find(new Document("key", new Document("$in", List.copyOf(keys))))) {
            assertThat(bucket.get("entries", Document.class)).hasSize(bucket.get("articles", Number.class).intValue());
            entries += bucket.get("articles", Number.class).longValue();
        }
        return entries;
    }

    private String key(String name) {
        return "person:" + name + "-" + run;
    }

    private String id(String name) {
        return name + "-" + run;
    }

    private static void publish(Object event) {
        String topic = event instanceof ArticleEnriched ? Topics.ARTICLES_ENRICHED : Topics.ARTICLES_INGESTED;
        String key = event instanceof ArticleEnriched enriched ? enriched.article().id()
                : ((ArticleIngested) event).article().id();
        try {
            events.send(topic, key, event).get();
        }
        catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /** Waits until the consumer group has committed every record of both topics. */
    private static void awaitCaughtUp(String group) {
        await().atMost(KAFKA_TIMEOUT).untilAsserted(() -> {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(Topics.ARTICLES_INGESTED, Topics.ARTICLES_ENRICHED)).allTopicNames().get()
                    .forEach((topic, description) -> description.partitions().forEach(partition -> latest.put(
                            new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            admin.listOffsets(latest).all().get().forEach((partition, end) -> {
                if (end.offset() > 0) {
                    assertThat(committed.get(partition)).as("%s offset of %s", group, partition).isNotNull();
                    assertThat(committed.get(partition).offset()).as("%s offset of %s", group, partition)
                            .isEqualTo(end.offset());
                }
            });
        });
    }
}
