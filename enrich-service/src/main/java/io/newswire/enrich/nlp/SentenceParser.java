package io.newswire.enrich.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's part-of-speech tagger and neural dependency parser (Universal Dependencies), run on one sentence at a
 * time and only where a statement rule asks: parsing every sentence would cost about ten times the rest of the
 * enrichment. Thread-safe.
 */
final class SentenceParser {

    /** Sentences longer than this many characters are not parsed (a list or a table, not a reporting clause). */
    static final int MAX_SENTENCE_LENGTH = 1_500;

    private final StanfordCoreNLP pipeline;

    private SentenceParser(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the tagger and parser models (about two seconds). */
    static SentenceParser load() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,depparse");
        properties.setProperty("ssplit.isOneSentence", "true");
        properties.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        properties.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return new SentenceParser(new StanfordCoreNLP(properties));
    }

    /**
     * A word of a parsed sentence.
     *
     * @param start offset of its first character in the parsed text
     * @param end offset after its last character
     * @param tag its Penn Treebank part of speech ("VBD", "NNP")
     * @param head index of the word it depends on, -1 for the root
     * @param relation its Universal Dependencies relation to the head ("nsubj", "ccomp", "root")
     */
    record Word(int start, int end, String tag, int head, String relation) {
    }

    /** A parsed sentence: its words in order, with the span each word's subtree covers. */
    record Parse(List<Word> words, int[] subtreeStart, int[] subtreeEnd) {

        /** The index of the word starting at the offset, or -1. */
        int wordAt(int offset) {
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).start() == offset) {
                    return i;
                }
            }
            return -1;
        }

        /** The first dependent of word {@code i} with one of the relations, or -1. */
        int child(int i, String... relations) {
            for (int k = 0; k < words.size(); k++) {
                if (words.get(k).head() == i && Arrays.asList(relations).contains(words.get(k).relation())) {
                    return k;
                }
            }
            return -1;
        }

        TextRange subtree(int i) {
            return new TextRange(words.get(subtreeStart[i]).start(), words.get(subtreeEnd[i]).end());
        }
    }

    /** Parses {@code text} from {@code start} to {@code end} as one sentence; offsets stay those of {@code text}. */
    Parse parse(String text, int start, int end) {
        Annotation annotation = new Annotation(text.substring(start, end));
        pipeline.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Word> words = new ArrayList<>();
        if (sentences.isEmpty()) {
            return new Parse(words, new int[0], new int[0]);
        }
        CoreMap sentence = sentences.get(0);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        int[] heads = new int[tokens.size()];
        String[] relations = new String[tokens.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "root");
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            IndexedWord dependent = edge.getDependent();
            heads[dependent.index() - 1] = edge.getGovernor().index() - 1;
            relations[dependent.index() - 1] = edge.getRelation().toString();
        }
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            words.add(new Word(start + token.beginPosition(), start + token.endPosition(), token.tag(), heads[i],
                    relations[i]));
        }
        int[] from = new int[words.size()];
        int[] to = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            from[i] = i;
            to[i] = i;
        }
        for (int i = 0; i < words.size(); i++) {
            // widen every ancestor's span by this word (trees of news sentences are shallow)
            for (int h = heads[i], guard = 0; h >= 0 && guard < words.size(); h = heads[h], guard++) {
                from[h] = Math.min(from[h], i);
                to[h] = Math.max(to[h], i);
            }
        }
        return new Parse(List.copyOf(words), from, to);
    }
}
