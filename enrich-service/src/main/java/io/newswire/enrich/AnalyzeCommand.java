package io.newswire.enrich;

import io.newswire.enrich.nlp.ArticleEnricher;
import io.newswire.enrich.nlp.CoreNlpAnalyzer;
import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.events.Topics;
import io.newswire.formats.ArticleNormalizer;
import io.newswire.formats.InvalidArticleException;
import io.newswire.formats.JsonArticleReader;
import io.newswire.formats.PlainTextArticleReader;
import io.newswire.formats.TextDecoding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code analyze FILE...}: enriches each file and prints one {@link ArticleEnriched} per line (JSON Lines, the
 * wire format of the topic). {@code .json} files hold one article object; every other file is plain text, read
 * as ingest reads it.
 *
 * <p>Odd content never stops it: bytes that are not UTF-8 and control characters are left out, a {@code .json}
 * file that is no article is read for its text, a file without text gives an article without text; what was left
 * out or may be missing is said on stderr, one line per note ({@code FILE: note: body cut at ...}). Only a file
 * that cannot be read at all (missing, a directory) fails; it is reported on stderr with its name and the others
 * go on. Exit code 0, 1 when a file failed, 2 without files.
 */
final class AnalyzeCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Source FILE_SOURCE = new Source("file", "file", SourceKind.FILE, null);
    /** Control characters other than line breaks and tabs: binary junk in a text file. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t\\f]]");

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<ArticleEnricher> enricher;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final PlainTextArticleReader plainText;
    private final JsonArticleReader json;

    /**
     * @param out where the JSON Lines go
     * @param err where errors, notes and the timing summary go
     * @param enricher loads the NLP (called once, and only when there are files)
     */
    AnalyzeCommand(PrintStream out, PrintStream err, Supplier<ArticleEnricher> enricher) {
        this.out = out;
        this.err = err;
        this.enricher = enricher;
        ArticleNormalizer normalizer = new ArticleNormalizer();
        this.plainText = new PlainTextArticleReader(normalizer);
        this.json = new JsonArticleReader(normalizer);
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
        int failed = 0;
        try (JacksonJsonSerializer<ArticleEnriched> serializer = new JacksonJsonSerializer<ArticleEnriched>().noTypeInfo()) {
            for (String file : files) {
                try {
                    List<String> notes = new ArrayList<>();
                    Article article = read(Path.of(file), notes);
                    ArticleEnricher.Result result = enricher.enrich(article);
                    notes.addAll(result.notes());
                    out.write(serializer.serialize(Topics.ARTICLES_ENRICHED, ArticleEnriched.of(article, result.enrichment())));
                    out.write('\n');
                    out.flush();
                    notes.forEach(note -> err.println(file + ": note: " + note));
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

    /** The article of a file, read as far as it can be; what had to be left out is added to the notes. */
    private Article read(Path file, List<String> notes) throws IOException {
        String text = readableText(Files.readAllBytes(file), notes);
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            try {
                return json.read(text, FILE_SOURCE);
            } catch (InvalidArticleException e) {
                JsonNode node = parse(text);
                if (node != null) {
                    // a JSON document of another shape still holds text worth reading
                    notes.add("not a JSON article (" + e.getMessage() + "); its text values were read as plain text");
                    List<String> values = new ArrayList<>();
                    collectStrings(node, values);
                    text = String.join("\n\n", values);
                } else {
                    notes.add("not a JSON article (" + e.getMessage() + "); read as plain text");
                }
            }
        }
        try {
            return plainText.read(text, FILE_SOURCE);
        } catch (InvalidArticleException e) {
            // neither headline nor body: the enricher says so in its notes
            return articleWithoutText();
        }
    }

    /**
     * The text of the bytes decoded as ingest decodes a body ({@link TextDecoding}: byte order mark, UTF-8, else
     * windows-1252), without the few control characters it may hold, which are noted.
     *
     * @throws InvalidArticleException when the bytes are not text (binary data)
     */
    private static String readableText(byte[] bytes, List<String> notes) {
        String text = TextDecoding.requireText(TextDecoding.decode(bytes, null), "");
        if (!TextDecoding.isUtf8(bytes)) {
            notes.add("not UTF-8 text; read as windows-1252");
        }
        long controls = CONTROL.matcher(text).results().count();
        if (controls > 0) {
            text = CONTROL.matcher(text).replaceAll("");
            notes.add(controls + " control character(s) left out");
        }
        return text;
    }

    private JsonNode parse(String text) {
        try {
            return mapper.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static void collectStrings(JsonNode node, List<String> strings) {
        if (node.isString()) {
            strings.add(node.stringValue());
        }
        for (JsonNode child : node) {
            collectStrings(child, strings);
        }
    }

    /** An article of no text, identified by its content as ingest identifies an article without URL or guid. */
    private static Article articleWithoutText() {
        String contentHash = "sha256:" + sha256Hex("\n\n");
        return new Article(sha256Hex("hash:" + contentHash).substring(0, 32), null, null, FILE_SOURCE, null, null,
                List.of(), null, null, null, null, Instant.now().truncatedTo(ChronoUnit.MILLIS), "", contentHash,
                List.of(), List.of(), null, null, null);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (e instanceof InvalidArticleException) {
            return message;
        }
        String kind = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getClass().getSimpleName();
        return message == null || e instanceof java.nio.file.NoSuchFileException ? kind : kind + ": " + message;
    }
}
