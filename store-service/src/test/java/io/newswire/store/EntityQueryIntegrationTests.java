package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.Enrichment;
import io.newswire.events.Entity;
import io.newswire.store.entities.EntityStatistics;
import io.newswire.testsupport.TestInfrastructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Entity search and profiles over a small fixture: articles and their statements written straight to MongoDB (the
 * listeners do not run), their entities computed by {@link EntityStatistics} as the projection would.
 *
 * <p>A (2031-02-01) mentions Singh, the NDP, Ottawa and Freeland; B (2031-03-01 10:00) Singh, the NDP and Ottawa;
 * C (2031-03-01 12:00) Singh and the NDP; D (2031-04-01) the NDP and Freeland; E (2031-05-01) Singh, Ottawa and
 * Gatineau, and is then withheld, so Gatineau is dead. Every article holds statements s1, s2 and s4 by Jagmeet
 * Singh and s3 by Chrystia Freeland.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.listener.auto-startup=false", "logging.level.kafka=warn",
                "logging.level.org.apache.kafka=warn", "logging.level.state.change.logger=warn"})
class EntityQueryIntegrationTests {

    private static final String SINGH = "person:jagmeet-singh";
    private static final String NDP = "organization:ndp";
    private static final String FREELAND = "person:chrystia-freeland";
    private static final String OTTAWA = "location:ottawa";
    private static final String GATINEAU = "location:gatineau";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EntityStatistics statistics;

    private final ArticleEnriched singh = Fixtures.jagmeetSinghEnriched();

