package io.newswire.enrich.nlp;

import io.newswire.events.Article;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.ingest.ArticleNormalizer;
import io.newswire.ingest.PlainTextArticleReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The CoreNLP pipeline loaded once per test JVM, and articles to feed it. */
public final class TestPipeline {

    public static final CoreNlpAnalyzer ANALYZER = CoreNlpAnalyzer.load();
    public static final ArticleEnricher ENRICHER = new ArticleEnricher(ANALYZER, 200_000);
    public static final Source FILE = new Source("file", "file", SourceKind.FILE, null);

    private TestPipeline() {
    }

    public static Article article(String title, String standfirst, String body) {
        return new Article("test", null, null, FILE, title, standfirst, List.of(), null, "en", null, null, null, body,
                "hash", List.of(), List.of(), null, null, null);
    }

    /** The Vice article of the shared samples, read as ingest reads plain text. */
    public static Article sample() {
        return new PlainTextArticleReader(new ArticleNormalizer()).read(resource("samples/vice-canada-soleimani.txt"),
                FILE);
    }

    public static String resource(String name) {
        try (InputStream in = TestPipeline.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
