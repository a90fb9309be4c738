package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.testsupport.TestInfrastructure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description and Swagger UI of the query API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.listener.auto-startup=false", "logging.level.kafka=warn",
                "logging.level.org.apache.kafka=warn", "logging.level.state.change.logger=warn"})
class OpenApiIntegrationTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri("openapi-integration-tests"));
    }

    @Test
    void describesTheQueryEndpointsAndTheirParameters() {
        JsonNode api = Fixtures.JSON.readTree(client().get().uri("/v3/api-docs").retrieve().body(String.class));
        JsonNode paths = api.get("paths");

        assertThat(parameters(paths.get("/api/articles").get("get"))).containsExactlyInAnyOrder("entity", "speaker",
                "source", "language", "section", "q", "from", "to", "cursor", "duplicates", "sort", "limit");
        assertThat(parameters(paths.get("/api/statements").get("get"))).containsExactlyInAnyOrder("speaker",
                "entity", "type", "q", "from", "to", "cursor", "limit");
        assertThat(parameters(paths.get("/api/articles/{id}").get("get"))).contains("id");
        paths.get("/api/articles").get("get").get("parameters").forEach(parameter -> assertThat(
                parameter.path("description").asString()).as(parameter.get("name").asString()).isNotBlank());
        paths.get("/api/statements").get("get").get("parameters").forEach(parameter -> assertThat(
                parameter.path("description").asString()).as(parameter.get("name").asString()).isNotBlank());
    }

    @Test
    void servesSwaggerUi() {
        String page = client().get().uri("/swagger-ui/index.html").retrieve().body(String.class);
        assertThat(page).contains("swagger-ui");
    }

    private RestClient client() {
        return RestClient.create("http://localhost:" + port);
    }

    private static List<String> parameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.get("parameters").forEach(parameter -> names.add(parameter.get("name").asString()));
        return names;
    }
}