    private String a;
    private String b;
    private String c;
    private String d;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri("entity-query-integration-tests"));
    }

    @BeforeEach
    void fixture() {
        for (String collection : List.of("articles", "statements", "entities", "entityContributions")) {
            mongo.remove(new Query(), collection);
        }
        a = store("a", "2031-02-01T10:00:00Z", SINGH, NDP, OTTAWA, FREELAND);
        b = store("b", "2031-03-01T10:00:00Z", SINGH, NDP, OTTAWA);
        c = store("c", "2031-03-01T12:00:00Z", SINGH, NDP);
        d = store("d", "2031-04-01T10:00:00Z", NDP, FREELAND);
        String e = store("e", "2031-05-01T10:00:00Z", SINGH, OTTAWA, GATINEAU);
        withhold(e);
    }

    @Test
    void searchesByNameAliasAndPrefixIgnoringCaseAndWhitespace() {
        assertThat(keys(get("/api/entities?q={q}", "  JAGMEET   singh "))).containsExactly(SINGH);
        assertThat(keys(get("/api/entities?q=Singh"))).as("an alias").containsExactly(SINGH);
        assertThat(keys(get("/api/entities?q=new democrats"))).containsExactly(NDP);
        assertThat(keys(get("/api/entities?q=chrys"))).as("a prefix").containsExactly(FREELAND);
        assertThat(keys(get("/api/entities?q=o"))).as("prefix of the name and of an alias")
                .containsExactly(OTTAWA);
        assertThat(keys(get("/api/entities?q=Gatineau"))).as("dead entities are left out").isEmpty();
        assertThat(keys(get("/api/entities"))).containsExactly(NDP, SINGH, OTTAWA, FREELAND);
        assertThat(keys(get("/api/entities?type=person"))).containsExactly(SINGH, FREELAND);
        assertThat(keys(get("/api/entities?type=ORGANIZATION&q=n"))).containsExactly(NDP);
        assertThat(keys(get("/api/entities?type=ORGANIZATION&q=singh"))).isEmpty();

        JsonNode ndp = get("/api/entities?q=NDP").get("items").get(0);
        assertThat(ndp.get("name").asString()).isEqualTo("NDP");
        assertThat(ndp.get("type").asString()).isEqualTo("ORGANIZATION");
        assertThat(ndp.get("aliases").toString()).contains("New Democrats");
        assertThat(ndp.get("articles").asInt()).isEqualTo(4);
        assertThat(ndp.get("mentions").asLong()).isEqualTo(4L * mentionsOf(NDP));
        assertThat(ndp.get("firstSeen").asString()).isEqualTo("2031-02-01T10:00:00Z");
        assertThat(ndp.get("lastSeen").asString()).isEqualTo("2031-04-01T10:00:00Z");
        assertThat(ndp.has("roles")).isTrue();
    }

    @Test
    void pagesSearchResultsByArticleCountThenKey() {
        List<String> seen = new ArrayList<>();
        JsonNode page = get("/api/entities?limit=1");
        seen.addAll(keys(page));
        int pages = 1;
        while (page.has("next")) {
            page = get("/api/entities?limit=1&cursor={cursor}", page.get("next").asString());
            seen.addAll(keys(page));
            pages++;
        }
        assertThat(pages).isEqualTo(4);
        assertThat(seen).containsExactly(NDP, SINGH, OTTAWA, FREELAND);
        JsonNode people = get("/api/entities?type=PERSON&limit=1");
        assertThat(keys(people)).containsExactly(SINGH);
        assertThat(keys(get("/api/entities?type=PERSON&limit=1&cursor={cursor}", people.get("next").asString())))
                .containsExactly(FREELAND);
    }

    @Test
    void profilesAnEntity() {
        JsonNode profile = get("/api/entities/{key}", SINGH);
        assertThat(profile.get("key").asString()).isEqualTo(SINGH);
        assertThat(profile.get("name").asString()).isEqualTo("Jagmeet Singh");
        assertThat(profile.get("type").asString()).isEqualTo("PERSON");
        assertThat(profile.get("aliases").toString()).contains("Singh");
        JsonNode counts = profile.get("counts");
        assertThat(counts.get("articles").asInt()).isEqualTo(3);
        assertThat(counts.get("mentions").asLong()).isEqualTo(3L * mentionsOf(SINGH));
        assertThat(counts.get("firstSeen").asString()).isEqualTo("2031-02-01T10:00:00Z");
        assertThat(counts.get("lastSeen").asString()).isEqualTo("2031-03-01T12:00:00Z");
        assertThat(profile.get("perDay").toString())
                .isEqualTo("[{\"day\":\"2031-02-01\",\"articles\":1},{\"day\":\"2031-03-01\",\"articles\":2}]");

        List<String> coMentioned = new ArrayList<>();
        profile.get("coMentioned").forEach(entity -> coMentioned.add(entity.get("key").asString() + "="
                + entity.get("articles").asInt()));
        assertThat(coMentioned).as("the withheld article's Ottawa and Gatineau do not count")
                .containsExactly(NDP + "=3", OTTAWA + "=2", FREELAND + "=1");
        assertThat(profile.get("coMentioned").get(0).get("name").asString()).isEqualTo("NDP");

        assertThat(statementKeys(profile.get("statementsBy"))).containsExactly(
                d + ":s1", d + ":s2", d + ":s4", c + ":s1", c + ":s2", c + ":s4", b + ":s1", b + ":s2", b + ":s4",
                a + ":s1");
        assertThat(statementKeys(profile.get("statementsAbout"))).containsExactly(c + ":s3", b + ":s3", a + ":s3");

        JsonNode march = get("/api/entities/{key}?from=2031-03-01&to=2031-03-31", SINGH);
        assertThat(march.get("perDay").toString()).isEqualTo("[{\"day\":\"2031-03-01\",\"articles\":2}]");
        assertThat(march.get("counts").get("articles").asInt()).isEqualTo(3);

        JsonNode freeland = get("/api/entities/{key}", FREELAND);
        assertThat(statementKeys(freeland.get("statementsBy"))).containsExactly(d + ":s3", c + ":s3", b + ":s3",
                a + ":s3");
        assertThat(statementKeys(freeland.get("statementsAbout")))
                .containsExactly(d + ":s1", d + ":s2", d + ":s4", a + ":s1", a + ":s2", a + ":s4");
        assertThat(freeland.get("coMentioned").get(0).get("key").asString()).isEqualTo(NDP);
    }

    @Test
    void answersUnknownOrDeadEntitiesWithNotFound() {
        for (String key : List.of("person:nobody", GATINEAU, "{\"$gt\":\"\"}", "$ne")) {
            ResponseEntity<String> response = exchange("/api/entities/{key}", key);
            assertThat(response.getStatusCode().value()).as(key).isEqualTo(404);
            assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        }
    }

    @Test
    void answersBadParametersWithProblemDetailsNamingThem() {
        assertBadParameter("/api/entities?limit=0", "limit");
        assertBadParameter("/api/entities?limit=many", "limit");
        assertBadParameter("/api/entities?cursor=not-a-cursor", "cursor");
        assertBadParameter("/api/entities?cursor={cursor}", "cursor", "{\"$gt\":\"\"}");
        assertBadParameter("/api/entities?q={q}", "q", "  ");
        assertBadParameter("/api/entities?type={type}", "type", "$ne");
        assertBadParameter("/api/entities?type={type}", "type", "PERSON|ORGANIZATION");
        assertBadParameter("/api/entities/{key}?from=yesterday", "from", SINGH);
        assertBadParameter("/api/entities/{key}?to=2031-13-01", "to", SINGH);
        assertBadParameter("/api/entities/{key}?from=2031-03-02&to=2031-03-01", "from", SINGH);
    }

    @Test
    void neverTurnsParametersIntoOperatorsOrPatterns() {
        for (String value : List.of("$ne", ".*", "{\"$gt\":\"\"}", "^", "a|b", "[a-z]", "\\E.*", "(?i)j.*")) {
            assertThat(keys(get("/api/entities?q={q}", value))).as("q=%s", value).isEmpty();
        }
        assertThat(keys(get("/api/entities?q={q}", "J"))).containsExactly(SINGH);
    }

    @Test
    void describesTheEntityEndpointsInOpenApi() {
        JsonNode paths = get("/v3/api-docs").get("paths");
        assertThat(parameters(paths.get("/api/entities").get("get")))
                .containsExactlyInAnyOrder("q", "type", "cursor", "limit");
        assertThat(parameters(paths.get("/api/entities/{key}").get("get")))
                .containsExactlyInAnyOrder("key", "from", "to");
        Stream.of("/api/entities", "/api/entities/{key}").forEach(path -> paths.get(path).get("get")
                .get("parameters").forEach(parameter -> assertThat(parameter.path("description").asString())
                        .as(path + " " + parameter.get("name").asString()).isNotBlank()));
    }

    /** Stores an article mentioning only the given entity keys, its statements, and its entity contributions. */
    private String store(String prefix, String publishedAt, String... keys) {
        Set<String> wanted = Set.of(keys);
        List<Entity> entities = new ArrayList<>();
        for (Entity entity : singh.enrichment().entities()) {
            if (wanted.contains(entity.key())) {
                entities.add(entity);
            }
            if (entity.key().equals(OTTAWA) && wanted.contains(GATINEAU)) {
                entities.add(new Entity("e9", "Gatineau", entity.type(), List.of(), List.of(), entity.mentions(),
                        entity.salience(), GATINEAU));
            }
        }
        Enrichment base = singh.enrichment();
        Enrichment enrichment = new Enrichment(base.engine(), base.engineVersion(), base.enrichedAt(), entities,
                base.statements());
        Article s = singh.article();
        String id = prefix + "-" + UUID.randomUUID();
        Article article = new Article(id, s.url(), s.canonicalUrl(), s.source(), s.title(), s.standfirst(),
                s.byline(), s.section(), s.language(), Instant.parse(publishedAt), s.updatedAt(), s.ingestedAt(),
                s.body(), "hash-" + id, s.media(), s.tags(), s.urgency(), s.pubStatus(), s.embargoedUntil());
        ArticleDocument document = DocumentMapper.articleOf(new ArticleEnriched(UUID.randomUUID(),
                singh.occurredAt(), singh.schemaVersion(), article, enrichment));
        mongo.insert(document);
        mongo.insertAll(DocumentMapper.statementsOf(document));
        statistics.recompute(statistics.contribute(id, ArticleWriter.versionOf(document), article, enrichment));
        return id;
    }

    /** Withholds a stored article as the projection would: hidden, with its contributions removed. */
    private void withhold(String id) {
        mongo.updateFirst(Query.query(Criteria.where("id").is(id)), Update.update("hidden", true),
                ArticleDocument.class);
        mongo.updateMulti(Query.query(Criteria.where("articleId").is(id)), Update.update("hidden", true),
                StatementDocument.class);
        ArticleDocument document = mongo.findById(id, ArticleDocument.class);
        var buckets = EntityStatistics.bucketsOf(id, ArticleWriter.versionOf(document),
                DocumentMapper.articleOf(document.article()), DocumentMapper.enrichmentOf(document.enrichment()));
        statistics.withdraw(id, buckets, version -> true);
        statistics.recompute(buckets);
    }

    private int mentionsOf(String key) {
        return singh.enrichment().entities().stream().filter(entity -> entity.key().equals(key))
                .mapToInt(entity -> entity.mentions().size()).sum();
    }

    private void assertBadParameter(String path, String parameter, Object... variables) {
        ResponseEntity<String> response = exchange(path, variables);
        assertThat(response.getStatusCode().value()).as("GET %s", path).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = Fixtures.JSON.readTree(response.getBody());
        assertThat(problem.get("parameter").asString()).as("GET %s", path).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).contains("'" + parameter + "'");
    }

    private static List<String> keys(JsonNode list) {
        List<String> keys = new ArrayList<>();
        list.get("items").forEach(item -> keys.add(item.get("key").asString()));
        return keys;
    }

    private static List<String> statementKeys(JsonNode statements) {
        List<String> keys = new ArrayList<>();
        statements.forEach(item -> keys.add(item.get("articleId").asString() + ":"
                + item.get("statementId").asString()));
        return keys;
    }

    private static List<String> parameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.get("parameters").forEach(parameter -> names.add(parameter.get("name").asString()));
        return names;
    }

    private JsonNode get(String path, Object... variables) {
        ResponseEntity<String> response = exchange(path, variables);
        assertThat(response.getStatusCode().value()).as("GET %s: %s", path, response.getBody()).isEqualTo(200);
        return Fixtures.JSON.readTree(response.getBody());
    }

    private ResponseEntity<String> exchange(String path, Object... variables) {
        return RestClient.create("http://localhost:" + port).get().uri(path, variables).retrieve()
                .onStatus(status -> true, (request, response) -> { })
                .toEntity(String.class);
    }
}
