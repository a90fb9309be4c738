package io.newswire.enrich.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newswire.events.Article;
import java.util.Locale;

/**
 * Throughput of the enrichment on the shared sample article, and of CoreNLP alone with the same annotators:
 * articles per second, milliseconds per article and heap in use. Not a test; run it as a program:
 * {@code ./mvnw -q -pl enrich-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.newswire.enrich.nlp.EnrichBenchmark -Dexec.args=500}.
 */
public final class EnrichBenchmark {

    private EnrichBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Article article = TestArticles.sample();
        String text = String.join("\n\n", article.title(), article.standfirst(), article.body());

        long loading = System.nanoTime();
        ArticleEnricher enricher = new ArticleEnricher(CoreNlpAnalyzer.load(), 200_000);
        report("load ArticleEnricher", 1, System.nanoTime() - loading);
        for (int i = 0; i < Math.max(20, rounds / 10); i++) {
            enricher.enrich(article);
        }
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            enricher.enrich(article);
        }
        report("ArticleEnricher.enrich", rounds, System.nanoTime() - started);

        StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpAnalyzer.properties());
        for (int i = 0; i < Math.max(20, rounds / 10); i++) {
            pipeline.annotate(new Annotation(text));
        }
        started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            pipeline.annotate(new Annotation(text));
        }
        report("CoreNLP " + CoreNlpAnalyzer.ANNOTATORS + " (3-class NER)", rounds, System.nanoTime() - started);

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap in use after GC: %d MB (max %d MB); sample: %d characters%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20, text.length());
    }

    private static void report(String what, int rounds, long nanos) {
        double millis = nanos / 1e6;
        System.out.printf(Locale.ROOT, "%-45s %6d x  %8.2f ms/article  %8.1f articles/s%n", what, rounds,
                millis / rounds, rounds / (millis / 1000));
    }
}
