package io.newswire.formats.html;

import io.newswire.events.ArticleIngested;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.formats.ArticleNormalizer;
import io.newswire.formats.InvalidArticleException;
import io.newswire.formats.TextDecoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extracts the article of every page of a trafilatura-style evaluation folder ({@code list.txt}, the pages,
 * {@code gold.json} with each page's URL) the way {@code POST /api/articles?dryRun=true} with {@code text/html}
 * does (decoding, main-text extraction, normalisation) and writes {@code OUT/<n>.jsonl} with the would-be event,
 * for {@code score_extraction_snippets.py OUT}. Pages refused (no article text) get no file and are named on stderr.
 * With a third argument {@code readability4j}, Readability4J (the Java port of Mozilla's Readability, what a user
 * would otherwise pick) extracts instead, its title and text content written the same way, for the same scorer.
 *
 * <pre>./mvnw -q -pl formats test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=io.newswire.formats.html.ExtractionCorpusCheck
 *     -Dexec.args="../shared/devdata/extraction-dev /tmp/extraction-out"</pre>
 *
 * The team's {@code extraction-dev} is trafilatura's evaluation set (github.com/adbar/trafilatura, tests/,
 * Apache-2.0; the pages are third-party).
 */
public final class ExtractionCorpusCheck {

    private ExtractionCorpusCheck() {
    }

    public static void main(String[] args) throws IOException {
        boolean readability = args.length == 3 && args[2].equals("readability4j");
        if (args.length != 2 && !readability) {
            System.err.println("usage: ExtractionCorpusCheck FOLDER OUT [readability4j]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        JsonMapper json = JsonMapper.builder().build();
        JsonNode gold = json.readTree(Files.readString(folder.resolve("gold.json")));
        List<String> pages = Files.readAllLines(folder.resolve("list.txt")).stream().filter(l -> !l.isBlank()).toList();
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        ArticleNormalizer normalizer = new ArticleNormalizer();
        Source source = new Source("extraction-dev", null, SourceKind.HTTP, null);
        int refused = 0;
        long started = System.nanoTime();
        for (int n = 1; n <= pages.size(); n++) {
            Path page = folder.resolve(pages.get(n - 1).strip());
            Path result = out.resolve(n + ".jsonl");
            Files.deleteIfExists(result);
            byte[] bytes = Files.readAllBytes(page);
            String url = gold.path(page.getFileName().toString()).path("url").asString(null);
            String html = TextDecoding.decode(bytes, HtmlArticleExtractor.charset(bytes, null));
            if (readability) {
                try {
                    var article = new net.dankito.readability4j.extended.Readability4JExtended(
                            url == null ? "https://example.invalid/" : url, html).parse();
                    var event = json.createObjectNode();
                    event.putObject("article").put("title", article.getTitle()).put("body", article.getTextContent());
                    Files.writeString(result, event + "\n");
                } catch (RuntimeException e) {
                    refused++;
                    System.err.println(page.getFileName() + ": Readability4J failed: " + e);
                }
                continue;
            }
            try {
                var article = normalizer.normalize(extractor.extract(html, url, source));
                Files.writeString(result, json.writeValueAsString(ArticleIngested.of(article)) + "\n");
            } catch (InvalidArticleException e) {
                refused++;
                System.err.println(page.getFileName() + ": refused: " + e.getMessage());
            }
        }
        System.err.printf("%d pages, %d refused, %.1f ms per page%n", pages.size(), refused,
                (System.nanoTime() - started) / 1e6 / pages.size());
    }
}
