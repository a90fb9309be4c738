package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.events.ArticleEnriched;
import io.newswire.events.ArticleIngested;
import io.newswire.events.Topics;
import io.newswire.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.ByteBuf;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

@Import(SourceTopics.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.kafka=warn", "logging.level.org.apache.kafka=warn",
                "logging.level.state.change.logger=warn"})
class StoreIntegrationTests {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    private static KafkaTemplate<String, Object> events;
    private static KafkaTemplate<String, byte[]> rawRecords;
    private static Admin admin;
    private static KafkaConsumer<String, byte[]> deadLetterConsumer;
    private static final List<ConsumerRecord<String, byte[]>> deadLetters = new ArrayList<>();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private final ArticleEnriched singh = Fixtures.jagmeetSinghEnriched();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri("store-integration-tests"));
    }


    @BeforeAll
    static void kafkaClients() {
        String servers = TestInfrastructure.kafkaBootstrapServers();
        Map<String, Object> producer = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        events = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer, new StringSerializer(),
                new JacksonJsonSerializer<Object>().noTypeInfo()));
        rawRecords = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer, new StringSerializer(),
                new ByteArraySerializer()));
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers));
        deadLetterConsumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "store-tests-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        deadLetterConsumer.subscribe(List.of(Topics.ARTICLES_INGESTED_DLT, Topics.ARTICLES_ENRICHED_DLT));
    }

    @AfterAll
    static void closeKafkaClients() {
        deadLetterConsumer.close();
        admin.close();
        events.destroy();
        rawRecords.destroy();
    }

    @Test
    void storesEnrichedArticleQueryableByIdEntityAliasAndSpeaker() {
        ArticleEnriched enriched = Fixtures.version(singh, uniqueId("singh"), singh.article().contentHash(),
                singh.article().ingestedAt(), singh.article().title());
        String id = enriched.article().id();

        publish(Fixtures.ingestedOf(enriched));
        JsonNode ingestedOnly = await().atMost(KAFKA_TIMEOUT).until(() -> getOk("/api/articles/{id}", id),
                Optional::isPresent).orElseThrow();
        assertThat(ingestedOnly.get("article").get("title").asString()).isEqualTo(singh.article().title());
        publish(enriched);
        awaitEnrichedWithStatements(id);
        JsonNode stored = getOk("/api/articles/{id}", id).orElseThrow();

        assertThat(stored.get("article").get("contentHash").asString()).isEqualTo(singh.article().contentHash());
        assertThat(stored.get("article").get("source").get("kind").asString()).isEqualTo("rss");
        assertThat(stored.get("enrichment").get("entities").get(0).get("name").asString())
                .isEqualTo("Jagmeet Singh");
        assertThat(stored.get("enrichment").get("statements")).hasSize(4);
        for (String entity : List.of("Jagmeet Singh", "Singh", "person:jagmeet-singh", "  JAGMEET   singh ")) {
            assertThat(articleIds(get("/api/articles?entity={entity}&limit=100", 200, entity)))
                    .as("entity=%s", entity).contains(id);
        }
        assertThat(articleIds(get("/api/articles?entity={entity}&limit=100", 200, "Jagmeet")))
                .doesNotContain(id);

        JsonNode singhSaid = get("/api/statements?speaker={speaker}&limit=100", 200, "Jagmeet Singh");
        List<JsonNode> ofThisArticle = statementsOf(singhSaid, id);
        assertThat(ofThisArticle).extracting(s -> s.get("statementId").asString())
                .containsExactlyInAnyOrder("s1", "s2", "s4");
        JsonNode direct = ofThisArticle.stream().filter(s -> s.get("statementId").asString().equals("s2"))
                .findFirst().orElseThrow();
        assertThat(direct.get("type").asString()).isEqualTo("DIRECT");
        assertThat(direct.get("cue").asString()).isEqualTo("told reporters");
        assertThat(direct.get("speaker").get("name").asString()).isEqualTo("Jagmeet Singh");
        assertThat(direct.get("articleTitle").asString()).isEqualTo(singh.article().title());
        assertThat(direct.get("source").get("name").asString()).isEqualTo("CBC News");
        assertThat(statementsOf(get("/api/statements?speaker={speaker}&limit=100", 200, "singh"), id)).hasSize(3);
        assertThat(statementsOf(get("/api/statements?speaker={speaker}&limit=100", 200, "Chrystia Freeland"), id))
                .extracting(s -> s.get("quote").asString())
                .containsExactly("the government was \u201copen to conversations\u201d with all parties but would "
                        + "not commit to a timeline");

        Document raw = mongo.getCollection("articles").find(new Document("_id", id)).first();
        assertThat(raw).doesNotContainKey("_class");
        assertThat(raw.get("sortAt")).isInstanceOf(Date.class);
        assertThat(raw.getList("entityNames", String.class)).contains("jagmeet singh", "singh",
                "person:jagmeet-singh");
    }

    @Test
    void listsNewestFirstWithinTheLimit() {
        List<String> ids = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            ArticleEnriched enriched = Fixtures.publishedAt(Fixtures.version(singh, uniqueId("order"),
                    "hash-order-" + day, singh.article().ingestedAt(), "Day " + day),
                    Instant.parse("2030-01-0" + day + "T12:00:00Z"));
            ids.add(enriched.article().id());
            publish(enriched);
        }
        ids.forEach(this::awaitEnrichedWithStatements);

        assertThat(articleIds(get("/api/articles?entity={entity}&limit=2", 200, "Singh")))
                .containsExactly(ids.get(2), ids.get(1));
        assertThat(articleIds(get("/api/articles?limit=3", 200))).containsExactly(ids.get(2), ids.get(1),
                ids.get(0));
        JsonNode statements = get("/api/statements?speaker={speaker}&limit=5", 200, "Jagmeet Singh").get("items");
        assertThat(statements).hasSize(5);
        assertThat(statements.get(0).get("articleId").asString()).isEqualTo(ids.get(2));
        long stored = mongo.getCollection("statements").countDocuments();
        assertThat(get("/api/statements", 200).get("items")).hasSize((int) Math.min(20, stored));
    }

    @Test
    void redeliveryLeavesTheCollectionsByteForByteUnchanged() {
        ArticleEnriched enriched = Fixtures.version(singh, uniqueId("redelivered"), "hash-redelivered",
                singh.article().ingestedAt(), singh.article().title());
        String id = enriched.article().id();
        ArticleIngested ingested = Fixtures.ingestedOf(enriched);
        publish(ingested);
        publish(enriched);
        await().atMost(KAFKA_TIMEOUT).until(() -> getOk("/api/articles/{id}", id),
                found -> found.isPresent() && found.get().has("enrichment"));
        awaitStoreCaughtUp();
        Map<String, String> articlesBefore = extendedJson("articles");
        Map<String, String> statementsBefore = extendedJson("statements");
        Map<String, String> bytesBefore = bytes();

        publish(ingested);
        publish(enriched);
        publish(ingested);
        awaitStoreCaughtUp();

        assertThat(extendedJson("articles")).isEqualTo(articlesBefore);
        assertThat(extendedJson("statements")).isEqualTo(statementsBefore);
        assertThat(bytes()).isEqualTo(bytesBefore);
        assertThat(getOk("/api/articles/{id}", id).orElseThrow().get("enrichment").get("statements")).hasSize(4);
        assertThat(mongo.getCollection("statements").countDocuments(new Document("articleId", id))).isEqualTo(4);
    }

    @Test
    void keepsOnlyTheLatestVersionOfAnArticle() {
        String id = uniqueId("versions");
        Instant first = Instant.parse("2024-03-05T15:44:12.345678Z");
        ArticleEnriched older = Fixtures.version(singh, id, "hash-v1", first, "Version one");
        ArticleEnriched newer = Fixtures.version(singh, id, "hash-v2", first.plusNanos(1000), "Version two");
        publish(Fixtures.ingestedOf(newer));
        publish(newer);
        await().atMost(KAFKA_TIMEOUT).until(() -> getOk("/api/articles/{id}", id),
                found -> found.isPresent() && found.get().has("enrichment"));

        publish(Fixtures.ingestedOf(older));
        publish(older);
        awaitStoreCaughtUp();

        JsonNode stored = getOk("/api/articles/{id}", id).orElseThrow();
        assertThat(stored.get("article").get("contentHash").asString()).isEqualTo("hash-v2");
        assertThat(stored.get("article").get("title").asString()).isEqualTo("Version two");
        assertThat(stored.get("enrichment").get("statements")).hasSize(4);
        assertThat(statementHashes(id)).containsOnly("hash-v2").hasSize(4);

        ArticleEnriched newest = Fixtures.version(singh, id, "hash-v3", first.plusSeconds(60), "Version three");
        publish(Fixtures.ingestedOf(newest));
        awaitStoreCaughtUp();
        JsonNode replaced = getOk("/api/articles/{id}", id).orElseThrow();
        assertThat(replaced.get("article").get("contentHash").asString()).isEqualTo("hash-v3");
        assertThat(replaced.has("enrichment")).as("the enrichment of an older version is dropped").isFalse();
        assertThat(articleIds(get("/api/articles?entity={entity}&limit=100", 200, "Jagmeet Singh")))
                .doesNotContain(id);
        assertThat(statementHashes(id)).isEmpty();

        publish(newest);
        await().atMost(KAFKA_TIMEOUT).until(() -> statementHashes(id).size() == 4);
        assertThat(statementHashes(id)).containsOnly("hash-v3");
    }

    @Test
    void routesPoisonRecordsToDeadLetterTopicsAndKeepsConsuming() {
        ArticleEnriched good = Fixtures.version(singh, uniqueId("after-poison"), "hash-after-poison",
                singh.article().ingestedAt(), singh.article().title());
        String id = good.article().id();
        byte[] poison = "{\"id\": \"not a uuid\", \"article\": [".getBytes(StandardCharsets.UTF_8);

        send(rawRecords, Topics.ARTICLES_INGESTED, id, poison);
        publish(Fixtures.ingestedOf(good));
        await().atMost(KAFKA_TIMEOUT).until(() -> getOk("/api/articles/{id}", id).isPresent());
        send(rawRecords, Topics.ARTICLES_ENRICHED, id, poison);
        byte[] withoutArticle = "{\"id\":\"3b0f6c1e-8f4e-4b8a-9d51-2f1c7a9e4d11\",\"schemaVersion\":1, \"extra\": true}"
                .getBytes(StandardCharsets.UTF_8);
        send(rawRecords, Topics.ARTICLES_ENRICHED, id, withoutArticle);
        publish(good);
        await().atMost(KAFKA_TIMEOUT).until(() -> getOk("/api/articles/{id}", id),
                found -> found.isPresent() && found.get().has("enrichment"));

        ConsumerRecord<String, byte[]> ingestedPoison = awaitDeadLetters(Topics.ARTICLES_INGESTED_DLT, id, 1).get(0);
        assertThat(ingestedPoison.value()).isEqualTo(poison);
        assertThat(header(ingestedPoison, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.ARTICLES_INGESTED);
        assertThat(header(ingestedPoison, KafkaHeaders.DLT_EXCEPTION_FQCN)).contains("DeserializationException");
        assertThat(header(ingestedPoison, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).as("the reason, not 'failed to deserialize'")
                .contains("Cannot deserialize value of type `java.util.UUID` from String \"not a uuid\"");

        List<ConsumerRecord<String, byte[]>> enrichedDead = awaitDeadLetters(Topics.ARTICLES_ENRICHED_DLT, id, 2);
        assertThat(enrichedDead.get(0).value()).isEqualTo(poison);
        assertThat(header(enrichedDead.get(0), KafkaHeaders.DLT_EXCEPTION_FQCN)).contains("DeserializationException");
        assertThat(header(enrichedDead.get(1), KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
                .isEqualTo(UnusableEventException.class.getName());
        assertThat(header(enrichedDead.get(1), KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.ARTICLES_ENRICHED);
        assertThat(enrichedDead.get(1).value()).as("an event that parsed but is unusable keeps its original bytes")
                .isEqualTo(withoutArticle);
        assertThat(header(enrichedDead.get(1), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isEqualTo("UnusableEventException: "
                + "ArticleEnriched 3b0f6c1e-8f4e-4b8a-9d51-2f1c7a9e4d11 lacks its article or enrichment");
    }

    @Test
    void answersBadQueryParametersWithProblemDetails() {
        record Case(String path, String value, String parameter) {
        }
        for (Case bad : List.of(
                new Case("/api/articles?limit={limit}", "0", "limit"),
                new Case("/api/articles?limit={limit}", "101", "limit"),
                new Case("/api/articles?limit={limit}", "abc", "limit"),
                new Case("/api/articles?entity={entity}", "  ", "entity"),
                new Case("/api/articles?entity={entity}", "", "entity"),
                new Case("/api/statements?limit={limit}", "-1", "limit"),
                new Case("/api/statements?limit={limit}", "1e3", "limit"),
                new Case("/api/statements?speaker={speaker}", "\t\n", "speaker"))) {
            ResponseEntity<String> response = exchange(bad.path(), bad.value());
            assertThat(response.getStatusCode().value()).as(bad.toString()).isEqualTo(400);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = Fixtures.JSON.readTree(response.getBody());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("parameter").asString()).as(bad.toString()).isEqualTo(bad.parameter());
            assertThat(problem.get("detail").asString()).as(bad.toString()).contains("'" + bad.parameter() + "'");
            assertThat(response.getBody()).doesNotContain("Exception", "at io.", "at org.");
        }
    }

    @Test
    void answersUnknownArticleWithNotFoundProblemDetail() {
        ResponseEntity<String> response = exchange("/api/articles/no-such-article");

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = Fixtures.JSON.readTree(response.getBody());
        assertThat(problem.get("detail").asString()).contains("no-such-article");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/articles/no-such-article");
    }

    @Test
    void treatsQueryTextAsANameNeverAsAnOperatorOrPattern() {
        for (String input : List.of("{\"$ne\": null}", ".*", "^J", "Singh|Freeland", "[a-z]+")) {
            assertThat(get("/api/articles?entity={entity}", 200, input).get("items")).as(input).isEmpty();
            assertThat(get("/api/statements?speaker={speaker}", 200, input).get("items")).as(input).isEmpty();
        }
    }

    @Test
    void createsTheQueryIndexesAtStartUp() {
        assertThat(mongo.indexOps("articles").getIndexInfo()).extracting(IndexInfo::getName)
                .contains("entityNames_sortAt", "sortAt");
        assertThat(mongo.indexOps("statements").getIndexInfo()).extracting(IndexInfo::getName)
                .contains("speakerNames_sortAt", "sortAt", "articleId");
    }

    @Test
    void reportsMongoInHealthAndExposesPrometheusMetrics() {
        JsonNode health = get("/actuator/health", 200);
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("mongo").get("status").asString()).isEqualTo("UP");
        assertThat(exchange("/actuator/prometheus").getBody()).contains("jvm_memory_used_bytes");
    }

    /** Waits until the article is stored with its enrichment and its four statements. */
    private void awaitEnrichedWithStatements(String id) {
        await().atMost(KAFKA_TIMEOUT).until(() -> getOk("/api/articles/{id}", id)
                .filter(found -> found.has("enrichment")).isPresent() && statementHashes(id).size() == 4);
    }

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static void publish(ArticleIngested event) {
        send(events, Topics.ARTICLES_INGESTED, event.article().id(), event);
    }

    private static void publish(ArticleEnriched event) {
        send(events, Topics.ARTICLES_ENRICHED, event.article().id(), event);
    }

    private static <V> void send(KafkaTemplate<String, V> template, String topic, String key, V value) {
        try {
            template.send(topic, key, value).get();
        }
        catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /** Waits until the store's consumer group has committed every record of both topics. */
    private static void awaitStoreCaughtUp() {
        await().atMost(KAFKA_TIMEOUT).untilAsserted(() -> {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(Topics.ARTICLES_INGESTED, Topics.ARTICLES_ENRICHED)).allTopicNames().get()
                    .forEach((topic, description) -> description.partitions().forEach(partition -> latest.put(
                            new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("store-service")
                    .partitionsToOffsetAndMetadata().get();
            admin.listOffsets(latest).all().get().forEach((partition, end) -> {
                if (end.offset() > 0) {
                    assertThat(committed.get(partition)).as("committed offset of %s", partition).isNotNull();
                    assertThat(committed.get(partition).offset()).as("committed offset of %s", partition)
                            .isEqualTo(end.offset());
                }
            });
        });
    }

    private static List<ConsumerRecord<String, byte[]>> awaitDeadLetters(String topic, String key, int count) {
        return await().atMost(KAFKA_TIMEOUT).until(() -> {
            deadLetterConsumer.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
            return deadLetters.stream().filter(r -> r.topic().equals(topic) && key.equals(r.key())).toList();
        }, found -> found.size() >= count);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Map<String, String> extendedJson(String collection) {
        var settings = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
        Map<String, String> documents = new TreeMap<>();
        mongo.getCollection(collection).withDocumentClass(RawBsonDocument.class).find()
                .forEach(document -> documents.put(document.getString("_id").getValue(), document.toJson(settings)));
        return documents;
    }

    private Map<String, String> bytes() {
        Map<String, String> documents = new TreeMap<>();
        for (String collection : List.of("articles", "statements")) {
            mongo.getCollection(collection).withDocumentClass(RawBsonDocument.class).find().forEach(document -> {
                ByteBuf buffer = document.getByteBuffer();
                byte[] content = new byte[buffer.remaining()];
                buffer.get(content);
                documents.put(collection + "/" + document.getString("_id").getValue(),
                        HexFormat.of().formatHex(content));
            });
        }
        return documents;
    }

    private List<String> statementHashes(String articleId) {
        List<String> hashes = new ArrayList<>();
        mongo.getCollection("statements").find(new Document("articleId", articleId))
                .forEach(document -> hashes.add(document.getString("contentHash")));
        return hashes;
    }

    private static List<String> articleIds(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("article").get("id").asString()));
        return ids;
    }

    private static List<JsonNode> statementsOf(JsonNode list, String articleId) {
        List<JsonNode> statements = new ArrayList<>();
        list.get("items").forEach(item -> {
            if (item.get("articleId").asString().equals(articleId)) {
                statements.add(item);
            }
        });
        return statements;
    }

    private Optional<JsonNode> getOk(String path, Object... variables) {
        ResponseEntity<String> response = exchange(path, variables);
        return response.getStatusCode().value() == 200
                ? Optional.of(Fixtures.JSON.readTree(response.getBody())) : Optional.empty();
    }

    private JsonNode get(String path, int status, Object... variables) {
        ResponseEntity<String> response = exchange(path, variables);
        assertThat(response.getStatusCode().value()).as("GET %s", path).isEqualTo(status);
        return Fixtures.JSON.readTree(response.getBody());
    }

    private ResponseEntity<String> exchange(String path, Object... variables) {
        return RestClient.create("http://localhost:" + port).get().uri(path, variables).retrieve()
                .onStatus(status -> true, (request, response) -> { })
                .toEntity(String.class);
    }
}
