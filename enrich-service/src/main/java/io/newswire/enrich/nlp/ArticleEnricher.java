package io.newswire.enrich.nlp;

import io.newswire.events.Article;
import io.newswire.events.Enrichment;
import io.newswire.events.Statement;
import io.newswire.events.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the entities and statements of an article: runs the NLP on the headline, standfirst and body, then the
 * entity and statement extractors. Thread-safe; one instance serves the whole application.
 */
public final class ArticleEnricher {

    /** Name of the enrichment engine in {@link Enrichment#engine()}. */
    public static final String ENGINE = "newswire-corenlp";

    private static final Logger log = LoggerFactory.getLogger(ArticleEnricher.class);
    private static final String VERSION = readVersion();

    private final CoreNlpAnalyzer analyzer;
    private final int maxTextLength;
    private final EntityExtractor entityExtractor = new EntityExtractor();
    private final StatementExtractor statementExtractor = new StatementExtractor();

    /**
     * @param analyzer the loaded NLP pipeline
     * @param maxTextLength characters of a field analysed at most; a longer field is analysed up to the last
     *     paragraph or word break before the limit, and the cut is logged
     */
    public ArticleEnricher(CoreNlpAnalyzer analyzer, int maxTextLength) {
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be positive: " + maxTextLength);
        }
        this.analyzer = analyzer;
        this.maxTextLength = maxTextLength;
    }

    /** The project version this engine was built as. */
    public static String engineVersion() {
        return VERSION;
    }

    /** The entities and statements of the article; fields that are missing or blank yield nothing. */
    public Enrichment enrich(Article article) {
        List<AnalyzedText> fields = List.of(
                analyze(article, TextField.TITLE, article.title()),
                analyze(article, TextField.STANDFIRST, article.standfirst()),
                analyze(article, TextField.BODY, article.body()));
        ArticleEntities entities = entityExtractor.extract(fields);
        List<Statement> statements = statementExtractor.extract(fields, entities);
        return new Enrichment(ENGINE, VERSION, Instant.now(), entities.toEntities(), statements);
    }

    private AnalyzedText analyze(Article article, TextField field, String text) {
        if (text == null) {
            return AnalyzedText.empty(field, "");
        }
        String analysed = text;
        if (text.length() > maxTextLength) {
            analysed = text.substring(0, cut(text, maxTextLength));
            log.info("Article {}: {} has {} characters; enriching the first {}", article.id(),
                    field.name().toLowerCase(), text.length(), analysed.length());
        }
        return analyzer.analyze(field, analysed);
    }

    /** The end of the text to analyse: the last paragraph break, else the last space, before the limit. */
    static int cut(String text, int limit) {
        int paragraph = text.lastIndexOf("\n\n", limit);
        if (paragraph > limit / 2) {
            return paragraph;
        }
        for (int i = limit; i > limit / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static String readVersion() {
        try (InputStream in = ArticleEnricher.class.getResourceAsStream("engine.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String version = properties.getProperty("version", "");
            return version.isEmpty() || version.startsWith("@") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
