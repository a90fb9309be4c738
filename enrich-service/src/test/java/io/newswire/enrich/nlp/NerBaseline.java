package io.newswire.enrich.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import tools.jackson.databind.json.JsonMapper;

/**
 * CoreNLP's own tagger with no Newswire rule on top, for comparison on a real-news set: prints, for each article
 * of a folder's {@code list.txt}, the tagged runs of one CRF model in the shape of {@code analyze}'s output, for
 * {@code score_ner.py}. Not a test; run it as a program, e.g. {@code ./mvnw -q -pl enrich-service test-compile
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.newswire.enrich.nlp.NerBaseline
 * -Dexec.args="../shared/devdata/conll-dev edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"
 * | grep '^{' > baseline.jsonl} (the models jar is on the test classpath).
 */
public final class NerBaseline {

    private NerBaseline() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Properties properties = CoreNlpAnalyzer.properties();
        properties.setProperty("ner.model", args[1]);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        JsonMapper json = JsonMapper.builder().build();
        for (String name : Files.readAllLines(folder.resolve("list.txt"))) {
            if (name.isBlank()) {
                continue;
            }
            String body = json.readTree(Files.readString(folder.resolve(name.strip()))).path("body").asString();
            Annotation annotation = new Annotation(body);
            pipeline.annotate(annotation);
            System.out.println(json.writeValueAsString(Map.of("article", Map.of("body", body),
                    "enrichment", Map.of("entities", runs(body, annotation), "statements", List.of()))));
        }
    }

    /** Each run of tokens with one tag other than O, as an entity with one mention. */
    private static List<Map<String, Object>> runs(String body, Annotation annotation) {
        List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        List<Map<String, Object>> entities = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tokens.get(i).ner();
            if (tag == null || tag.equals(AnalyzedText.OUTSIDE)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tag.equals(tokens.get(j).ner())) {
                j++;
            }
            int start = tokens.get(i).beginPosition();
            int end = tokens.get(j - 1).endPosition();
            entities.add(Map.of("type", tag, "mentions",
                    List.of(Map.of("field", "body", "start", start, "end", end, "text", body.substring(start, end)))));
            i = j;
        }
        return entities;
    }
}
