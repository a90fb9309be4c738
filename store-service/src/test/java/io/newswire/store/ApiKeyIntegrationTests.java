package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** The store with its queries protected: each query needs a key, health and the API description do not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.listener.auto-startup=false", "logging.level.kafka=warn", "logging.level.org.apache.kafka=warn",
        "newswire.security.api-keys=store-key-of-the-research-team-7", "newswire.security.protect-queries=true"})
class ApiKeyIntegrationTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri("api-key-integration-tests"));
    }

    @Test
    void everyQueryNeedsTheKey() {
        for (String path : new String[] {"/api/articles", "/api/statements", "/api/entities", "/api/articles/a-none"}) {
            var answer = get(path, null);
            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(401);
            assertThat(answer.getHeaders().getContentType()).as(path).hasToString("application/problem+json");
            assertThat(answer.getBody()).as(path).contains("this query needs an API key");
        }
    }

    @Test
    void withTheKeyTheQueriesAnswer() {
        assertThat(get("/api/articles", "store-key-of-the-research-team-7").getStatusCode().value()).isEqualTo(200);
        assertThat(get("/api/articles/a-none", "store-key-of-the-research-team-7").getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void healthAndTheApiDescriptionStayOpen() {
        assertThat(get("/actuator/health", null).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/v3/api-docs", null).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null).getStatusCode().value()).isEqualTo(401);
    }

    private ResponseEntity<String> get(String path, String key) {
        var request = RestClient.create("http://localhost:" + port).get().uri(path);
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return request.retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }
}
