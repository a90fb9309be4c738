package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.Source;
import io.newswire.testsupport.RawHttp;
import io.newswire.testsupport.TestInfrastructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
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
 * The filters and cursor pagination of {@code /api/articles} and {@code /api/statements}, over documents written
 * straight to MongoDB (the listeners do not run). Each test works in its own year, selected with {@code from} and
 * {@code to}, so tests do not see each other's documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.listener.auto-startup=false", "logging.level.kafka=warn",
                "logging.level.org.apache.kafka=warn", "logging.level.state.change.logger=warn"})
class QueryIntegrationTests {

    private static final Source CBC = new Source("cbc-politics", "CBC News", io.newswire.events.SourceKind.RSS,
            "https://www.cbc.ca/webfeed/rss/rss-politics");
    private static final Source RADIO_CANADA = new Source("radio-canada", "Radio-Canada",
            io.newswire.events.SourceKind.RSS, "https://ici.radio-canada.ca/rss/4159");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TextSearch textSearch;

    private final ArticleEnriched singh = Fixtures.jagmeetSinghEnriched();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri("query-integration-tests"));
    }

    @Test
    void combinesArticleFiltersAndLeavesHiddenArticlesOut() {
        String year = "?from=2031-01-01T00:00:00Z&to=2031-12-31T23:59:59Z&limit=100";
        String budget = store(article("budget", CBC, "Politics", "en", "2031-02-01T10:00:00Z",
                "Singh says NDP will vote against budget", "OTTAWA — The pharmacare plan is the price."));
        String hockey = store(article("hockey", CBC, "Sports", "en", "2031-03-01T10:00:00Z",
                "Oilers win in overtime", "EDMONTON — A goal in overtime settled it."));
        String french = store(article("french", RADIO_CANADA, "Politique", "fr", "2031-04-01T10:00:00Z",
                "Le budget fédéral", "OTTAWA — Le NPD votera contre le budget."));
        String hidden = store(article("hidden", CBC, "Politics", "en", "2031-05-01T10:00:00Z",
                "Withheld budget story", "This budget story was withheld."));
        mongo.updateFirst(Query.query(Criteria.where("id").is(hidden)), Update.update("hidden", true),
                ArticleDocument.class);

        assertThat(articleIds(get("/api/articles" + year))).containsExactly(french, hockey, budget);
        assertThat(articleIds(get("/api/articles" + year + "&source=radio-canada"))).containsExactly(french);
        assertThat(articleIds(get("/api/articles" + year + "&language=EN"))).containsExactly(hockey, budget);
        assertThat(articleIds(get("/api/articles" + year + "&section=politics"))).containsExactly(budget);
        assertThat(articleIds(get("/api/articles" + year + "&q=budget"))).containsExactly(french, budget);
        assertThat(articleIds(get("/api/articles" + year + "&q=overtime"))).containsExactly(hockey);
        assertThat(articleIds(get("/api/articles" + year + "&q=budget&language=en"))).containsExactly(budget);
        assertThat(articleIds(get("/api/articles" + year + "&entity=Singh&source=cbc-politics")))
                .containsExactly(hockey, budget);
        assertThat(articleIds(get("/api/articles" + year + "&speaker=  chrystia   FREELAND ")))
                .containsExactly(french, hockey, budget);
        assertThat(articleIds(get("/api/articles" + year + "&speaker=Freeland"))).isEmpty();
        assertThat(articleIds(get("/api/articles?from=2031-03-01T10:00:00Z&to=2031-04-01T10:00:00Z")))
                .containsExactly(french, hockey);
        assertThat(articleIds(get("/api/articles?from=2031-03-01T09:00:00-01:00&to=2031-03-01T10:00:00Z")))
                .containsExactly(hockey);
    }

    @Test
    void neverTurnsParametersIntoOperatorsOrPatterns() {
        String year = "?from=2033-01-01T00:00:00Z&to=2033-12-31T23:59:59Z";
        String id = store(article("injection", CBC, "Politics", "en", "2033-02-01T10:00:00Z",
                "Singh says NDP will vote against budget", "OTTAWA — The pharmacare plan is the price."));
        assertThat(articleIds(get("/api/articles" + year))).containsExactly(id);

        for (String parameter : List.of("entity", "speaker", "source", "section", "q")) {
            for (String value : List.of("$ne", ".*", "{\"$gt\":\"\"}", "^", "a|b")) {
                assertThat(articleIds(get("/api/articles" + year + "&{parameter}={value}", parameter, value)))
                        .as("%s=%s", parameter, value).isEmpty();
            }
        }
        for (String parameter : List.of("speaker", "entity", "q")) {
            for (String value : List.of("$ne", ".*", "{\"$gt\":\"\"}")) {
                assertThat(get("/api/statements" + year + "&{parameter}={value}", parameter, value).get("items"))
                        .as("%s=%s", parameter, value).isEmpty();
            }
        }
        assertThat(get("/api/statements" + year).get("items")).hasSize(4);
    }

    @Test
    void pagesWithoutSkippingOrRepeatingWhileNewerArticlesArrive() {
        String window = "from=2032-01-01T00:00:00Z&to=2032-12-31T23:59:59Z";
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Pairs of articles share a publication time, so the id decides their order.
            String publishedAt = Instant.parse("2032-06-01T00:00:00Z").minusSeconds(3600L * (i / 2)).toString();
            expected.add(store(article("page-" + i, CBC, "Politics", "en", publishedAt, "Page " + i, "Body.")));
        }
        expected = sortedNewestFirst(expected);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = cursor == null ? get("/api/articles?limit=5&" + window)
                    : get("/api/articles?limit=5&" + window + "&cursor={cursor}", cursor);
            seen.addAll(articleIds(page));
            cursor = page.has("next") ? page.get("next").asString() : null;
            pages++;
            store(article("newer-" + pages, CBC, "Politics", "en", "2032-07-0" + pages + "T00:00:00Z", "Newer",
                    "Body."));
        }
        while (cursor != null);

        assertThat(pages).isEqualTo(5);
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(new HashSet<>(seen)).hasSize(23);
    }

    @Test
    void filtersAndPagesStatements() {
        String year = "?from=2034-01-01T00:00:00Z&to=2034-12-31T23:59:59Z";
        String first = store(article("statements-1", CBC, "Politics", "en", "2034-02-01T10:00:00Z", "One", "B."));
        String second = store(article("statements-2", CBC, "Politics", "en", "2034-03-01T10:00:00Z", "Two", "B."));
        String hidden = store(article("statements-3", CBC, "Politics", "en", "2034-04-01T10:00:00Z", "Three", "B."));
        mongo.updateMulti(Query.query(Criteria.where("articleId").is(hidden)), Update.update("hidden", true),
                StatementDocument.class);

        assertThat(statementKeys(get("/api/statements" + year + "&limit=100"))).containsExactly(
                second + ":s1", second + ":s2", second + ":s3", second + ":s4",
                first + ":s1", first + ":s2", first + ":s3", first + ":s4");
        assertThat(statementKeys(get("/api/statements" + year + "&speaker=freeland")))
                .containsExactly(second + ":s3", first + ":s3");
        assertThat(statementKeys(get("/api/statements" + year + "&type=direct")))
                .containsExactly(second + ":s2", first + ":s2");
        assertThat(statementKeys(get("/api/statements" + year + "&type=MIXED&speaker=Chrystia Freeland")))
                .containsExactly(second + ":s3", first + ":s3");
        assertThat(statementKeys(get("/api/statements" + year + "&q=pharmacare national")))
                .containsExactly(second + ":s1", first + ":s1");
        assertThat(statementKeys(get("/api/statements" + year + "&entity=New Democrats&limit=100")))
                .as("every statement of an article mentioning the NDP").hasSize(8);
        assertThat(statementKeys(get("/api/statements" + year + "&entity=Oilers"))).isEmpty();
        assertThat(statementKeys(get("/api/statements" + year + "&entity=PHARMACARE&limit=100")))
                .as("statements whose quote names something the article has no entity for")
                .contains(second + ":s1", first + ":s1").doesNotContain(first + ":s3", first + ":s4");
        assertThat(statementKeys(get("/api/statements?from=2034-02-01T10:00:00Z&to=2034-02-01T10:00:00Z")))
                .containsExactly(first + ":s1", first + ":s2", first + ":s3", first + ":s4");

        JsonNode page = get("/api/statements" + year + "&limit=3&entity=NDP");
        List<String> keys = new ArrayList<>(statementKeys(page));
        while (page.has("next")) {
            page = get("/api/statements" + year + "&limit=3&entity=NDP&cursor={cursor}", page.get("next").asString());
            keys.addAll(statementKeys(page));
        }
        assertThat(keys).hasSize(8).doesNotHaveDuplicates();
    }

    @Test
    void answersBadParametersWithProblemDetailsNamingThem() {
        assertBadParameter("/api/articles?from=yesterday", "from");
        assertBadParameter("/api/articles?to=2031-13-01T00:00:00Z", "to");
        assertBadParameter("/api/articles?from=2031-02-01T00:00:00Z&to=2031-01-01T00:00:00Z", "from");
        assertBadParameter("/api/articles?cursor=not-a-cursor", "cursor");
        assertBadParameter("/api/articles?cursor=" + new PageCursor(Instant.EPOCH, "x").encode().substring(3),
                "cursor");
        assertBadParameter("/api/articles?limit=0", "limit");
        assertBadParameter("/api/articles?language=$ne", "language");
        assertBadParameter("/api/articles?q={q}", "q", " ");
        assertBadParameter("/api/statements?type=QUOTE", "type");
        assertBadParameter("/api/statements?cursor={cursor}", "cursor", "{\"$gt\":\"\"}");
        assertBadParameter("/api/statements?to=never", "to");
        assertBadParameter("/api/entities?type=ALIEN", "type");
        assertBadParameter("/api/articles?entitty=Singh", "entitty");
        assertThat(exchange("/api/articles?entitty=Singh").getBody()).as("the known parameters are listed")
                .contains("it takes cursor, duplicates, entity, from, language, limit, q, section, sort, source, speaker, to");
        assertBadParameter("/api/statements?speakr=Singh", "speakr");
    }

    @Test
    void answersUndecodableAndBracketedParametersWithProblemDetailsNotServerErrors() {
        RawHttp.Answer undecodable = RawHttp.send(port, "GET", "/api/articles?q=%%%", null, "");
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(undecodable.headers()).contains("application/problem+json");
        assertThat(undecodable.body()).contains("\"parameter\":\"q\"").contains("not valid percent-encoding");

        RawHttp.Answer bracketed = RawHttp.send(port, "GET", "/api/articles?entity[$ne]=x", null, "");
        assertThat(bracketed.status()).isEqualTo(400);
        assertThat(bracketed.headers()).as("a problem detail, not Tomcat's HTML page").contains("application/problem+json");
        assertThat(bracketed.body()).contains("'entity[$ne]' is not a parameter of /api/articles");
    }

    @Test
    void aWithheldArticleIsGoneByIdInEveryFormat() {
        String hidden = store(article("gone", CBC, "Politics", "en", "2037-05-01T10:00:00Z",
                "Withheld budget story", "This budget story was withheld."));
        mongo.updateFirst(Query.query(Criteria.where("id").is(hidden)), Update.update("hidden", true)
                .set("article.pubStatus", "withheld"), ArticleDocument.class);

        for (String path : List.of("/api/articles/{id}", "/api/articles/{id}?format=ninjs")) {
            ResponseEntity<String> response = exchange(path, hidden);
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(410);
            assertThat(response.getBody()).as(path).contains("was withheld by its source")
                    .doesNotContain("This budget story");
        }
    }

    @Test
    void ranksTextMatchesByRelevanceAndPagesThroughThemOnce() {
        String year = "?from=2036-01-01T00:00:00Z&to=2036-12-31T23:59:59Z&q=pharmacare";
        String inBody = store(article("body", CBC, "Politics", "en", "2036-05-01T10:00:00Z", "Council meets",
                "The pharmacare plan was discussed."));
        String inTitle = store(article("title", CBC, "Politics", "en", "2036-02-01T10:00:00Z",
                "Pharmacare plan unveiled", "Details follow."));
        String often = store(article("often", CBC, "Politics", "en", "2036-03-01T10:00:00Z", "Pharmacare vote",
                "Pharmacare is back; pharmacare again."));
        store(article("none", CBC, "Sports", "en", "2036-04-01T10:00:00Z", "Oilers win", "A goal in overtime."));

        assertThat(articleIds(get("/api/articles" + year + "&sort=relevance"))).containsExactly(often, inTitle,
                inBody);
        assertThat(articleIds(get("/api/articles" + year))).containsExactly(inBody, often, inTitle);
        List<String> paged = new ArrayList<>();
        JsonNode page = get("/api/articles" + year + "&sort=relevance&limit=1");
        paged.addAll(articleIds(page));
        while (page.has("next")) {
            page = get("/api/articles" + year + "&sort=relevance&limit=1&cursor={cursor}", page.get("next").asString());
            paged.addAll(articleIds(page));
        }
        assertThat(paged).containsExactly(often, inTitle, inBody);
        assertBadParameter("/api/articles?sort=relevance", "sort");
        assertBadParameter("/api/articles?q=budget&sort=oldest", "sort");
        assertBadParameter("/api/articles?q=budget&sort=relevance&cursor="
                + new PageCursor(Instant.EPOCH, "x").encode(), "cursor");
    }

    @Test
    void keepsNearDuplicateLinksAndLeavesDuplicatesOutOnRequest() {
        String year = "?from=2037-01-01T00:00:00Z&to=2037-12-31T23:59:59Z";
        Article first = article("story", CBC, "Politics", "en", "2037-02-01T10:00:00Z", "Budget vote", "Vote.");
        String original = store(first);
        Article rerun = article("rerun", RADIO_CANADA, "Politics", "en", "2037-02-02T10:00:00Z", "Budget vote",
                "Vote.").withDuplicateOf(original);
        String duplicate = store(rerun);

        assertThat(articleIds(get("/api/articles" + year))).containsExactly(duplicate, original);
        assertThat(articleIds(get("/api/articles" + year + "&duplicates=exclude"))).containsExactly(original);
        assertThat(get("/api/articles/{id}", duplicate).get("article").get("duplicateOf").asString())
                .isEqualTo(original);
        assertBadParameter("/api/articles?duplicates=hide", "duplicates");
    }

    @Test
    void servesAnArticleAsNinjsOnRequest() {
        String id = store(article("ninjs", CBC, "Politics", "en", "2035-02-01T10:00:00Z", "Ninjs headline", "B."));

        ResponseEntity<String> byParameter = exchange("/api/articles/{id}?format=ninjs", id);
        assertThat(byParameter.getHeaders().getContentType()).hasToString(NinjsArticle.MEDIA_TYPE);
        assertThat(Fixtures.JSON.readTree(byParameter.getBody()).get("headline").asString())
                .isEqualTo("Ninjs headline");
        ResponseEntity<String> byAccept = RestClient.create("http://localhost:" + port).get()
                .uri("/api/articles/{id}", id).header("Accept", NinjsArticle.MEDIA_TYPE).retrieve()
                .toEntity(String.class);
        assertThat(byAccept.getHeaders().getContentType()).hasToString(NinjsArticle.MEDIA_TYPE);
        assertThat(Fixtures.JSON.readTree(byAccept.getBody()).get("people").get(0).get("uri").asString())
                .isEqualTo("person:jagmeet-singh");
        assertThat(get("/api/articles/{id}", id).get("article").get("title").asString()).isEqualTo("Ninjs headline");
        assertBadParameter("/api/articles/{id}?format=xml", "format", id);
    }

    @Test
    void reportsWhichTextSearchModeRuns() {
        assertThat(textSearch.usesTextIndexes()).isEqualTo(TestInfrastructure.usesContainers());
    }

    private void assertBadParameter(String path, String parameter, Object... variables) {
        ResponseEntity<String> response = exchange(path, variables);
        assertThat(response.getStatusCode().value()).as("GET %s", path).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = Fixtures.JSON.readTree(response.getBody());
        assertThat(problem.get("parameter").asString()).as("GET %s", path).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).contains("'" + parameter + "'");
    }

    private Article article(String prefix, Source source, String section, String language, String publishedAt,
            String title, String body) {
        Article a = singh.article();
        String id = prefix + "-" + UUID.randomUUID();
        return new Article(id, a.url(), a.canonicalUrl(), source, title, a.standfirst(), a.byline(), section,
                language, Instant.parse(publishedAt), a.updatedAt(), a.ingestedAt(), body, "hash-" + id, a.media(),
                a.tags(), a.urgency(), a.pubStatus(), a.embargoedUntil());
    }

    /** Stores the article with the fixture's enrichment, as the projection would, and returns its id. */
    private String store(Article article) {
        ArticleDocument document = DocumentMapper.articleOf(new ArticleEnriched(UUID.randomUUID(),
                singh.occurredAt(), singh.schemaVersion(), article, singh.enrichment()));
        mongo.insert(document);
        mongo.insertAll(DocumentMapper.statementsOf(document));
        return article.id();
    }

    private List<String> sortedNewestFirst(List<String> ids) {
        return mongo.find(Query.query(Criteria.where("id").in(ids))
                        .with(org.springframework.data.domain.Sort.by(
                                org.springframework.data.domain.Sort.Order.desc("sortAt"),
                                org.springframework.data.domain.Sort.Order.asc("id"))), ArticleDocument.class)
                .stream().map(ArticleDocument::id).toList();
    }

    private static List<String> articleIds(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("article").get("id").asString()));
        return ids;
    }

    private static List<String> statementKeys(JsonNode list) {
        List<String> keys = new ArrayList<>();
        list.get("items").forEach(item -> keys.add(item.get("articleId").asString() + ":"
                + item.get("statementId").asString()));
        return keys;
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
