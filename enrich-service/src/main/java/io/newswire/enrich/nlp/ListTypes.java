package io.newswire.enrich.nlp;

import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Names listed together share a type ("Niigata and Akita", "Volkswagen and Stellantis"). */
final class ListTypes {

    private ListTypes() {
    }

    /** What stands between the items of a list: ", ", " and ", ", and ", " or ". */
    private static final Pattern LIST_JOINER = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:the\\s+)?");

    /**
     * Places and organisations listed together share a type ("Niigata and Akita", "Paris, Lyon and Nantes"): the
     * tagger's odd one out takes the type of the others, or of the first.
     */
    static List<Run> align(List<Run> runs, Map<TextField, AnalyzedText> texts) {
        List<Run> aligned = new ArrayList<>(runs);
        aligned.sort(Comparator.<Run>comparingInt(r -> r.field().ordinal()).thenComparingInt(Run::start));
        int i = 0;
        while (i < aligned.size()) {
            int j = i;
            String text = texts.get(aligned.get(i).field()).text();
            while (j + 1 < aligned.size() && aligned.get(j + 1).field() == aligned.get(i).field()
                    && aligned.get(j + 1).start() >= aligned.get(j).end()
                    && LIST_JOINER.matcher(text.substring(aligned.get(j).end(), aligned.get(j + 1).start())).matches()) {
                j++;
            }
            if (j > i) {
                alignList(aligned, i, j);
            }
            i = j + 1;
        }
        return aligned;
    }

    /** Gives the runs {@code i} to {@code j} of a list the type they share, in place. */
    private static void alignList(List<Run> aligned, int i, int j) {
        List<Run> list = aligned.subList(i, j + 1);
        // "Volkswagen and Stellantis": a lone word the tagger took for a person, listed with companies
        List<Run> lone = list.stream().filter(r -> FoundEntity.PERSON.equals(r.type()) && r.words() == 1
                && !r.fixed() && !isPartOfPersonName(r.text(), aligned)).toList();
        long organisations = list.stream().filter(r -> FoundEntity.ORGANIZATION.equals(r.type())).count();
        if (!lone.isEmpty() && organisations > 0 && lone.size() + organisations == list.size()) {
            for (int k = i; k <= j; k++) {
                if (lone.contains(aligned.get(k))) {
                    aligned.set(k, aligned.get(k).withType(FoundEntity.ORGANIZATION));
                }
            }
        }
        boolean places = list.stream().allMatch(r -> !FoundEntity.PERSON.equals(r.type()));
        if (places) {
            long locations = list.stream().filter(r -> FoundEntity.LOCATION.equals(r.type())).count();
            String type = locations * 2 > list.size() ? FoundEntity.LOCATION
                    : locations * 2 < list.size() ? FoundEntity.ORGANIZATION : list.get(0).type();
            for (int k = i; k <= j; k++) {
                Run run = aligned.get(k);
                if (!run.fixed() && !run.type().equals(type)) {
                    aligned.set(k, run.withType(type));
                }
            }
        }
    }

    private static boolean isPartOfPersonName(String word, List<Run> runs) {
        return runs.stream().anyMatch(r -> FoundEntity.PERSON.equals(r.type()) && r.words() > 1
                && Texts.splitOnSpaces(r.text()).contains(word));
    }
}
