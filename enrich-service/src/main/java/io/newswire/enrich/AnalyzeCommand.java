package io.newswire.enrich;

import io.newswire.enrich.nlp.ArticleEnricher;
import io.newswire.enrich.nlp.CoreNlpAnalyzer;
import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.events.Topics;
import io.newswire.ingest.ArticleNormalizer;
import io.newswire.ingest.JsonArticleReader;
import io.newswire.ingest.PlainTextArticleReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * {@code analyze FILE...}: enriches each file and prints one {@link ArticleEnriched} per line (JSON Lines, the
 * wire format of the topic). {@code .json} files hold one article object; every other file is plain text, read
 * as ingest reads it. A file that fails is reported on stderr with its name and the others go on.
 * Exit code 0, 1 when a file failed, 2 without files.
 */
final class AnalyzeCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Source FILE_SOURCE = new Source("file", "file", SourceKind.FILE, null);

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<ArticleEnricher> enricher;

    /**
     * @param out where the JSON Lines go
     * @param err where errors and the timing summary go
     * @param enricher loads the NLP (called once, and only when there are files)
     */
    AnalyzeCommand(PrintStream out, PrintStream err, Supplier<ArticleEnricher> enricher) {
        this.out = out;
        this.err = err;
        this.enricher = enricher;
    }

    /** The command as run from the shell: the engine with the default settings. */
    static AnalyzeCommand standard(PrintStream out, PrintStream err) {
        return new AnalyzeCommand(out, err,
                () -> new ArticleEnricher(CoreNlpAnalyzer.load(), EnrichProperties.DEFAULT_MAX_TEXT_LENGTH));
    }

    int run(String... files) {
        if (files.length == 0) {
            err.println("usage: newswire analyze FILE...");
            err.println("  prints one ArticleEnriched JSON per file (JSON Lines); .json files hold one article object,");
            err.println("  other files are plain text");
            return USAGE;
        }
        long started = System.nanoTime();
        ArticleEnricher enricher = this.enricher.get();
        long loaded = System.nanoTime();
        ArticleNormalizer normalizer = new ArticleNormalizer();
        PlainTextArticleReader plainText = new PlainTextArticleReader(normalizer);
        JsonArticleReader json = new JsonArticleReader(normalizer);
        int failed = 0;
        try (JacksonJsonSerializer<ArticleEnriched> serializer = new JacksonJsonSerializer<ArticleEnriched>().noTypeInfo()) {
            for (String file : files) {
                try {
                    String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
                    Article article = file.toLowerCase(Locale.ROOT).endsWith(".json")
                            ? json.read(text, FILE_SOURCE)
                            : plainText.read(text, FILE_SOURCE);
                    ArticleEnriched enriched = ArticleEnriched.of(article, enricher.enrich(article));
                    out.write(serializer.serialize(Topics.ARTICLES_ENRICHED, enriched));
                    out.write('\n');
                    out.flush();
                } catch (IOException | RuntimeException e) {
                    failed++;
                    err.println(file + ": " + describe(e));
                }
            }
        }
        long done = System.nanoTime();
        err.printf(Locale.ROOT, "analyzed %d file(s), %d failed; start-up %d ms, %.1f ms per file%n", files.length,
                failed, (loaded - started) / 1_000_000, (done - loaded) / 1e6 / files.length);
        return failed == 0 ? OK : FAILED;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.charset.MalformedInputException ? "not UTF-8 text"
                        : e.getClass().getSimpleName();
        return message == null || e instanceof java.nio.file.NoSuchFileException
                || e instanceof java.nio.charset.MalformedInputException ? kind : kind + ": " + message;
    }
}
