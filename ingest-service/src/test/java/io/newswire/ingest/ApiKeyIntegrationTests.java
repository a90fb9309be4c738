package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.Topics;
import io.newswire.testsupport.TestInfrastructure;
import io.newswire.testsupport.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** Ingest with API keys configured: what changes data needs a key; a wrong key is refused whatever it asks. */
class ApiKeyIntegrationTests {

    static final String KEY = "k3y-for-the-newsroom-desk-0001";
    static final String SECOND_KEY = "second-key-of-the-data-team-02";
    static final String ARTICLE = "Ferry crews strike\n\nThe union said so on Monday.";

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("newswire.ingest.state-dir", () -> TestInfrastructure.temporaryDirectory("newswire-ingest"));
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "newswire.security.api-keys=" + KEY + "," + SECOND_KEY)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WritesNeedAKey {

        @LocalServerPort
        int port;

        private TopicReader topic;

        @BeforeAll
        void connect() {
            topic = TopicReader.fromBeginning(Topics.ARTICLES_INGESTED);
        }

        @AfterAll
        void disconnect() {
            topic.close();
        }

        @Test
        void aPostWithoutAKeyIsRefusedAndPublishesNothing() {
            long before = topic.endOffsetSum();

            var answer = send(port, "POST", "/api/articles", null, ARTICLE);

            assertThat(answer.getStatusCode().value()).isEqualTo(401);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Bearer realm=\"newswire\"");
            assertThat(answer.getBody()).contains("this request changes data and needs an API key: send it in X-API-Key");
            assertThat(topic.endOffsetSum()).isEqualTo(before);
        }

        @Test
        void aWrongKeyIsRefusedEvenForAQuery() {
            var post = send(port, "POST", "/api/articles", "X-API-Key: not-the-key-of-anyone-here", ARTICLE);
            var query = send(port, "GET", "/api/feeds", "X-API-Key: not-the-key-of-anyone-here", null);

            assertThat(post.getStatusCode().value()).isEqualTo(401);
            assertThat(post.getBody()).contains("the API key in X-API-Key (or Authorization: Bearer) is not one this "
                    + "service accepts");
            assertThat(query.getStatusCode().value()).isEqualTo(401);
        }

        @Test
        void eitherKeyPublishesInTheHeaderOrAsABearerToken() {
            long before = topic.endOffsetSum();

            var byHeader = send(port, "POST", "/api/articles", "X-API-Key: " + KEY, ARTICLE);
            var byBearer = send(port, "POST", "/api/articles", "Authorization: Bearer " + SECOND_KEY,
                    "Ferry crews strike again\n\nThe union said so on Tuesday, a day later.");

            assertThat(byHeader.getStatusCode().value()).as(byHeader.getBody()).isEqualTo(202);
            assertThat(byBearer.getStatusCode().value()).as(byBearer.getBody()).isEqualTo(202);
            assertThat(topic.endOffsetSum()).isEqualTo(before + 2);
        }

        @Test
        void removingAFeedNeedsAKeyButListingFeedsAndHealthDoNot() {
            var delete = send(port, "DELETE", "/api/feeds/f-none", null, null);
            var list = send(port, "GET", "/api/feeds", null, null);
            var health = send(port, "GET", "/actuator/health", null, null);

            assertThat(delete.getStatusCode().value()).isEqualTo(401);
            assertThat(list.getStatusCode().value()).isEqualTo(200);
            assertThat(health.getStatusCode().value()).isEqualTo(200);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "newswire.security.api-keys=" + KEY, "newswire.security.protect-queries=true"})
    class QueriesNeedAKeyWhenProtected {

        @LocalServerPort
        int port;

        @Test
        void aQueryWithoutAKeyIsRefusedWithItsKeyAnswered() {
            var without = send(port, "GET", "/api/feeds", null, null);
            var with = send(port, "GET", "/api/feeds", "X-API-Key: " + KEY, null);
            var metrics = send(port, "GET", "/actuator/prometheus", null, null);
            var health = send(port, "GET", "/actuator/health", null, null);

            assertThat(without.getStatusCode().value()).isEqualTo(401);
            assertThat(without.getBody()).contains("this query needs an API key");
            assertThat(with.getStatusCode().value()).isEqualTo(200);
            assertThat(metrics.getStatusCode().value()).isEqualTo(401);
            assertThat(health.getStatusCode().value()).isEqualTo(200);
        }
    }

    static ResponseEntity<String> send(int port, String method, String path, String header, String body) {
        var request = RestClient.create("http://localhost:" + port).method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path);
        if (header != null) {
            String[] nameValue = header.split(": ", 2);
            request.header(nameValue[0], nameValue[1]);
        }
        if (body != null) {
            request.contentType(MediaType.TEXT_PLAIN).body(body);
        }
        return request.retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }
}
