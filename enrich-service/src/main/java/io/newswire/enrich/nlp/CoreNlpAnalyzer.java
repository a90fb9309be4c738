package io.newswire.enrich.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Stanford CoreNLP tokenisation, sentence splitting and named-entity recognition, loaded once and shared.
 *
 * <p>Only the 3-class CRF model runs (PERSON, ORGANIZATION, LOCATION), without POS tagging, lemmas, numeric
 * classifiers, SUTime or fine-grained regexner: the 3-class CRF needs none of them, gives the same entities
 * on news text and is about 20 times faster than the default {@code ner} (measured: 11 ms against 233 ms for
 * the sample article; 1 s against 10 s to load). The pipeline is thread-safe for {@code annotate}.
 */
public final class CoreNlpAnalyzer {

    /** The annotators and options the engine runs with. */
    static final String ANNOTATORS = "tokenize,ssplit,ner";

    private final StanfordCoreNLP pipeline;
    private final SentenceParser parser;

    private CoreNlpAnalyzer(StanfordCoreNLP pipeline, SentenceParser parser) {
        this.pipeline = pipeline;
        this.parser = parser;
    }

    /** Loads the models (a few seconds); call once and share the instance. */
    public static CoreNlpAnalyzer load() {
        return new CoreNlpAnalyzer(new StanfordCoreNLP(properties()), SentenceParser.load());
    }

    /** The tagger and dependency parser the statement rules run on the sentences they cannot read otherwise. */
    SentenceParser parser() {
        return parser;
    }

    /** The CoreNLP properties of the engine. */
    public static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("annotators", ANNOTATORS);
        properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        properties.setProperty("ner.applyNumericClassifiers", "false");
        properties.setProperty("ner.useSUTime", "false");
        properties.setProperty("ner.applyFineGrained", "false");
        properties.setProperty("ner.buildEntityMentions", "false");
        // a blank line (paragraph break) always ends a sentence
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return properties;
    }

    AnalyzedText analyze(TextField field, String text) {
        if (text == null || text.isBlank()) {
            return AnalyzedText.empty(field, text);
        }
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<AnalyzedText.Token> tokens = new ArrayList<>();
        List<AnalyzedText.Sentence> sentences = new ArrayList<>();
        boolean continues = false;
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            boolean endsWithTitle = false;
            for (CoreLabel label : labels) {
                String ner = label.ner();
                AnalyzedText.Token token = new AnalyzedText.Token(label.beginPosition(), label.endPosition(),
                        ner == null ? AnalyzedText.OUTSIDE : ner);
                AnalyzedText.Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
                endsWithTitle = previous != null && label.word().equals(".") && previous.end() == token.start()
                        && isTitleAbbreviation(text.substring(previous.start(), token.end()));
                if (endsWithTitle) {
                    // "Coun." is one word, split by the tokenizer, which knows "Sen." but not "Coun."
                    tokens.set(tokens.size() - 1, new AnalyzedText.Token(previous.start(), token.end(), previous.ner()));
                } else {
                    tokens.add(token);
                }
            }
            int start = labels.get(0).beginPosition();
            if (continues) {
                // the sentence splitter took the full stop of "Coun. Patricia Doucette" for the end of a sentence
                start = sentences.remove(sentences.size() - 1).start();
            }
            sentences.add(new AnalyzedText.Sentence(start, labels.get(labels.size() - 1).endPosition()));
            continues = endsWithTitle;
        }
        return new AnalyzedText(field, text, List.copyOf(tokens), List.copyOf(sentences));
    }

    /** "Coun.", "Cllr.", "Mme.": a title or honorific written with a full stop, which stands before a name. */
    private static boolean isTitleAbbreviation(String word) {
        return word.length() > 2 && word.endsWith(".") && Character.isUpperCase(word.charAt(0))
                && (Lexicon.HONORIFICS.contains(word.toLowerCase(Locale.ROOT)) || Lexicon.get().isRoleHead(word));
    }
}
