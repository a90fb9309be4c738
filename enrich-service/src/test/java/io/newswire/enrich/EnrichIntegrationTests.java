package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.enrich.nlp.TestArticles;
import io.newswire.events.Article;
import io.newswire.events.ArticleIngested;
import io.newswire.events.PubStatus;
import io.newswire.events.Topics;
import io.newswire.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class EnrichIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Autowired
    private EnrichProperties properties;
    private KafkaProducer<String, byte[]> producer;
    private KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }

    /** The topic ingest creates in production; created here so the listener has it from the start. */
    @BeforeAll
    static void createIngestedTopic() throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.ARTICLES_INGESTED, 6, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    @BeforeEach
    void connect() {
        String servers = TestInfrastructure.kafkaBootstrapServers();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
                new StringSerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.ARTICLES_ENRICHED, Topics.ARTICLES_INGESTED_DLT));
    }

    @AfterEach
    void disconnect() {
        producer.close();
        consumer.close();
    }

    @Test
    void publishesTheEnrichedArticleKeyedByItsId() throws Exception {
        Article article = TestArticles.sample();
        send(article.id(), json(ArticleIngested.of(article)));

        ConsumerRecord<String, byte[]> record = awaitRecord(Topics.ARTICLES_ENRICHED, article.id());

        JsonNode enriched = mapper.readTree(record.value());
        assertThat(enriched.at("/article/id").asString()).isEqualTo(article.id());
        assertThat(enriched.at("/enrichment/engine").asString()).isEqualTo("newswire-corenlp");
        assertThat(enriched.at("/enrichment/entities").valueStream().map(e -> e.get("name").asString()))
                .contains("Jagmeet Singh", "François-Philippe Champagne");
        assertThat(enriched.at("/enrichment/statements").valueStream()
                .map(s -> s.at("/speaker/name").asString())).contains("Jagmeet Singh");
        assertThat(enriched.at("/occurredAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void passesCanceledArticlesThroughForTheStoreToDecide() throws Exception {
        Article sample = TestArticles.sample();
        Article canceled = new Article("canceled-" + UUID.randomUUID(), null, null, sample.source(), sample.title(),
                sample.standfirst(), sample.byline(), sample.section(), sample.language(), sample.publishedAt(),
                sample.updatedAt(), sample.ingestedAt(), sample.body(), sample.contentHash(), sample.media(),
                sample.tags(), 1, PubStatus.CANCELED, null);
        send(canceled.id(), json(ArticleIngested.of(canceled)));

        JsonNode enriched = mapper.readTree(awaitRecord(Topics.ARTICLES_ENRICHED, canceled.id()).value());
        assertThat(enriched.at("/article/pubStatus").asString()).isEqualTo("canceled");
        assertThat(enriched.at("/enrichment/entities").size()).isPositive();
    }

    @Test
    void logsWhatTheEnricherCouldNotDoWithTheArticleId(CapturedOutput output) throws Exception {
        Article sample = TestArticles.sample();
        Article french = new Article("french-" + UUID.randomUUID(), null, null, sample.source(), "Le président parle",
                null, List.of(), null, "fr", null, null, sample.ingestedAt(),
                "« Nous sommes prêts », a déclaré Emmanuel Macron à Paris. Le ministre a dit qu’il viendra demain.",
                "sha256:french", List.of(), List.of(), null, null, null);
        send(french.id(), json(ArticleIngested.of(french)));

        JsonNode enriched = mapper.readTree(awaitRecord(Topics.ARTICLES_ENRICHED, french.id()).value());
        assertThat(enriched.at("/article/id").asString()).isEqualTo(french.id());
        assertThat(enriched.get("enrichment").propertyNames())
                .containsExactlyInAnyOrder("engine", "engineVersion", "enrichedAt", "entities", "statements");
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(output.getOut()).contains("INFO").contains("Article "
                + french.id() + ": text does not look like English (entities and statements may be missing)"));
    }

    @Test
    void bindsTheEnrichSettingsWithTheirDefaults() {
        assertThat(properties.maxTextLength()).isEqualTo(200_000);
    }

    @Test
    void deadLettersAnUnreadableRecordAndGoesOnWithTheNext() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        byte[] poison = "this is not JSON {".getBytes(StandardCharsets.UTF_8);
        Article sample = TestArticles.sample();
        Article next = new Article("after-poison-" + UUID.randomUUID(), null, null, sample.source(), sample.title(),
                sample.standfirst(), sample.byline(), sample.section(), sample.language(), sample.publishedAt(),
                sample.updatedAt(), sample.ingestedAt(), sample.body(), sample.contentHash(), sample.media(),
                sample.tags(), sample.urgency(), sample.pubStatus(), sample.embargoedUntil());
        // same key, so the same partition: the good record comes after the poison one
        send(poisonKey, poison);
        send(poisonKey, json(ArticleIngested.of(next)));

        ConsumerRecord<String, byte[]> dead = awaitRecord(Topics.ARTICLES_INGESTED_DLT, poisonKey);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).contains(Topics.ARTICLES_INGESTED);
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_FQCN)).isPresent();
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).as("the reason, not 'failed to deserialize'")
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("StreamReadException: Unrecognized token 'this'"));

        ConsumerRecord<String, byte[]> enriched = awaitRecord(Topics.ARTICLES_ENRICHED, next.id());
        assertThat(mapper.readTree(enriched.value()).at("/article/id").asString()).isEqualTo(next.id());
    }

    @Test
    void deadLettersAnEventWithoutAnArticleAsItsOriginalBytesWithTheReason() throws Exception {
        String key = "no-article-" + UUID.randomUUID();
        byte[] withoutArticle = ("{\"id\": \"" + UUID.randomUUID() + "\", \"schemaVersion\": 1, \"note\": \"kept\"}")
                .getBytes(StandardCharsets.UTF_8);

        send(key, withoutArticle);

        ConsumerRecord<String, byte[]> dead = awaitRecord(Topics.ARTICLES_INGESTED_DLT, key);
        assertThat(dead.value()).as("the bytes as sent, not JSON of what was read").isEqualTo(withoutArticle);
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("InvalidArticleEventException: ArticleIngested without an article");
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, key, value)).get();
    }

    private static byte[] json(ArticleIngested event) {
        try (var serializer = new JacksonJsonSerializer<ArticleIngested>().noTypeInfo()) {
            return serializer.serialize(Topics.ARTICLES_INGESTED, event);
        }
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String topic, String key) {
        return await().atMost(TIMEOUT).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            return received.stream().filter(r -> r.topic().equals(topic) && key.equals(r.key())).findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }
}
