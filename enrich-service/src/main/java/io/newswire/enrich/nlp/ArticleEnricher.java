package io.newswire.enrich.nlp;

import io.newswire.events.Article;
import io.newswire.events.Enrichment;
import io.newswire.events.Statement;
import io.newswire.events.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Finds the entities and statements of an article: runs the NLP on the headline, standfirst and body, then the
 * entity and statement extractors. Never fails on odd text (empty, no sentences, huge, not English, unbalanced
 * quotes, control characters); it enriches what it can and says in notes what it left out or may have missed.
 * Thread-safe; one instance serves the whole application.
 */
public final class ArticleEnricher {

    /** Name of the enrichment engine in {@link Enrichment#engine()}. */
    public static final String ENGINE = "newswire-corenlp";

    /** Fewer words than this are too few to judge the language by. */
    private static final int MIN_WORDS_TO_JUDGE_LANGUAGE = 8;
    /** English news has 30 to 40 % of its words in {@link Lexicon#FUNCTION_WORDS}; French or German text under 10 %. */
    private static final double MIN_ENGLISH_FUNCTION_WORD_SHARE = 0.15;
    private static final String VERSION = readVersion();

    private final CoreNlpAnalyzer analyzer;
    private final int maxTextLength;
    private final EntityExtractor entityExtractor = new EntityExtractor();
    private final StatementExtractor statementExtractor;

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
        this.statementExtractor = new StatementExtractor(analyzer.parser());
    }

    /** The project version this engine was built as. */
    public static String engineVersion() {
        return VERSION;
    }

    /**
     * What the enricher found in an article, and what it could not do.
     *
     * @param enrichment the entities and statements; fields that are missing or blank yield nothing
     * @param notes one short sentence per thing left out or likely missed, for the operator (logged, printed by
     *     {@code analyze}), e.g. "body cut at 199870 of 1048576 characters; the rest was not analysed"; not part
     *     of the event
     */
    public record Result(Enrichment enrichment, List<String> notes) {

        public Result {
            notes = List.copyOf(notes);
        }
    }

    /** The entities and statements of the article, with notes on what could not be done. */
    public Result enrich(Article article) {
        List<String> notes = new ArrayList<>();
        List<AnalyzedText> fields = List.of(
                analyze(TextField.TITLE, article.title(), notes),
                analyze(TextField.STANDFIRST, article.standfirst(), notes),
                analyze(TextField.BODY, article.body(), notes));
        ArticleEntities entities = entityExtractor.extract(fields);
        List<Statement> statements = statementExtractor.extract(fields, entities);
        notes.addAll(notesOnText(fields));
        return new Result(new Enrichment(ENGINE, VERSION, Instant.now(), entities.toEntities(), statements), notes);
    }

    private AnalyzedText analyze(TextField field, String text, List<String> notes) {
        if (text == null) {
            return AnalyzedText.empty(field, "");
        }
        String analysed = text;
        if (text.length() > maxTextLength) {
            analysed = text.substring(0, cut(text, maxTextLength));
            notes.add(String.format(Locale.ROOT, "%s cut at %d of %d characters; the rest was not analysed",
                    name(field), analysed.length(), text.length()));
        }
        return analyzer.analyze(field, analysed);
    }

    /** Notes on text that leaves little to find: none at all, no sentence with a word, an empty body, not English. */
    static List<String> notesOnText(List<AnalyzedText> fields) {
        int words = 0;
        int functionWords = 0;
        int letters = 0;
        int latinLetters = 0;
        for (AnalyzedText field : fields) {
            for (AnalyzedText.Token token : field.tokens()) {
                String word = field.text().substring(token.start(), token.end());
                if (word.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                words++;
                if (Lexicon.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    functionWords++;
                }
                for (int c : word.codePoints().filter(Character::isLetter).toArray()) {
                    letters++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                        latinLetters++;
                    }
                }
            }
        }
        boolean blank = fields.stream().allMatch(f -> f.text().isBlank());
        if (blank) {
            return List.of("no text to analyse");
        }
        if (words == 0) {
            return List.of("no sentences found");
        }
        List<String> notes = new ArrayList<>();
        List<String> others = fields.stream().filter(f -> f.field() != TextField.BODY && !f.text().isBlank())
                .map(f -> name(f.field())).toList();
        if (fields.stream().anyMatch(f -> f.field() == TextField.BODY && f.text().isBlank())) {
            notes.add("body is empty; only the " + String.join(" and ", others) + (others.size() > 1 ? " were" : " was")
                    + " analysed");
        }
        boolean otherScript = letters >= 10 && latinLetters * 2 < letters;
        boolean fewFunctionWords = words >= MIN_WORDS_TO_JUDGE_LANGUAGE
                && functionWords < MIN_ENGLISH_FUNCTION_WORD_SHARE * words;
        if (otherScript || fewFunctionWords) {
            notes.add("text does not look like English (entities and statements may be missing)");
        }
        return notes;
    }

    private static String name(TextField field) {
        return field == TextField.TITLE ? "headline" : field.name().toLowerCase(Locale.ROOT);
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
