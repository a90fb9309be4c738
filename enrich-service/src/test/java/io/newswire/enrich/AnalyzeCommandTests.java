package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.nlp.TestArticles;
import io.newswire.enrich.nlp.TestPipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyzeCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AnalyzeCommand command = new AnalyzeCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> TestPipeline.ENRICHER);

    @Test
    void printsOneEnrichedArticlePerFileAsJsonLines() throws IOException {
        Path text = copy("samples/vice-canada-soleimani.txt", "vice.txt");
        Path json = copy("samples/short-article.json", "short.json");

        int exit = command.run(text.toString(), json.toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).doesNotContain(":null"));
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode vice = mapper.readTree(lines.get(0));
        assertThat(vice.at("/article/title").asString()).startsWith("Canada Calls for De-Escalation");
        assertThat(vice.at("/article/source/kind").asString()).isEqualTo("file");
        assertThat(vice.at("/article/source/id").asString()).isEqualTo("file");
        assertThat(vice.at("/article/ingestedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(vice.at("/enrichment/engine").asString()).isEqualTo("newswire-corenlp");
        assertThat(vice.at("/enrichment/statements").size()).isGreaterThanOrEqualTo(10);
        assertThat(vice.at("/schemaVersion").asInt()).isEqualTo(1);
        JsonNode flood = mapper.readTree(lines.get(1));
        assertThat(flood.at("/article/canonicalUrl").asString()).isEqualTo("https://news.example/flooding");
        assertThat(flood.at("/enrichment/statements/0/speaker/name").asString()).isEqualTo("Steven Guilbeault");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("analyzed 2 file(s), 0 failed");
    }

    @Test
    void reportsAFailedFileByNameAndGoesOn() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"title\": ");
        Path good = copy("samples/short-article.json", "good.json");

        int exit = command.run(missing.toString(), broken.toString(), good.toString());

        assertThat(exit).isEqualTo(AnalyzeCommand.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(missing + ": no such file")
                .contains(broken.toString() + ": ")
                .contains("2 failed");
    }

    @Test
    void explainsUsageWithoutFiles() {
        assertThat(command.run()).isEqualTo(AnalyzeCommand.USAGE);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: newswire analyze FILE...");
    }

    private Path copy(String resource, String name) throws IOException {
        return Files.writeString(dir.resolve(name), TestArticles.resource(resource));
    }
}
