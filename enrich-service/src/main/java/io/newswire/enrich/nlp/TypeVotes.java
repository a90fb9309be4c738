package io.newswire.enrich.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One type for the same words throughout an article: a well-known name's, else the type tagged most often. */
final class TypeVotes {

    private final Lexicon lexicon = Lexicon.get();

    /** The same words tagged with different types in one article get the type tagged most often. */
    List<Run> vote(List<Run> runs) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (Run run : runs) {
            votes.computeIfAbsent(run.text(), t -> new HashMap<>()).merge(run.type(), run.fixed() ? 100 : 1,
                    Integer::sum);
        }
        List<Run> voted = new ArrayList<>(runs.size());
        for (Run run : runs) {
            Lexicon.KnownName known = lexicon.knownName(run.text());
            String type = known != null ? known.type()
                    : votes.get(run.text()).entrySet().stream()
                            .max(Map.Entry.<String, Integer>comparingByValue()
                                    .thenComparing(e -> e.getKey().equals(run.type())))
                            .orElseThrow().getKey();
            voted.add(type.equals(run.type()) ? run : run.withType(type));
        }
        return voted;
    }
}
