package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.Article;
import io.newswire.events.Enrichment;
import io.newswire.events.Entity;
import io.newswire.events.Statement;
import io.newswire.formats.ArticleNormalizer;
import io.newswire.formats.PlainTextArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the enrichment's quality in the build: scores the hand-annotated evaluation corpus ({@code evaluation/})
 * the way {@code evaluation/evaluate.py} does (micro-averaged over the articles of a set) and fails when
 * statement F1, speaker accuracy or entity recall fall below the figures the engine reached when the floor was
 * last raised. Raise the floors when the engine gets better; never lower them to let a change through.
 */
class EnrichmentQualityTests {

    private static final Path EVALUATION = Path.of("..", "evaluation");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_']+");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Map<String, String> FAMILY = Map.of("COUNTRY", "LOCATION", "CITY", "LOCATION",
            "STATE_OR_PROVINCE", "LOCATION");

    /** The counts behind the ratios, summed over the articles of a set. */
    private static final class Counts {
        int requiredEntities;
        int foundEntities;
        int requiredStatements;
        int foundStatements;
        int detectedStatements;
        int statements;
        int rightStatements;

        double statementF1() {
            double p = ratio(rightStatements, statements);
            double r = ratio(foundStatements, requiredStatements);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double speakerAccuracy() {
            return ratio(foundStatements, detectedStatements);
        }

        double entityRecall() {
            return ratio(foundEntities, requiredEntities);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1 : (double) a / b;
        }
    }

    @ParameterizedTest(name = "{0}: statement F1 >= {1}, speaker accuracy >= {2}, entity recall >= {3}")
    @CsvSource({
            "dev,     0.987, 0.993, 0.994",
            "heldout, 0.927, 0.966, 0.893"})
    void keepsQualityOnTheEvaluationCorpus(String set, double minF1, double minSpeaker, double minEntityRecall)
            throws IOException {
        var reader = new PlainTextArticleReader(new ArticleNormalizer());
        var json = JsonMapper.builder().build();
        Counts counts = new Counts();
        List<Path> files;
        try (Stream<Path> listing = Files.list(EVALUATION.resolve(set))) {
            files = listing.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).as("articles in evaluation/" + set).hasSizeGreaterThan(10);
        for (Path file : files) {
            Article article = reader.read(Files.readString(file), TestArticles.FILE);
            Enrichment enrichment = TestPipeline.ENRICHER.enrich(article).enrichment();
            Path expectedFile = file.resolveSibling(file.getFileName().toString().replace(".txt", ".expected.json"));
            score(json.readTree(Files.readString(expectedFile)), enrichment, counts);
        }
        System.out.printf(Locale.ROOT, "evaluation/%s: statement F1 %.3f, speaker accuracy %.3f, entity recall %.3f%n",
                set, counts.statementF1(), counts.speakerAccuracy(), counts.entityRecall());
        assertThat(counts.statementF1()).as("statement F1 on " + set).isGreaterThanOrEqualTo(minF1);
        assertThat(counts.speakerAccuracy()).as("speaker accuracy on " + set).isGreaterThanOrEqualTo(minSpeaker);
        assertThat(counts.entityRecall()).as("entity recall on " + set).isGreaterThanOrEqualTo(minEntityRecall);
    }

    /** The rules of {@code evaluation/score_enrichment.py}, counted into {@code counts}. */
    private static void score(JsonNode expected, Enrichment enrichment, Counts counts) {
        List<JsonNode> goldEntities = expected.path("entities").valueStream().toList();
        List<JsonNode> goldStatements = expected.path("statements").valueStream().toList();
        for (JsonNode gold : goldEntities) {
            if (!gold.path("optional").asBoolean(false)) {
                counts.requiredEntities++;
                if (enrichment.entities().stream().anyMatch(e -> sameEntity(gold, e))) {
                    counts.foundEntities++;
                }
            }
        }
        for (JsonNode gold : goldStatements) {
            if (gold.path("optional").asBoolean(false)) {
                continue;
            }
            counts.requiredStatements++;
            boolean detected = false;
            boolean found = false;
            for (Statement statement : enrichment.statements()) {
                if (overlap(gold.path("quote").asString(), statement.quote()) >= 0.5) {
                    detected = true;
                    found |= sameSpeaker(gold, statement, goldEntities);
                }
            }
            counts.detectedStatements += detected ? 1 : 0;
            counts.foundStatements += found ? 1 : 0;
        }
        for (Statement statement : enrichment.statements()) {
            counts.statements++;
            boolean right = goldStatements.stream().anyMatch(gold -> sameSpeaker(gold, statement, goldEntities)
                    && overlap(statement.quote(), gold.path("quote").asString()) >= 0.5);
            counts.rightStatements += right ? 1 : 0;
        }
    }

    private static boolean sameEntity(JsonNode gold, Entity entity) {
        if (!family(entity.type()).equals(family(gold.path("type").asString()))) {
            return false;
        }
        Set<String> names = new HashSet<>(names(gold));
        Set<String> found = new HashSet<>(entity.aliases().stream().map(EnrichmentQualityTests::norm).toList());
        found.add(norm(entity.name()));
        names.retainAll(found);
        return !names.isEmpty();
    }

    private static boolean sameSpeaker(JsonNode gold, Statement statement, List<JsonNode> goldEntities) {
        String speaker = norm(gold.path("speaker").asString());
        Set<String> names = Set.of(speaker);
        for (JsonNode entity : goldEntities) {
            if (names(entity).contains(speaker)) {
                names = names(entity);
                break;
            }
        }
        return names.contains(norm(statement.speaker().name()));
    }

    private static Set<String> names(JsonNode gold) {
        Set<String> names = new HashSet<>();
        names.add(norm(gold.path("name").asString()));
        gold.path("aliases").valueStream().forEach(alias -> names.add(norm(alias.asString())));
        return names;
    }

    private static String family(String type) {
        return FAMILY.getOrDefault(type.toUpperCase(Locale.ROOT), type.toUpperCase(Locale.ROOT));
    }

    /** Share of the words of {@code a} that are words of {@code b}. */
    private static double overlap(String a, String b) {
        Set<String> wordsOfA = words(a);
        Set<String> wordsOfB = words(b);
        if (wordsOfA.isEmpty()) {
            return 0;
        }
        long shared = wordsOfA.stream().filter(wordsOfB::contains).count();
        return (double) shared / wordsOfA.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(norm(text));
        while (matcher.find()) {
            if (!ARTICLES.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    private static String norm(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replaceAll("\\s+", " ");
        s = s.replaceAll("^[ \\t\"'.,;:]+|[ \\t\"'.,;:]+$", "");
        s = s.replaceFirst("^the ", "");
        return s.replaceFirst("'s$", "");
    }
}
