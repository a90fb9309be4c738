package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.AnalyzedText.Token;
import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the people, organisations and places of an article and merges the mentions of each: the fullest name
 * is canonical, surnames, short forms and acronyms become aliases, titles before or after a name become roles.
 *
 * <p>Named-entity tags create entities only where the text is ordinary prose: not in a Title Case headline,
 * a dateline or a credit line, where capitalisation says little. Those places, like every other, still get
 * mentions of the entities found elsewhere in the article.
 */
final class EntityExtractor {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}"
                    + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?\\s*(?:\\([^)\\n]{1,40}\\))?"
                    + "|\\([^)\\n]{1,40}\\))\\s*[—–-]{1,2}\\s");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:By|BY|Reporting by|Additional reporting by|Writing by|Editing by|Compiled by|Follow|Contact|"
                    + "Photo|Photograph|Image|Source|Copyright|©|Read more|Related|Also read|Sign up)\\b");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final int MAX_ROLE_TOKENS = 8;

    private final Lexicon lexicon = Lexicon.get();
    private final Pattern knownNamePattern = formsPattern(lexicon.allKnownForms());

    /** A named-entity tagged stretch of text before it is merged into an entity. */
    private record Run(TextField field, int start, int end, String text, String type, int words) {

        Run withType(String newType) {
            return new Run(field, start, end, text, newType, words);
        }
    }

    ArticleEntities extract(List<AnalyzedText> fields) {
        Map<TextField, AnalyzedText> texts = new EnumMap<>(TextField.class);
        Map<TextField, List<int[]>> untrusted = new EnumMap<>(TextField.class);
        List<Run> runs = new ArrayList<>();
        for (AnalyzedText text : fields) {
            texts.put(text.field(), text);
            List<int[]> skip = untrustedRanges(text);
            untrusted.put(text.field(), skip);
            List<Run> found = new ArrayList<>(nerRuns(text, skip));
            found.addAll(knownNameRuns(text, skip, found));
            runs.addAll(found);
        }
        List<FoundEntity> entities = cluster(voteTypes(runs));
        scanKnownForms(fields, entities);
        for (FoundEntity entity : entities) {
            if (entity.isPerson()) {
                findRoles(entity, texts, untrusted);
            }
        }
        rank(entities, texts);
        return new ArticleEntities(entities);
    }

    /** A Title Case headline (most words capitalised) tells nothing about which words are names. */
    static boolean isTitleCase(String title) {
        int words = 0;
        int capitalised = 0;
        for (String word : title.split("[^\\p{L}]+")) {
            if (word.length() < 4 || Lexicon.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(word.charAt(0))) {
                capitalised++;
            }
        }
        return words >= 3 && capitalised >= 0.8 * words;
    }

    private static List<int[]> untrustedRanges(AnalyzedText text) {
        List<int[]> ranges = new ArrayList<>();
        String s = text.text();
        if (text.field() == TextField.TITLE) {
            if (isTitleCase(s)) {
                ranges.add(new int[] {0, s.length()});
            }
            return ranges;
        }
        Matcher dateline = DATELINE.matcher(s);
        if (dateline.find()) {
            ranges.add(new int[] {dateline.start(), dateline.end()});
        }
        int start = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(s);
        while (true) {
            boolean more = breaks.find();
            int end = more ? breaks.start() : s.length();
            String paragraph = s.substring(start, end).strip();
            if (paragraph.length() < 200 && CREDIT_LINE.matcher(paragraph).find()) {
                ranges.add(new int[] {start, end});
            }
            if (!more) {
                break;
            }
            start = breaks.end();
        }
        return ranges;
    }

    private static boolean inside(List<int[]> ranges, int start, int end) {
        for (int[] range : ranges) {
            if (start < range[1] && end > range[0]) {
                return true;
            }
        }
        return false;
    }

    private List<Run> nerRuns(AnalyzedText text, List<int[]> untrusted) {
        List<Run> runs = new ArrayList<>();
        List<Token> tokens = text.tokens();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tokens.get(i).ner();
            if (!isEntityTag(tag)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tag.equals(tokens.get(j).ner())
                    && tokens.get(j).start() - tokens.get(j - 1).end() <= 1) {
                j++;
            }
            addRuns(text, i, j, tag, untrusted, runs);
            i = j;
        }
        return runs;
    }

    private static boolean isEntityTag(String tag) {
        return FoundEntity.PERSON.equals(tag) || FoundEntity.ORGANIZATION.equals(tag)
                || FoundEntity.LOCATION.equals(tag);
    }

    /** Cleans one tagged stretch and splits it at possessives ("Islamic Revolutionary Guard Corps' Qods Force"). */
    private void addRuns(AnalyzedText text, int from, int to, String type, List<int[]> untrusted, List<Run> runs) {
        List<Token> tokens = text.tokens();
        int start = from;
        for (int k = from; k <= to; k++) {
            // "Islamic Revolutionary Guard Corps' Qods Force" is two organisations; "Moody's Analytics" is one
            if (k == to || isPossessive(word(text, tokens.get(k))) && k - start >= 2) {
                addRun(text, start, k, type, untrusted, runs);
                start = k + 1;
            }
        }
    }

    private void addRun(AnalyzedText text, int from, int to, String type, List<int[]> untrusted, List<Run> runs) {
        List<Token> tokens = text.tokens();
        while (from < to && droppableAtStart(word(text, tokens.get(from)), type)) {
            from++;
        }
        while (to > from && !hasLetterOrDigit(word(text, tokens.get(to - 1)))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        if (inside(untrusted, start, end)) {
            return;
        }
        if (!FoundEntity.PERSON.equals(type) && isPortfolio(text, from, to)) {
            return;
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            if (hasLetterOrDigit(word(text, tokens.get(k)))) {
                words++;
            }
        }
        String surface = text.text().substring(start, end);
        if (surface.codePoints().noneMatch(Character::isUpperCase)) {
            return;
        }
        runs.add(new Run(text.field(), start, end, surface, type, words));
    }

    private boolean droppableAtStart(String word, String type) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!hasLetterOrDigit(word) || lower.equals("the")) {
            return true;
        }
        return FoundEntity.PERSON.equals(type) && (Lexicon.HONORIFICS.contains(lower) || lexicon.isRoleHead(word)
                || lexicon.isRoleModifier(word));
    }

    /** "Foreign Affairs" in "Foreign Affairs Minister" is part of a title, not an organisation. */
    private boolean isPortfolio(AnalyzedText text, int from, int to) {
        List<Token> tokens = text.tokens();
        if (to >= tokens.size() || !lexicon.isRoleHead(word(text, tokens.get(to)))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String word = word(text, tokens.get(k));
            if (!lexicon.isRoleModifier(word) && !lexicon.isRoleHead(word)) {
                return false;
            }
        }
        return true;
    }

    /** Well-known names and acronyms the tagger missed ("NATO", "U.S."), where entities may be created. */
    private List<Run> knownNameRuns(AnalyzedText text, List<int[]> untrusted, List<Run> tagged) {
        List<Run> runs = new ArrayList<>();
        NavigableMap<Integer, Integer> taken = new TreeMap<>();
        tagged.forEach(r -> taken.put(r.start(), r.end()));
        Matcher matcher = knownNamePattern.matcher(text.text());
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (inside(untrusted, start, end)) {
                continue;
            }
            var before = taken.floorEntry(end - 1);
            boolean covered = before != null && before.getValue() > start;
            if (!covered) {
                Lexicon.KnownName known = lexicon.knownName(matcher.group());
                runs.add(new Run(text.field(), start, end, matcher.group(), known.type(),
                        matcher.group().split("\\s+").length));
            }
        }
        return runs;
    }

    /** The same words tagged with different types in one article get the type tagged most often. */
    private List<Run> voteTypes(List<Run> runs) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (Run run : runs) {
            votes.computeIfAbsent(run.text(), t -> new HashMap<>()).merge(run.type(), 1, Integer::sum);
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

    private List<FoundEntity> cluster(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingInt(Run::words).reversed()
                .thenComparingInt(r -> r.field().ordinal()).thenComparingInt(Run::start));
        List<FoundEntity> entities = new ArrayList<>();
        Map<String, FoundEntity> wellKnown = new HashMap<>();
        for (Run run : sorted) {
            FoundEntity entity;
            Lexicon.KnownName known = lexicon.knownName(run.text());
            if (known != null) {
                entity = wellKnown.computeIfAbsent(known.canonical(), c -> {
                    FoundEntity created = new FoundEntity(known.type(), c, true);
                    entities.add(created);
                    return created;
                });
            } else {
                entity = FoundEntity.PERSON.equals(run.type()) ? matchPerson(run, entities) : matchOther(run, entities);
                if (entity == null) {
                    entity = new FoundEntity(run.type(), run.text(), false);
                    entities.add(entity);
                }
            }
            entity.add(run.field(), run.start(), run.end(), run.text());
        }
        return entities;
    }

    private static FoundEntity matchPerson(Run run, List<FoundEntity> entities) {
        List<FoundEntity> candidates = new ArrayList<>();
        for (FoundEntity entity : entities) {
            if (entity.isPerson() && samePerson(run.text(), entity)) {
                candidates.add(entity);
            }
        }
        return nearestBefore(candidates, run.field(), run.start());
    }

    private static boolean samePerson(String text, FoundEntity entity) {
        if (entity.knownAs(text)) {
            return true;
        }
        List<String> short_ = words(text);
        List<String> full = words(entity.name());
        if (short_.isEmpty() || short_.size() > full.size()) {
            return false;
        }
        boolean suffix = full.subList(full.size() - short_.size(), full.size()).equals(short_);
        boolean firstAndLast = short_.size() > 1 && short_.get(0).equals(full.get(0))
                && short_.get(short_.size() - 1).equals(full.get(full.size() - 1));
        return suffix || firstAndLast;
    }

    private FoundEntity matchOther(Run run, List<FoundEntity> entities) {
        List<FoundEntity> candidates = new ArrayList<>();
        List<String> runWords = words(run.text());
        for (FoundEntity entity : entities) {
            if (!entity.type().equals(run.type())) {
                continue;
            }
            boolean sameName = entity.knownAs(run.text());
            if (sameName || isAcronymOf(run.text(), entity.name()) || isShortFormOf(runWords, words(entity.name()))) {
                candidates.add(entity);
            }
        }
        if (candidates.isEmpty() && runWords.size() == 1) {
            // "Champagne" tagged as a place after "François-Philippe Champagne": the surname of a person
            for (FoundEntity entity : entities) {
                if (entity.isPerson() && words(entity.name()).size() > 1 && samePerson(run.text(), entity)) {
                    candidates.add(entity);
                }
            }
        }
        return nearestBefore(candidates, run.field(), run.start());
    }

    private static boolean isAcronymOf(String acronym, String name) {
        String letters = acronym.replace(".", "");
        if (letters.length() < 2 || letters.length() > 6 || !letters.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString().equals(letters);
    }

    /** "Revolutionary Guard Corps" within "Islamic Revolutionary Guard Corps", if not only generic words. */
    private static boolean isShortFormOf(List<String> shortWords, List<String> fullWords) {
        if (shortWords.isEmpty() || shortWords.size() >= fullWords.size()) {
            return false;
        }
        boolean specific = shortWords.stream()
                .anyMatch(w -> !Lexicon.GENERIC_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT)));
        return specific && java.util.Collections.indexOfSubList(fullWords, shortWords) >= 0;
    }

    /** Of several candidates, the one mentioned last before the position; else the first. */
    private static FoundEntity nearestBefore(List<FoundEntity> candidates, TextField field, int offset) {
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        FoundEntity best = null;
        FoundMention bestMention = null;
        for (FoundEntity candidate : candidates) {
            for (FoundMention mention : candidate.mentions()) {
                if (mention.before(field, offset)
                        && (bestMention == null || FoundMention.ORDER.compare(mention, bestMention) > 0)) {
                    best = candidate;
                    bestMention = mention;
                }
            }
        }
        return best == null ? candidates.get(0) : best;
    }

    /** Adds mentions of every form an entity goes by wherever it stands untagged (headline, surnames). */
    private void scanKnownForms(List<AnalyzedText> fields, List<FoundEntity> entities) {
        Map<String, List<FoundEntity>> forms = new LinkedHashMap<>();
        for (FoundEntity entity : entities) {
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
            for (String name : names) {
                List<FoundEntity> owners = forms.computeIfAbsent(name, n -> new ArrayList<>());
                if (!owners.contains(entity)) {
                    owners.add(entity);
                }
            }
        }
        if (forms.isEmpty()) {
            return;
        }
        Pattern pattern = formsPattern(forms.keySet());
        for (AnalyzedText text : fields) {
            NavigableMap<Integer, Integer> taken = new TreeMap<>();
            for (FoundEntity entity : entities) {
                for (FoundMention mention : entity.mentions()) {
                    if (mention.field() == text.field()) {
                        taken.put(mention.start(), mention.end());
                    }
                }
            }
            Matcher matcher = pattern.matcher(text.text());
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                var before = taken.floorEntry(end - 1);
                if (before != null && before.getValue() > start) {
                    continue;
                }
                FoundEntity owner = nearestBefore(forms.get(matcher.group()), text.field(), start);
                owner.add(text.field(), start, end, matcher.group());
                taken.put(start, end);
            }
        }
    }

    /** The surname of a full name ("Champagne", "von der Leyen"), or {@code null} for a single name. */
    private static String surname(String name) {
        List<String> words = words(name);
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

    private void findRoles(FoundEntity person, Map<TextField, AnalyzedText> texts,
            Map<TextField, List<int[]>> untrusted) {
        for (FoundMention mention : List.copyOf(person.mentions())) {
            AnalyzedText text = texts.get(mention.field());
            if (text == null || inside(untrusted.get(mention.field()), mention.start(), mention.end())) {
                continue;
            }
            int first = tokenAt(text, mention.start());
            int last = tokenEndingAt(text, mention.end());
            if (first < 0 || last < 0) {
                continue;
            }
            int[] before = roleBefore(text, first);
            if (before != null) {
                person.addRole(text.text().substring(before[0], before[1]));
                if (!mention.text().equals(person.name()) && before[2] == 0) {
                    person.addAlias(text.text().substring(before[0], mention.end()));
                }
            }
            int[] after = roleAfter(text, last);
            if (after != null) {
                person.addRole(text.text().substring(after[0], after[1]));
            }
        }
    }

    /** A title just before a name ("U.S. President", "NDP leader,"): start, end, and 1 if a comma stands between. */
    private int[] roleBefore(AnalyzedText text, int nameToken) {
        List<Token> tokens = text.tokens();
        int sentenceStart = sentenceStart(text, tokens.get(nameToken).start());
        int i = nameToken - 1;
        int comma = 0;
        if (i >= 1 && word(text, tokens.get(i)).equals(",") && tokens.get(i - 1).start() >= sentenceStart
                && lexicon.isRoleHead(word(text, tokens.get(i - 1)))) {
            comma = 1;
            i--;
        }
        int end = i;
        int first = i + 1;
        while (i >= 0 && tokens.get(i).start() >= sentenceStart && end - i < MAX_ROLE_TOKENS) {
            String word = word(text, tokens.get(i));
            if (lexicon.isRoleHead(word) || lexicon.isRoleModifier(word) && isLowerCase(word) || isNameLike(word)) {
                first = i;
                i--;
            } else {
                break;
            }
        }
        while (first <= end && !isRoleStart(word(text, tokens.get(first)))) {
            first++;
        }
        if (first > end || !containsHead(text, first, end)) {
            return null;
        }
        return new int[] {tokens.get(first).start(), tokens.get(end).end(), comma};
    }

    /** An apposition after a name ("Jagmeet Singh, the NDP leader, said"): start and end of the title. */
    private int[] roleAfter(AnalyzedText text, int nameToken) {
        List<Token> tokens = text.tokens();
        int i = nameToken + 1;
        if (i >= tokens.size() || !word(text, tokens.get(i)).equals(",")) {
            return null;
        }
        i++;
        if (i < tokens.size() && Lexicon.DETERMINERS.contains(word(text, tokens.get(i)).toLowerCase(Locale.ROOT))
                && !word(text, tokens.get(i)).equalsIgnoreCase("that")) {
            i++;
        }
        int first = i;
        while (i < tokens.size() && i - first < MAX_ROLE_TOKENS) {
            String word = word(text, tokens.get(i));
            if (lexicon.isRoleHead(word) || lexicon.isRoleModifier(word) && isLowerCase(word) || isNameLike(word)) {
                i++;
            } else {
                break;
            }
        }
        int last = i - 1;
        boolean closed = i >= tokens.size() || word(text, tokens.get(i)).matches("[,.;:)—–]");
        if (last < first || !closed || !containsHead(text, first, last)
                || !lexicon.isRoleHead(word(text, tokens.get(last))) && !isNameLike(word(text, tokens.get(last)))) {
            return null;
        }
        return new int[] {tokens.get(first).start(), tokens.get(last).end()};
    }

    private boolean containsHead(AnalyzedText text, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (lexicon.isRoleHead(word(text, text.tokens().get(k)))) {
                return true;
            }
        }
        return false;
    }

    private boolean isRoleStart(String word) {
        return lexicon.isRoleHead(word) || isNameLike(word)
                || lexicon.isRoleModifier(word) && isLowerCase(word) && !word.matches("of|and|for");
    }

    /** A capitalised word or acronym that is not a capitalised function word ("The", "In"). */
    private static boolean isNameLike(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                && !Lexicon.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isLowerCase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }

    private static int sentenceStart(AnalyzedText text, int offset) {
        List<AnalyzedText.Sentence> sentences = text.sentences();
        int low = 0;
        int high = sentences.size() - 1;
        int start = 0;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (sentences.get(middle).start() <= offset) {
                start = sentences.get(middle).start();
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return start;
    }

    /** Salience: each mention counts by where it stands (headline 3, standfirst 2, body 1 to 1.5, earlier more). */
    private static void rank(List<FoundEntity> entities, Map<TextField, AnalyzedText> texts) {
        Map<FoundEntity, Double> scores = new HashMap<>();
        double total = 0;
        for (FoundEntity entity : entities) {
            double score = 0;
            for (FoundMention mention : entity.mentions()) {
                score += switch (mention.field()) {
                    case TITLE -> 3.0;
                    case STANDFIRST -> 2.0;
                    case BODY -> {
                        int length = Math.max(1, texts.get(TextField.BODY).text().length());
                        yield 1.0 + 0.5 * (1.0 - (double) mention.start() / length);
                    }
                };
            }
            scores.put(entity, score);
            total += score;
        }
        entities.sort(Comparator.<FoundEntity>comparingDouble(scores::get).reversed()
                .thenComparing(FoundEntity::firstMention, FoundMention.ORDER));
        for (int i = 0; i < entities.size(); i++) {
            FoundEntity entity = entities.get(i);
            double salience = total == 0 ? 0 : Math.round(scores.get(entity) / total * 10_000) / 10_000.0;
            entity.identify("e" + (i + 1), salience);
        }
    }

    private static Pattern formsPattern(java.util.Collection<String> forms) {
        String alternatives = forms.stream().filter(f -> !f.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    private static int tokenAt(AnalyzedText text, int offset) {
        List<Token> tokens = text.tokens();
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int start = tokens.get(middle).start();
            if (start == offset) {
                return middle;
            } else if (start < offset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    private static int tokenEndingAt(AnalyzedText text, int offset) {
        List<Token> tokens = text.tokens();
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int end = tokens.get(middle).end();
            if (end == offset) {
                return middle;
            } else if (end < offset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    static String word(AnalyzedText text, Token token) {
        return text.text().substring(token.start(), token.end());
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("’s") || word.equals("'") || word.equals("’");
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
    }
}
