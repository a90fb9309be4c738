package io.newswire.enrich.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newswire.events.Article;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.formats.ArticleNormalizer;
import io.newswire.formats.JsonArticleReader;
import io.newswire.formats.PlainTextArticleReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Throughput of the enrichment over a folder of articles (by default the evaluation corpus), next to CoreNLP
 * alone with the same annotators on the same texts: articles/s, tokens/s, the share of time spent outside
 * CoreNLP (entity merging and statement extraction), the peak heap, and the rate on both cores (two threads
 * sharing one engine, as two listener threads do). The folder holds plain-text {@code .txt} articles, or JSON
 * articles ({@code title}, {@code body}) named in its {@code list.txt} (the layout of the real-news sets,
 * e.g. {@code ../shared/devdata/polnear-dev}). Not a test; run it as a program:
 * {@code ./mvnw -q -pl enrich-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.newswire.enrich.nlp.EnrichBenchmark -Dexec.args="evaluation 5"}
 * (arguments: folder, rounds over it).
 */
public final class EnrichBenchmark {

    private EnrichBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "evaluation");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Article> articles = read(folder);
        if (articles.isEmpty()) {
            System.err.println("no articles under " + folder + " (.txt files, or list.txt naming .json articles)");
            System.exit(2);
        }
        List<String> texts = articles.stream().map(EnrichBenchmark::text).toList();

        long loading = System.nanoTime();
        ArticleEnricher enricher = new ArticleEnricher(CoreNlpAnalyzer.load(), 200_000);
        System.out.printf(Locale.ROOT, "engine loaded in %.2f s%n", (System.nanoTime() - loading) / 1e9);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpAnalyzer.properties());
        long tokens = 0;
        for (String text : texts) {
            Annotation annotation = new Annotation(text);
            pipeline.annotate(annotation);
            tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        System.out.printf(Locale.ROOT, "%d articles, %d tokens (%d per article), %d rounds after a warm-up round%n",
                articles.size(), tokens, tokens / articles.size(), rounds);

        articles.forEach(enricher::enrich);
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            articles.forEach(enricher::enrich);
        }
        long enrichNanos = System.nanoTime() - started;

        texts.forEach(text -> pipeline.annotate(new Annotation(text)));
        started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            texts.forEach(text -> pipeline.annotate(new Annotation(text)));
        }
        long coreNlpNanos = System.nanoTime() - started;

        started = System.nanoTime();
        Thread second = new Thread(() -> {
            for (int i = 0; i < rounds; i++) {
                articles.forEach(enricher::enrich);
            }
        });
        second.start();
        for (int i = 0; i < rounds; i++) {
            articles.forEach(enricher::enrich);
        }
        join(second);
        long twoThreadNanos = System.nanoTime() - started;

        long count = (long) articles.size() * rounds;
        report("newswire enrichment", count, tokens * rounds, enrichNanos);
        report("newswire enrichment, 2 threads", 2 * count, 2 * tokens * rounds, twoThreadNanos);
        report("CoreNLP alone (" + CoreNlpAnalyzer.ANNOTATORS + ", 3-class)", count, tokens * rounds, coreNlpNanos);
        System.out.printf(Locale.ROOT, "beyond CoreNLP (entities, statements): %.2f ms/article, %.0f%% of CoreNLP's time%n",
                (enrichNanos - coreNlpNanos) / 1e6 / count, 100.0 * (enrichNanos - coreNlpNanos) / coreNlpNanos);
        for (String annotators : List.of("tokenize,ssplit,pos,ner", "tokenize,ssplit,pos,ner,depparse")) {
            // what a further annotator would cost on the same texts (a dependency parse of every sentence, say)
            Properties properties = CoreNlpAnalyzer.properties();
            properties.setProperty("annotators", annotators);
            StanfordCoreNLP more = new StanfordCoreNLP(properties);
            texts.forEach(text -> more.annotate(new Annotation(text)));
            started = System.nanoTime();
            texts.forEach(text -> more.annotate(new Annotation(text)));
            report("CoreNLP " + annotators, articles.size(), tokens, System.nanoTime() - started);
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage.getUsed()).sum();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap: %d MB in use after GC, peak %d MB (max %d MB)%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, peak >> 20, runtime.maxMemory() >> 20);
    }

    private static List<Article> read(Path folder) throws IOException {
        Source source = new Source("file", null, SourceKind.FILE, null);
        List<Article> articles = new ArrayList<>();
        Path list = folder.resolve("list.txt");
        if (Files.isRegularFile(list)) {
            var json = new JsonArticleReader(new ArticleNormalizer());
            for (String name : Files.readAllLines(list)) {
                if (!name.isBlank()) {
                    articles.add(json.read(Files.readString(folder.resolve(name.strip())), source));
                }
            }
            return articles;
        }
        var reader = new PlainTextArticleReader(new ArticleNormalizer());
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(reader.read(Files.readString(file), source));
            }
        }
        return articles;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String text(Article article) {
        return String.join("\n\n", article.title() == null ? "" : article.title(),
                article.standfirst() == null ? "" : article.standfirst(), article.body());
    }

    private static void report(String what, long articles, long tokens, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-42s %7.2f ms/article  %7.1f articles/s  %8.0f tokens/s%n", what,
                seconds * 1000 / articles, articles / seconds, tokens / seconds);
    }
}
