package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mentions of every form an entity goes by wherever it stands untagged: a headline, a surname, a dateline. */
final class KnownForms {

    private final Lexicon lexicon = Lexicon.get();

    /** Adds mentions of every form an entity goes by wherever it stands untagged (headline, surnames). */
    void addMentions(List<AnalyzedText> fields, List<FoundEntity> entities) {
        Map<String, List<FoundEntity>> forms = new LinkedHashMap<>();
        for (FoundEntity entity : entities) {
            for (String name : formsOf(entity)) {
                List<FoundEntity> owners = forms.computeIfAbsent(name, n -> new ArrayList<>());
                if (!owners.contains(entity)) {
                    owners.add(entity);
                }
            }
        }
        if (forms.isEmpty()) {
            return;
        }
        Pattern pattern = KnownNames.formsPattern(forms.keySet());
        for (AnalyzedText text : fields) {
            NavigableMap<Integer, Integer> taken = mentionSpans(entities, text);
            Matcher matcher = pattern.matcher(text.text());
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                var before = taken.floorEntry(end - 1);
                if (before != null && before.getValue() > start) {
                    continue;
                }
                FoundEntity owner = EntityClusters.nearestBefore(forms.get(matcher.group()), text.field(), start);
                owner.add(text.field(), start, end, matcher.group());
                taken.put(start, end);
            }
        }
    }

    /** The forms an entity goes by: its name, its mentions, a well-known name's other forms, a person's surname. */
    private List<String> formsOf(FoundEntity entity) {
        List<String> names = new ArrayList<>();
        names.add(entity.name());
        entity.mentions().forEach(m -> names.add(m.text()));
        if (entity.wellKnown()) {
            names.addAll(lexicon.knownForms(entity.name()));
        }
        if (entity.isPerson()) {
            String surname = surname(entity.name());
            if (surname != null) {
                names.add(surname);
            }
        }
        for (String name : List.copyOf(names)) {
            if (name.length() > 2 && !name.equals(name.toUpperCase(Locale.ROOT))) {
                // the all-capital form of a dateline ("VIENNA —")
                names.add(name.toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** Start to end of every mention in the field, which a form found there must not overlap. */
    private static NavigableMap<Integer, Integer> mentionSpans(List<FoundEntity> entities, AnalyzedText text) {
        NavigableMap<Integer, Integer> taken = new TreeMap<>();
        for (FoundEntity entity : entities) {
            for (FoundMention mention : entity.mentions()) {
                if (mention.field() == text.field()) {
                    taken.put(mention.start(), mention.end());
                }
            }
        }
        return taken;
    }

    /** The surname of a full name ("Champagne", "von der Leyen"), or {@code null} for a single name. */
    private static String surname(String name) {
        List<String> words = Texts.splitOnSpaces(name);
        int last = words.size() - 1;
        while (last > 0 && words.get(last).matches("(?i)jr\\.?|sr\\.?|ii|iii|iv")) {
            last--;
        }
        if (last < 1) {
            return null;
        }
        int first = last;
        while (first > 1 && Character.isLowerCase(words.get(first - 1).charAt(0))) {
            first--;
        }
        String surname = String.join(" ", words.subList(first, last + 1));
        boolean usable = surname.length() > 1 && Character.isUpperCase(surname.codePointAt(0))
                || Character.isLowerCase(surname.charAt(0)) && first < last;
        return usable && !Lexicon.MONTHS_AND_DAYS.contains(surname.toLowerCase(Locale.ROOT)) ? surname : null;
    }
}
