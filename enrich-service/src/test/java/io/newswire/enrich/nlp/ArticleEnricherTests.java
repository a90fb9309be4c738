package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.newswire.events.Article;
import io.newswire.events.Enrichment;
import io.newswire.events.Entity;
import io.newswire.events.Statement;
import io.newswire.events.StatementType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ArticleEnricherTests {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_']+");

    @Test
    void findsTheEntitiesAndStatementsOfTheSampleArticle() {
        Article article = TestArticles.sample();
        Enrichment enrichment = TestPipeline.ENRICHER.enrich(article).enrichment();
        JsonNode expected = JsonMapper.builder().build()
                .readTree(TestArticles.resource("samples/vice-canada-soleimani.expected.json"));

        for (JsonNode gold : expected.get("entities")) {
            if (!gold.path("optional").asBoolean()) {
                assertThat(enrichment.entities()).extracting(Entity::name, e -> family(e.type()))
                        .contains(org.assertj.core.groups.Tuple.tuple(gold.get("name").asString(),
                                gold.get("type").asString()));
            }
        }
        List<Statement> statements = enrichment.statements();
        for (JsonNode gold : expected.get("statements")) {
            if (!gold.path("optional").asBoolean()) {
                assertThat(statements).as(gold.toString()).anyMatch(s -> matches(gold, s));
            }
        }
        for (Statement statement : statements) {
            assertThat(expected.get("statements").valueStream().anyMatch(gold -> matches(gold, statement)))
                    .as("statement %s is expected", statement).isTrue();
        }
        assertWellFormed(article, enrichment);
    }

    @Test
    void givesRolesAliasesAndResolvedSpeakersInTheSample() {
        Enrichment enrichment = TestPipeline.ENRICHER.enrich(TestArticles.sample()).enrichment();
        assertThat(entity(enrichment, "François-Philippe Champagne"))
                .satisfies(e -> assertThat(e.aliases()).containsExactly("Champagne"))
                .satisfies(e -> assertThat(e.roles()).containsExactly("Canadian Foreign Affairs Minister"))
                .satisfies(e -> assertThat(e.key()).isEqualTo("person:francois-philippe-champagne"));
        assertThat(entity(enrichment, "Donald Trump").aliases()).containsExactlyInAnyOrder("Trump", "President Trump");
        assertThat(entity(enrichment, "Donald Trump").roles()).containsExactly("U.S. President");
        assertThat(entity(enrichment, "Jagmeet Singh").roles()).containsExactly("NDP leader");
        assertThat(entity(enrichment, "Justin Trudeau").roles()).containsExactly("Prime Minister");
        assertThat(entity(enrichment, "New Democratic Party").aliases()).containsExactly("NDP");
        assertThat(entity(enrichment, "United States").aliases()).contains("US", "U.S.");

        Statement singh = enrichment.statements().stream().filter(s -> s.cue().equals("posted on Twitter that"))
                .findFirst().orElseThrow();
        assertThat(singh.type()).isEqualTo(StatementType.INDIRECT);
        assertThat(singh.speaker().entityId()).isEqualTo(entity(enrichment, "Jagmeet Singh").id());
        assertThat(singh.speaker().role()).isEqualTo("NDP leader");
    }

    @Test
    void namesTheEngineAndItsVersion() {
        Enrichment enrichment = TestPipeline.ENRICHER.enrich(TestArticles.article("Title", null, "Body.")).enrichment();
        assertThat(enrichment.engine()).isEqualTo("newswire-corenlp");
        assertThat(enrichment.engineVersion()).matches("\\d+\\.\\d+\\.\\d+.*").isEqualTo(ArticleEnricher.engineVersion());
        assertThat(enrichment.enrichedAt()).isNotNull();
    }

    static Stream<Arguments> oddArticles() {
        String noText = "no text to analyse";
        String notEnglish = "text does not look like English (entities and statements may be missing)";
        return Stream.of(
                Arguments.of("no fields at all", TestArticles.article(null, null, null), noText),
                Arguments.of("empty fields", TestArticles.article("", "", ""), noText),
                Arguments.of("only white space", TestArticles.article(" ", "\n", "\n\n \t\n"), noText),
                Arguments.of("no sentences, only punctuation", TestArticles.article("...", "—", "“ ” \" ‘ ’ « » ; : , ."),
                        "no sentences found"),
                Arguments.of("empty body", TestArticles.article("Flood warnings issued for the Ottawa River", null, ""),
                        "body is empty; only the headline was analysed"),
                Arguments.of("unbalanced quotes", TestArticles.article("“Open", "He said: “never closed",
                        "“A quote that never ends, said Jane Smith.\n\n\"Another one\n\n” stray closer ” said he."), null),
                Arguments.of("reporting verbs with nobody", TestArticles.article(null, null,
                        "said said said. According to, said that. “,” said. , said he. He said: \""), null),
                Arguments.of("French", TestArticles.article("Le président parle", null,
                        "« Nous sommes prêts », a déclaré Emmanuel Macron à Paris. Le ministre a dit qu’il viendra."),
                        notEnglish),
                Arguments.of("German", TestArticles.article(null, null, "Die Bundesregierung hat am Montag ein neues "
                        + "Gesetz beschlossen. Der Minister sagte, die Mieten seien stark gestiegen."), notEnglish),
                Arguments.of("Chinese", TestArticles.article("习近平会见拜登", null, "习近平说：“中美关系很重要。”拜登表示同意。"),
                        notEnglish),
                Arguments.of("Arabic", TestArticles.article(null, null, "قال الرئيس إن \"الوضع مستقر\" في بغداد."), notEnglish),
                Arguments.of("Russian", TestArticles.article(null, null, "«Мы готовы», — сказал Владимир Путин в Москве."),
                        notEnglish),
                Arguments.of("emoji and control characters", TestArticles.article("🔥 News 🔥", null,
                        "Trump 😀 said \u0000 that “🙂 is fine.”\u0007\n\n\uD83D"), null),
                Arguments.of("one endless word", TestArticles.article(null, null, "a".repeat(50_000)), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddArticles")
    void enrichesOddInputAndSaysWhatItCouldNotDo(String name, Article article, String note) {
        ArticleEnricher.Result result = TestPipeline.ENRICHER.enrich(article);

        assertWellFormed(article, result.enrichment());
        if (note == null) {
            assertThat(result.notes()).isEmpty();
        } else {
            assertThat(result.notes()).containsExactly(note);
        }
    }

    @Test
    void findsWhatItCanInTextThatIsNotEnglish() {
        ArticleEnricher.Result result = TestPipeline.ENRICHER.enrich(TestArticles.article(null, null,
                "Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin mardi, selon l'Élysée."));

        assertThat(result.notes()).containsExactly(
                "text does not look like English (entities and statements may be missing)");
        assertThat(result.enrichment().entities()).extracting(Entity::name).contains("Emmanuel Macron", "Berlin");
    }

    @Test
    void hasNoNotesForAnOrdinaryArticle() {
        assertThat(TestPipeline.ENRICHER.enrich(TestArticles.sample()).notes()).isEmpty();
    }

    @Test
    void neverThrowsOnCutOrGarbledNews() {
        Article sample = TestArticles.sample();
        String body = sample.body();
        java.util.Random random = new java.util.Random(20_250_101);
        String marks = "“”\"‘’'«»„,.:;—()\n";
        for (int round = 0; round < 120; round++) {
            StringBuilder garbled = new StringBuilder(body.substring(0, random.nextInt(body.length())));
            for (int edit = 0; edit < 1 + random.nextInt(12); edit++) {
                int at = random.nextInt(garbled.length() + 1);
                if (random.nextBoolean() && at < garbled.length()) {
                    garbled.deleteCharAt(at);
                } else {
                    garbled.insert(at, marks.charAt(random.nextInt(marks.length())));
                }
            }
            Article article = TestArticles.article(sample.title(), sample.standfirst(), garbled.toString());
            assertThatCode(() -> assertWellFormed(article, TestPipeline.ENRICHER.enrich(article).enrichment()))
                    .as("round %d: %s", round, garbled).doesNotThrowAnyException();
        }
    }

    @Test
    void enrichesOnlyTheFirstPartOfAVeryLongBody() {
        String paragraphs = TestArticles.sample().body();
        String body = String.join("\n\n", java.util.Collections.nCopies(1_048_576 / paragraphs.length() + 1, paragraphs));
        assertThat(body.length()).isGreaterThan(1_048_576);
        Article article = TestArticles.article(null, null, body);

        ArticleEnricher.Result result = TestPipeline.ENRICHER.enrich(article);
        Enrichment enrichment = result.enrichment();

        assertThat(result.notes()).singleElement().asString()
                .matches("body cut at 19\\d{4} of " + body.length() + " characters; the rest was not analysed");
        assertThat(enrichment.entities()).extracting(Entity::name).contains("François-Philippe Champagne");
        assertThat(enrichment.statements()).hasSizeGreaterThan(50)
                .allSatisfy(s -> assertThat(s.span().end()).isLessThanOrEqualTo(200_000));
        assertWellFormed(article, enrichment);
    }

    @Test
    void cutsLongTextAtAParagraphOrWordBreak() {
        String text = "First paragraph here.\n\nSecond paragraph goes on and on.";
        assertThat(ArticleEnricher.cut(text, 30)).isEqualTo(text.indexOf("\n\n"));
        assertThat(ArticleEnricher.cut("one two three four", 10)).isEqualTo(7);
        assertThat(ArticleEnricher.cut("x".repeat(20), 10)).isEqualTo(10);
    }

    static void assertWellFormed(Article article, Enrichment enrichment) {
        EntityExtractorTests.assertWellFormed(article, enrichment.entities());
        Set<String> ids = enrichment.entities().stream().map(Entity::id).collect(Collectors.toSet());
        for (Statement statement : enrichment.statements()) {
            String field = EntityExtractorTests.text(article, statement.span().field());
            assertThat(field.substring(statement.span().start(), statement.span().end())).isEqualTo(statement.quote());
            assertThat(statement.quote()).isNotBlank();
            assertThat(statement.confidence()).isBetween(0.0, 1.0);
            assertThat(statement.speaker().name()).isNotBlank();
            if (statement.speaker().entityId() != null) {
                assertThat(ids).contains(statement.speaker().entityId());
            }
        }
    }

    /** The broad type of a finer one: COUNTRY, STATE_OR_PROVINCE and CITY are a LOCATION, as the scorer counts. */
    static String family(String type) {
        return switch (type) {
            case "COUNTRY", "STATE_OR_PROVINCE", "CITY" -> "LOCATION";
            default -> type;
        };
    }

    private static Entity entity(Enrichment enrichment, String name) {
        return enrichment.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /** Same speaker, and at least half the words of each quote in the other (as the shared scorer counts). */
    private static boolean matches(JsonNode gold, Statement statement) {
        return gold.get("speaker").asString().equals(statement.speaker().name())
                && overlap(gold.get("quote").asString(), statement.quote()) >= 0.5
                && overlap(statement.quote(), gold.get("quote").asString()) >= 0.5;
    }

    private static double overlap(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        long common = wa.stream().filter(wb::contains).count();
        return wa.isEmpty() ? 0 : (double) common / wa.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        words.removeAll(Arrays.asList("the", "a", "an"));
        return words;
    }
}
