package io.newswire.enrich.nlp;

import io.newswire.events.Article;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.formats.ArticleNormalizer;
import io.newswire.formats.PlainTextArticleReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Articles for tests: the shared sample as ingest reads it, and articles made of given fields. */
public final class TestArticles {

    public static final Source FILE = new Source("file", "file", SourceKind.FILE, null);

    private TestArticles() {
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
        try (InputStream in = TestArticles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
