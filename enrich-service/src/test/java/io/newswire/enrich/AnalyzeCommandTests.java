package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.nlp.ArticleEnricher;
import io.newswire.enrich.nlp.TestArticles;
import io.newswire.enrich.nlp.TestPipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
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
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("analyzed 2 file(s), 0 failed").doesNotContain("note");
    }

    @Test
    void reportsAFileItCannotReadByNameAndGoesOn() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        Path good = copy("samples/short-article.json", "good.json");

        int exit = command.run(missing.toString(), folder.toString(), good.toString());

        assertThat(exit).isEqualTo(AnalyzeCommand.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(missing + ": no such file")
                .contains(folder + ": ")
                .contains("2 failed");
    }

    @Test
    void printsAnArticleWithoutTextForAnEmptyFile() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        assertThat(command.run(empty.toString())).isZero();

        JsonNode line = onlyLine();
        assertThat(line.at("/article/body").asString()).isEmpty();
        assertThat(line.at("/article/id").asString()).hasSize(32);
        assertThat(line.at("/enrichment/entities").size()).isZero();
        assertThat(notes()).containsExactly(empty + ": note: no text to analyse");
    }

    @Test
    void notesAFileWithoutSentences() throws IOException {
        Path marks = Files.writeString(dir.resolve("marks.txt"), "…\n\n— “ ” ; : , .\n\n* * *\n");

        assertThat(command.run(marks.toString())).isZero();

        assertThat(onlyLine().at("/enrichment/statements").size()).isZero();
        assertThat(notes()).containsExactly(marks + ": note: no sentences found");
    }

    @Test
    void cutsAMegabyteOfTextAndSaysWhere() throws IOException {
        String sample = TestArticles.resource("samples/vice-canada-soleimani.txt");
        String body = TestArticles.sample().body();
        String huge = sample + "\n\n" + String.join("\n\n", Collections.nCopies(1_048_576 / body.length() + 1, body));
        Path file = Files.writeString(dir.resolve("huge.txt"), huge);
        AnalyzeCommand cutting = new AnalyzeCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> new ArticleEnricher(TestPipeline.ANALYZER, 20_000));

        assertThat(cutting.run(file.toString())).isZero();

        JsonNode line = onlyLine();
        assertThat(line.at("/article/body").asString().length()).isGreaterThan(1_048_576);
        assertThat(line.at("/enrichment/entities").size()).isPositive();
        assertThat(line.at("/enrichment/statements").valueStream().mapToInt(s -> s.at("/span/end").asInt()).max()
                .orElseThrow()).isLessThanOrEqualTo(20_000);
        assertThat(notes()).singleElement().asString()
                .matches(java.util.regex.Pattern.quote(file + ": note: body cut at ") + "1\\d{4} of \\d{7} characters; "
                        + "the rest was not analysed");
    }

    @Test
    void notesTextThatIsNotEnglishAndStillFindsNames() throws IOException {
        Path french = Files.writeString(dir.resolve("french.txt"), "Le président rencontre le chancelier\n\n"
                + "Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin mardi. « Nous sommes prêts », "
                + "a déclaré Emmanuel Macron aux journalistes.\n");

        assertThat(command.run(french.toString())).isZero();

        assertThat(onlyLine().at("/enrichment/entities").valueStream().map(e -> e.get("name").asString()))
                .contains("Emmanuel Macron");
        assertThat(notes()).containsExactly(
                french + ": note: text does not look like English (entities and statements may be missing)");
    }

    @Test
    void readsUnbalancedQuotesWithoutComplaint() throws IOException {
        Path quotes = Files.writeString(dir.resolve("quotes.txt"), "Council votes on the budget\n\n"
                + "“We will not accept this budget, said Mayor Jane Smith on Tuesday.\n\n"
                + "The council voted 7-4 in favour. ” Smith said the city would appeal.\n");

        assertThat(command.run(quotes.toString())).isZero();

        assertThat(onlyLine().at("/enrichment/entities").valueStream().map(e -> e.get("name").asString()))
                .contains("Jane Smith");
        assertThat(notes()).isEmpty();
    }

    @Test
    void leavesOutStrayControlCharactersAndSaysSo() throws IOException {
        byte[] text = "Flood warning for Ottawa\n\nThe city of Ottawa issued a flood warning on Monday, officials said.\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] junk = {0x00, 0x01, 0x07, 0x1B, '\n'};
        byte[] bytes = new byte[text.length + junk.length];
        System.arraycopy(junk, 0, bytes, 0, junk.length);
        System.arraycopy(text, 0, bytes, junk.length, text.length);
        Path binary = Files.write(dir.resolve("binary.txt"), bytes);

        assertThat(command.run(binary.toString())).isZero();

        JsonNode line = onlyLine();
        assertThat(line.at("/article/title").asString()).isEqualTo("Flood warning for Ottawa");
        assertThat(line.at("/article/body").asString()).doesNotContain("\uFFFD", "\u0000");
        assertThat(line.at("/enrichment/entities/0/name").asString()).isEqualTo("Ottawa");
        assertThat(notes()).containsExactly(binary + ": note: 4 control character(s) left out");
    }

    @Test
    void readsUndeclaredWindows1252AsIngestDoes() throws IOException {
        Path file = Files.write(dir.resolve("cafe.txt"), ("Café owners fear rent rise in Montréal\n\nOwners of the café "
                + "on Rue Sainte-Catherine said the rent would double next year.\n").getBytes("windows-1252"));

        assertThat(command.run(file.toString())).isZero();

        assertThat(onlyLine().at("/article/title").asString()).isEqualTo("Café owners fear rent rise in Montréal");
        assertThat(notes()).containsExactly(file + ": note: not UTF-8 text; read as windows-1252");
    }

    @Test
    void refusesAFileThatIsNotText() throws IOException {
        byte[] noise = new byte[3000];
        new java.util.Random(3).nextBytes(noise);
        Path file = Files.write(dir.resolve("photo.txt"), noise);

        assertThat(command.run(file.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains(file + ": not text: ")
                .contains("analyzed 1 file(s), 1 failed");
    }

    @Test
    void readsTheTextOfAJsonFileOfAnotherShape() throws IOException {
        Path other = Files.writeString(dir.resolve("other.json"), """
                {"headline": "Ottawa flood warning", "content": {"text": "The city of Ottawa issued a flood warning on \
                Monday, Mayor Mark Sutcliffe said."}}""");

        assertThat(command.run(other.toString())).isZero();

        JsonNode line = onlyLine();
        assertThat(line.at("/article/title").asString()).isEqualTo("Ottawa flood warning");
        assertThat(line.at("/enrichment/entities").valueStream().map(e -> e.get("name").asString()))
                .contains("Mark Sutcliffe", "Ottawa");
        assertThat(notes()).containsExactly(other + ": note: not a JSON article (an article needs a non-blank title "
                + "or body); its text values were read as plain text");
    }

    @Test
    void readsBrokenOrTextlessJsonAsWellAsItCan() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"),
                "{\"title\": \"Flood warning for Ottawa\", \"body\": \"The city of Ottawa issued a flood warning");
        Path numbers = Files.writeString(dir.resolve("numbers.json"), "[1, 2, 3]");

        assertThat(command.run(broken.toString(), numbers.toString())).isZero();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(notes()).hasSize(3)
                .anySatisfy(n -> assertThat(n).startsWith(broken + ": note: not a JSON article (malformed JSON at line 1")
                        .endsWith("); read as plain text"))
                .contains(numbers + ": note: not a JSON article (expected a JSON object, found an array); its text "
                        + "values were read as plain text", numbers + ": note: no text to analyse");
    }

    @Test
    void explainsUsageWithoutFiles() {
        assertThat(command.run()).isEqualTo(AnalyzeCommand.USAGE);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: newswire analyze FILE...");
    }

    private JsonNode onlyLine() {
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        return JsonMapper.builder().build().readTree(lines.get(0));
    }

    private List<String> notes() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(": note: ")).toList();
    }

    private Path copy(String resource, String name) throws IOException {
        return Files.writeString(dir.resolve(name), TestArticles.resource(resource));
    }
}
