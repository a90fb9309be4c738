package io.newswire.enrich.nlp;

/** The CoreNLP pipeline, loaded once per test JVM. */
public final class TestPipeline {

    public static final CoreNlpAnalyzer ANALYZER = CoreNlpAnalyzer.load();
    public static final ArticleEnricher ENRICHER = new ArticleEnricher(ANALYZER, 200_000);

    private TestPipeline() {
    }
}
