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
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the people, organisations and places of an article and merges the mentions of each: the fullest name
 * is canonical, surnames, short forms and acronyms become aliases, titles before or after a name become roles.
 * Places the {@link Gazetteer} knows get a finer type (COUNTRY, STATE_OR_PROVINCE, CITY), demonyms ("Canadian")
 * become mentions of the country the article names, and the gazetteer corrects the tagger where only a place
 * fits ("in Moose Jaw") or where a place's name names a team or company ("Minnesota Wild").
 *
 * <p>Named-entity tags create entities only where the text is ordinary prose: not in a Title Case headline,
 * a dateline or a credit line, where capitalisation says little (a country or a well-known name still counts
 * in a headline, a dateline gives its city and news agency). Those places, like every other, still get
 * mentions of the entities found elsewhere in the article.
 */
final class EntityExtractor {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}"
                    + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?\\s*(?:\\([^)\\n]{1,40}\\))?"
                    + "|\\([^)\\n]{1,40}\\))\\s*[—–-]{1,2}\\s");
    /**
     * The names of a dateline: an all-capital city, then optionally ", Region", then optionally the news agency in
     * parentheses, before the dash; or the agency alone ("(CNN) —").
     */
    private static final Pattern DATELINE_NAMES = Pattern.compile(
            "\\s*(?:(\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3})(?:,\\s*(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}))?)?"
                    + "\\s*(?:\\(\\s*(\\p{Lu}[^)\\n]{0,38}?)\\s*\\))?\\s*[—–-]{1,2}\\s");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:By|BY|Reporting by|Additional reporting by|Writing by|Editing by|Compiled by|Follow|Contact|"
                    + "Photo|Photograph|Image|Source|Copyright|©|Read more|Related|Also read|Sign up)\\b");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final int MAX_ROLE_TOKENS = 8;
    /**
     * A run of capitalised words, joined by "of", "and", "for", "the" or "de" ("Court of King's Bench of Alberta"),
     * on one line: a line break ends a name (tables, headings).
     */
    private static final Pattern ORGANISATION_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’.-])(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\h+(?:of|and|for|the|de|du|des|la|le|del|di|on|in|&)"
                    + "(?=\\h+\\p{Lu}))*\\h+)+\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?![\\p{L}\\p{N}])");
    /** Where a run of capitalised words holds two names: after a sentence's full stop or a possessive. */
    private static final Pattern NAME_BREAK = Pattern.compile(
            "(?<!\\b(?:Inc|Corp|Ltd|Co|St|Mt|Jr|Sr|Dr|Mr|Mrs|Ms|Prof|Gen|Gov|Sen|Rep))(\\.|['’]s?)\\s+");
    /** What stands between a person and where they work: "Tomasz Wrobel of Pekao Securities". */
    private static final Pattern PERSON_THEN_EMPLOYER = Pattern.compile(",?\\s+(?:of|at|from|with)\\s+(?:the\\s+)?");
    /** The party and state of an American lawmaker: "R-Mo.", "D-Calif.", "I-Vt.". */
    private static final Pattern PARTY_AND_STATE = Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]{0,6}");
    /** A party by the plural of its members' name: "the Conservatives", "the Greens". */
    private static final Pattern PARTY = Pattern.compile("\\b[Tt]he\\s+(Conservatives|Liberals|Tories|Greens|Democrats"
            + "|Republicans|Socialists|Nationals|Social Democrats|Christian Democrats|Liberal Democrats)(?![\\p{L}\\p{N}])"
            + "(?!\\s+\\p{Lu})");
    /** "Nairobi-based", "state-owned": a modifier before a name. */
    private static final Pattern LEADING_MODIFIER = Pattern.compile("\\S+-(?:based|owned|run|led|backed|listed|born)\\s+");
    /** An article, or a capitalised word that opens sentences, at the start of a name found by pattern. */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?:(?:The|A|An|In|On|At|For|By|From|With|As|But"
            + "|And|According|After|While|Its|Their|His|Her|This|That)\\s+)+(?:the\\s+)?");
    /** "the messaging app Chirply", "the campaign group Climate Justice Now": a description, then the name. */
    private static final Pattern DESCRIBED_NAME = Pattern.compile(
            "\\b(?:the|a|an|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(\\p{Ll}+)\\s+"
                    + "(\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’-]*){0,4})(?![\\p{L}\\p{N}])");
    /** What stands between the items of a list: ", ", " and ", ", and ", " or ". */
    private static final Pattern LIST_JOINER = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:the\\s+)?");
    /** "Rijkswaterstaat, the agency responsible for": a name, then a description ending in an organisation noun. */
    private static final Pattern NAME_THEN_DESCRIPTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&-]*){0,3}),\\s+(?:the|a|an)\\s+"
                    + "(?:[\\p{Ll}’'-]+\\s+|\\p{Lu}\\p{L}*(?:['’]s)?\\s+){0,3}?(\\p{Ll}+)\\b(?=\\s+(?:responsible|that|which|for|of|in|at|based|"
                    + "representing|overseeing|running|with|charged)|[,.;])");
    /** "the UN refugee agency (UNHCR)": a description ending in a noun, then an acronym in parentheses. */
    private static final Pattern DESCRIBED_ACRONYM = Pattern.compile(
            "\\b(?:[Tt]he|[Aa]n?)\\s+((?:[\\p{L}\\p{N}-]+\\s+){0,4}?(\\p{Ll}+))\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,9})\\s*\\)");
    /** "Name (ACRONYM)": an acronym of capitals, possibly with accents or digits, in parentheses. */
    private static final Pattern DEFINED_ACRONYM = Pattern.compile("\\(\\s*(\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,9})\\s*\\)");
    /** The capitalised words just before a position, possibly joined by "of", "and", "for", "the". */
    private static final Pattern CAPITALISED_NAME_BEFORE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\h+(?:of|and|for|the|de|du|des|la|le)(?=\\h+\\p{Lu}))*\\h+)*"
                    + "\\p{Lu}[\\p{L}\\p{N}&'’.-]*$");

    private final Lexicon lexicon = Lexicon.get();
    private final Gazetteer gazetteer = Gazetteer.get();
    private final Pattern knownNamePattern = formsPattern(lexicon.allKnownForms());

    /**
     * A named-entity tagged stretch of text before it is merged into an entity; {@code fixed} when its type is
     * known from the text around it ("the messaging app Chirply") or a well-known name, not only from the tagger.
     */
    private record Run(TextField field, int start, int end, String text, String type, int words, boolean fixed) {

        Run(TextField field, int start, int end, String text, String type, int words) {
            this(field, start, end, text, type, words, false);
        }

        Run withType(String newType) {
            return new Run(field, start, end, text, newType, words, fixed);
        }
    }

    ArticleEntities extract(List<AnalyzedText> fields) {
        Map<TextField, AnalyzedText> texts = new EnumMap<>(TextField.class);
        Map<TextField, List<int[]>> untrusted = new EnumMap<>(TextField.class);
        Map<String, String> acronyms = new HashMap<>();
        List<Run> runs = new ArrayList<>();
        Set<String> lowerCaseWords = lowerCaseWords(fields);
        for (AnalyzedText text : fields) {
            texts.put(text.field(), text);
            List<int[]> skip = untrustedRanges(text);
            untrusted.put(text.field(), skip);
            List<Run> found = new ArrayList<>(nerRuns(text, skip));
            found = organisationNames(text, skip, found);
            List<Run> known = knownNameRuns(text, skip, found);
            // a well-known name over what the tagger found inside it ("Statistics Austria" over "Austria")
            found.removeIf(r -> known.stream().anyMatch(k -> k.start() <= r.start() && k.end() >= r.end()));
            found.addAll(known);
            found.addAll(datelineNames(text));
            found = organisationsOfAPlace(text, withoutOverlaps(found));
            found.addAll(untaggedPlaces(text, skip, found, lowerCaseWords));
            acronyms.putAll(definedAcronyms(text, skip, found));
            runs.addAll(found);
        }
        List<FoundEntity> entities = cluster(voteTypes(alignLists(runs, texts)), acronyms);
        mergeShortForms(entities);
        scanKnownForms(fields, entities);
        nameWellKnownPlacesAsWritten(entities);
        for (FoundEntity entity : entities) {
            if (entity.isPerson()) {
                completeFirstName(entity, texts);
                findRoles(entity, texts, untrusted);
            }
        }
        refinePlaceTypes(entities);
        addDescribedAcronyms(fields, entities);
        addDemonymMentions(fields, entities);
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
        int start = 0;
        int index = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(s);
        while (true) {
            boolean more = breaks.find();
            int end = more ? breaks.start() : s.length();
            String paragraph = s.substring(start, end).strip();
            Matcher dateline = DATELINE.matcher(s).region(start, end);
            if (index++ < 3 && dateline.lookingAt()) {
                // a standfirst the reader could not tell apart may come before the dateline
                ranges.add(new int[] {dateline.start(), dateline.end()});
            }
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
                    && tokens.get(j).start() - tokens.get(j - 1).end() <= 1
                    && text.text().charAt(tokens.get(j - 1).end()) != '\n') {
                // a name never runs over a line break (tables, headings)
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
            boolean bracket = k < to && word(text, tokens.get(k)).matches("[()\\[\\]{}]");
            if (k == to || bracket || isPossessive(word(text, tokens.get(k))) && k - start >= 2) {
                // "Agency's (IAEA) Board of Governors": a bracket ends a name
                addRun(text, start, k, type, untrusted, runs);
                start = k + 1;
            }
        }
    }

    private void addRun(AnalyzedText text, int from, int to, String type, List<int[]> untrusted, List<Run> runs) {
        List<Token> tokens = text.tokens();
        if (!FoundEntity.LOCATION.equals(type) && from > 0 && Texts.isCapitalised(word(text, tokens.get(from - 1)))
                && gazetteer.placeType(text.text().substring(tokens.get(from - 1).start(), tokens.get(to - 1).end())) != null
                && afterPlacePreposition(text, from - 1)) {
            // "in Moose Jaw and Prince Albert": "Albert" tagged as a person, "Prince" left out
            from--;
            type = FoundEntity.LOCATION;
        } else if (!FoundEntity.LOCATION.equals(type) && isPlace(text, from, to, type)) {
            type = FoundEntity.LOCATION;
        }
        boolean person = FoundEntity.PERSON.equals(type);
        if (person) {
            // "Austin Mayor Leo Ferrante" tagged whole: the name starts after the last title word
            for (int k = to - 2; k >= from; k--) {
                if (lexicon.isRoleHead(word(text, tokens.get(k)))) {
                    from = k + 1;
                    break;
                }
            }
        }
        while (from < to && droppableAtStart(word(text, tokens.get(from)), type)) {
            from++;
        }
        while (!person && to - from > 1 && to < tokens.size() && FoundEntity.PERSON.equals(tokens.get(to).ner())
                && lexicon.isRoleHead(word(text, tokens.get(to - 1)))) {
            // "Ontario Superior Court Justice Marie-Claire Dion": the title before the person is theirs
            to--;
        }
        while (to > from && (!hasLetterOrDigit(word(text, tokens.get(to - 1)))
                || !person && to - from > 1 && isLowerCase(word(text, tokens.get(to - 1)))
                || person && to - from > 1 && EntityWords.POST_NOMINALS.contains(word(text, tokens.get(to - 1))))) {
            // "the union's Maple Air council": the lower-case noun is no part of the name; "Jonathan Reece KC": nor
            // the letters after a person's name
            to--;
        }
        if (!person && to < tokens.size() && lexicon.isRoleHead(word(text, tokens.get(to)))) {
            // "Quebec Labour Minister": the portfolio belongs to the title, the place before it stays
            int placeEnd = to;
            while (placeEnd > from + 1 && lexicon.isRoleModifier(word(text, tokens.get(placeEnd - 1)))
                    && Texts.isCapitalised(word(text, tokens.get(placeEnd - 1)))) {
                placeEnd--;
            }
            String place = text.text().substring(tokens.get(from).start(), tokens.get(placeEnd - 1).end());
            if (placeEnd < to && gazetteer.placeType(place) != null) {
                to = placeEnd;
                type = FoundEntity.LOCATION;
            }
        }
        if (from >= to) {
            return;
        }
        if (person && to - from == 1 && to < tokens.size() && word(text, tokens.get(to)).matches("\\d+")) {
            // "Bill 41" is a bill
            return;
        }
        if (!person && followsTitle(text, from)) {
            // "Minister of State for Digital Affairs": a portfolio, not an organisation
            return;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        if (inside(untrusted, start, end) && !(text.field() == TextField.TITLE && FoundEntity.LOCATION.equals(type)
                && Gazetteer.COUNTRY.equals(gazetteer.placeType(text.text().substring(start, end))))) {
            // a country is a country even in a Title Case headline ("Germany's Rail Network Grinds to a Halt")
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
        if (surface.codePoints().noneMatch(Character::isUpperCase) || PARTY_AND_STATE.matcher(surface).matches()) {
            // "Sen. Josh Hawley, R-Mo.,": a party and a state's abbreviation, no name
            return;
        }
        if (!FoundEntity.PERSON.equals(type) && isAppositiveOfAPerson(text, from, to)) {
            runs.add(new Run(text.field(), start, end, surface, FoundEntity.PERSON, words, true));
            return;
        }
        if (FoundEntity.LOCATION.equals(type) && isTeamOrCompany(text, from, to)) {
            runs.add(new Run(text.field(), start, end, surface, FoundEntity.ORGANIZATION, words, true));
            return;
        }
        runs.add(new Run(text.field(), start, end, surface, type, words));
    }

    /**
     * "Its chairman, Newton Wang'oo, said": a short name set off by commas after a person's title is a person's,
     * unless it holds a word of organisations' or places' names.
     */
    private boolean isAppositiveOfAPerson(AnalyzedText text, int from, int to) {
        List<Token> tokens = text.tokens();
        if (from < 2 || to - from > 3 || to >= tokens.size() || !word(text, tokens.get(from - 1)).equals(",")
                || !word(text, tokens.get(to)).matches("[,.]")
                || !lexicon.isRoleHead(word(text, tokens.get(from - 2)))
                || !isLowerCase(word(text, tokens.get(from - 2)))) {
            return false;
        }
        String name = text.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
        return gazetteer.placeType(name) == null && lexicon.knownName(name) == null
                && words(name).stream().noneMatch(w -> EntityWords.ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT))
                        || EntityWords.PLACE_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /**
     * A place the tagger took for a person or an organisation: a place the gazetteer knows after a preposition of
     * place ("families in Moose Jaw and Prince Albert"), or a country tagged as an organisation ("Israel said").
     */
    private boolean isPlace(AnalyzedText text, int from, int to, String type) {
        List<Token> tokens = text.tokens();
        if (from >= to) {
            return false;
        }
        String name = text.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
        String placeType = gazetteer.placeType(name);
        if (placeType == null) {
            return false;
        }
        return afterPlacePreposition(text, from) || FoundEntity.ORGANIZATION.equals(type)
                && Gazetteer.COUNTRY.equals(placeType);
    }

    /** Whether a preposition of place stands before the token, maybe with other names listed between ("in X and"). */
    private static boolean afterPlacePreposition(AnalyzedText text, int index) {
        List<Token> tokens = text.tokens();
        for (int k = index - 1; k >= Math.max(0, index - 8); k--) {
            String word = word(text, tokens.get(k));
            if (EntityWords.PLACE_PREPOSITIONS.contains(word)) {
                return true;
            }
            boolean listed = word.equals(",") || word.equals("and") || word.equals("or");
            if (!listed && !(k < index - 1 && Texts.isCapitalised(word))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A name the tagger took for a place that names a team, a club or a company: a place followed by words that
     * are not geographic ("Minnesota Wild", "Toronto Star"), a name followed by what only an organisation has
     * ("Kingsmere City manager", "Bramley fans"), or described as one ("the GreenLeft-Labour alliance").
     */
    private boolean isTeamOrCompany(AnalyzedText text, int from, int to) {
        List<Token> tokens = text.tokens();
        String next = to < tokens.size() ? word(text, tokens.get(to)) : "";
        boolean described = EntityWords.ORGANISATION_NOUNS.contains(next) && from > 0
                && Lexicon.DETERMINERS.contains(word(text, tokens.get(from - 1)).toLowerCase(Locale.ROOT));
        if ((EntityWords.ORGANISATION_ONLY_ROLES.contains(next.toLowerCase(Locale.ROOT)) || described)
                && gazetteer.placeType(text.text().substring(tokens.get(from).start(), tokens.get(to - 1).end())) == null) {
            return true;
        }
        if (to - from < 2 || gazetteer.placeType(text.text().substring(tokens.get(from).start(),
                tokens.get(to - 1).end())) != null) {
            return false;
        }
        for (int split = from + 1; split < to; split++) {
            String place = text.text().substring(tokens.get(from).start(), tokens.get(split - 1).end());
            if (gazetteer.placeType(place) != null) {
                for (int k = split; k < to; k++) {
                    String word = word(text, tokens.get(k));
                    if (!Texts.isCapitalised(word) || EntityWords.PLACE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
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

    /** Whether the tokens before stand for a capitalised title ending in "of" or "for" ("Minister of State for"). */
    private boolean followsTitle(AnalyzedText text, int from) {
        List<Token> tokens = text.tokens();
        if (from < 2 || !word(text, tokens.get(from - 1)).matches("of|for")) {
            return false;
        }
        for (int k = from - 2; k >= Math.max(0, from - 5); k--) {
            String w = word(text, tokens.get(k));
            if (FoundEntity.PERSON.equals(tokens.get(k).ner())) {
                // "Rep. Dale Hutchins of Texas": the title is the person's, "Texas" a place
                return false;
            }
            if (lexicon.isRoleHead(w) && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
            if (!Character.isUpperCase(w.charAt(0)) && !w.matches("of|for|and")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Organisation names the tagger missed or cut short: capitalised words around a word such as "Service",
     * "Union" or "Department" ("Crown Prosecution Service", "Court of King's Bench of Alberta"), and a name
     * after a description such as "the messaging app" or "the campaign group" (which fixes its type).
     */
    private List<Run> organisationNames(AnalyzedText text, List<int[]> untrusted, List<Run> runs) {
        List<Run> found = new ArrayList<>();
        String s = text.text();
        Matcher names = ORGANISATION_NAME.matcher(s);
        while (names.find()) {
            if (Texts.words(names.group()).size() > 1 && isAllCaps(names.group())) {
                // "MAJOR LEAGUE STANDINGS AFTER THURSDAY": in capitals, every word looks like a name
                continue;
            }
            // a sentence end or a possessive ("Germany's Federal Network Agency") separates names
            Matcher breaks = NAME_BREAK.matcher(s).region(names.start(), names.end());
            int from = names.start();
            while (true) {
                boolean more = breaks.find();
                while (more && keepsName(s, names.start(), breaks)) {
                    more = breaks.find();
                }
                int to = more ? breaks.start() : names.end();
                addOrganisationName(text, s, from, more ? Texts.skipSpacesBack(s, to, from) : to, untrusted, found);
                if (!more) {
                    break;
                }
                from = breaks.end();
            }
        }
        Matcher appositive = NAME_THEN_DESCRIPTION.matcher(s);
        while (appositive.find()) {
            // "Rijkswaterstaat, the agency responsible for ...", "CreateTO, the city's real estate agency"
            String noun = appositive.group(2).toLowerCase(Locale.ROOT);
            if (EntityWords.isOrganisationNoun(noun) && !inside(untrusted, appositive.start(1), appositive.end(1))
                    && !Lexicon.FUNCTION_WORDS.contains(appositive.group(1).toLowerCase(Locale.ROOT))) {
                int start = appositive.start(1);
                Matcher article = LEADING_ARTICLE.matcher(s).region(start, appositive.end(1));
                if (article.lookingAt() && article.end() < appositive.end(1)) {
                    // "The NSPCC, a children's charity,"
                    start = article.end();
                }
                String name = s.substring(start, appositive.end(1));
                found.add(new Run(text.field(), start, appositive.end(1), name, FoundEntity.ORGANIZATION,
                        name.split("\\s+").length, true));
            }
        }
        Matcher party = PARTY.matcher(s);
        while (party.find()) {
            // "The Conservatives accused ministers of chaos"
            if (!inside(untrusted, party.start(1), party.end(1))) {
                found.add(new Run(text.field(), party.start(1), party.end(1), party.group(1), FoundEntity.ORGANIZATION, 1,
                        true));
            }
        }
        Matcher described = DESCRIBED_NAME.matcher(s);
        while (described.find()) {
            if (!EntityWords.isOrganisationNoun(described.group(1).toLowerCase(Locale.ROOT))
                    || inside(untrusted, described.start(2), described.end(2))) {
                continue;
            }
            String name = described.group(2);
            found.add(new Run(text.field(), described.start(2), described.end(2), name, FoundEntity.ORGANIZATION,
                    name.split("\\s+").length, true));
        }
        found = withoutPeople(text, found, runs, untrusted);
        if (found.isEmpty()) {
            return runs;
        }
        // two organisations the tagger found side by side stay two ("... Guard Corps' Qods Force"), unless the
        // second is only a generic word ("Berlin Tenants' Association") or "and" joins a first part that names
        // no body on its own ("Senate Homeland Security and Governmental Affairs Committee")
        found.removeIf(f -> {
            List<Run> inside = runs.stream().filter(r -> FoundEntity.ORGANIZATION.equals(r.type())
                    && r.start() >= f.start() && r.end() <= f.end()).toList();
            if (inside.size() < 2) {
                return false;
            }
            String last = inside.get(inside.size() - 1).text();
            List<String> firstWords = words(inside.get(0).text());
            boolean joined = s.substring(inside.get(0).end(), inside.get(1).start()).equals(" and ")
                    && !EntityWords.ORGANISATION_WORDS.contains(firstWords.get(firstWords.size() - 1).toLowerCase(Locale.ROOT));
            return !joined && !(words(last).size() == 1 && EntityWords.ORGANISATION_WORDS.contains(last.toLowerCase(Locale.ROOT)));
        });
        // the longer organisation name replaces what the tagger found inside it; a tagged run over it stays
        List<Run> merged = new ArrayList<>();
        for (Run run : runs) {
            boolean covered = found.stream().anyMatch(f -> f.start() <= run.start() && f.end() >= run.end()
                    && (f.end() - f.start() > run.end() - run.start() || !run.type().equals(f.type())));
            if (!covered) {
                merged.add(run);
            }
        }
        for (Run organisation : found) {
            boolean overlaps = merged.stream().anyMatch(r -> r.start() < organisation.end() && r.end() > organisation.start());
            if (!overlaps) {
                merged.add(organisation);
            }
        }
        merged.sort(Comparator.comparingInt(Run::start));
        return merged;
    }

    /**
     * An organisation's name followed by a country or province is one organisation ("NHS England", "Police
     * Scotland", "Toyota Canada"), and so is a capitalised word the tagger left out before one ("Diabetes Canada
     * called for ..."): the national body, not a body and a place. Words that qualify a place ("Atlantic Canada",
     * "Northern Ontario", "in Canada") are left alone.
     */
    private List<Run> organisationsOfAPlace(AnalyzedText text, List<Run> runs) {
        List<Run> joined = new ArrayList<>(runs.size());
        String s = text.text();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            Run next = i + 1 < runs.size() ? runs.get(i + 1) : null;
            if (next != null && FoundEntity.ORGANIZATION.equals(run.type()) && isNationalPlace(next)
                    && run.field() == next.field() && next.start() == run.end() + 1 && s.charAt(run.end()) == ' ') {
                joined.add(new Run(run.field(), run.start(), next.end(), s.substring(run.start(), next.end()),
                        FoundEntity.ORGANIZATION, run.words() + next.words(), true));
                i++;
                continue;
            }
            int[] before = isNationalPlace(run) ? Texts.wordBefore(s, run.start(), Math.max(0, run.start() - 40)) : null;
            if (before != null && before[1] + 1 == run.start() && s.charAt(before[1]) == ' '
                    && (joined.isEmpty() || joined.get(joined.size() - 1).end() <= before[0])
                    && isBodyWord(s.substring(before[0], before[1]))) {
                joined.add(new Run(run.field(), before[0], run.end(), s.substring(before[0], run.end()),
                        FoundEntity.ORGANIZATION, run.words() + 1, true));
                continue;
            }
            joined.add(run);
        }
        return joined;
    }

    private boolean isNationalPlace(Run run) {
        if (!FoundEntity.LOCATION.equals(run.type())) {
            return false;
        }
        String type = gazetteer.placeType(run.text());
        return Gazetteer.COUNTRY.equals(type) || Gazetteer.STATE_OR_PROVINCE.equals(type);
    }

    /** A capitalised word that may name a body before a country ("Diabetes", "Elections"), not qualify the place. */
    private boolean isBodyWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.matches("\\p{Lu}\\p{Ll}+") && !Lexicon.FUNCTION_WORDS.contains(lower)
                && !EntityWords.PLACE_PREPOSITIONS.contains(lower) && !EntityWords.PLACE_QUALIFIERS.contains(lower)
                && !Lexicon.MONTHS_AND_DAYS.contains(lower) && !lexicon.isRoleHead(word) && !lexicon.isRoleModifier(word)
                && gazetteer.placesOf(word).isEmpty() && gazetteer.placeType(word) == null
                && !Lexicon.HONORIFICS.contains(lower);
    }

    /** The words an article writes in lower case ("police", "reading"): no place names where it capitalises them. */
    private static Set<String> lowerCaseWords(List<AnalyzedText> fields) {
        Set<String> words = new java.util.HashSet<>();
        for (AnalyzedText text : fields) {
            for (Token token : text.tokens()) {
                String word = word(text, token);
                if (isLowerCase(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /**
     * Places the tagger left untagged where the text can only mean a place: one capitalised word the gazetteer
     * knows, after a preposition ("flew to Kigali."), or between an article and a noun ("on the Ullapool route",
     * "a Scarborough ward"), never written in lower case elsewhere in the article ("Police").
     */
    private List<Run> untaggedPlaces(AnalyzedText text, List<int[]> untrusted, List<Run> found,
            Set<String> lowerCaseWords) {
        List<Run> places = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = word(text, token);
            String before = word(text, tokens.get(i - 1));
            String after = i + 1 < tokens.size() ? word(text, tokens.get(i + 1)) : "";
            boolean afterPreposition = EntityWords.PLACE_PREPOSITIONS.contains(before) && !Texts.isCapitalised(after);
            // "the Ullapool route", not "the Union said" or "the Alliance wants"
            boolean modifier = Lexicon.DETERMINERS.contains(before.toLowerCase(Locale.ROOT)) && Texts.isLowerCase(after)
                    && !Lexicon.AUXILIARIES.contains(after) && lexicon.verb(after) == null
                    && !after.endsWith("ed") && !after.endsWith("s");
            if (!AnalyzedText.OUTSIDE.equals(token.ner()) || !word.matches("\\p{Lu}\\p{Ll}+")
                    || !afterPreposition && !modifier
                    || lowerCaseWords.contains(word.toLowerCase(Locale.ROOT))
                    || Lexicon.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    || Lexicon.MONTHS_AND_DAYS.contains(word.toLowerCase(Locale.ROOT))
                    || gazetteer.placeType(word) == null || inside(untrusted, token.start(), token.end())
                    || found.stream().anyMatch(r -> r.start() < token.end() && r.end() > token.start())) {
                continue;
            }
            places.add(new Run(text.field(), token.start(), token.end(), word, FoundEntity.LOCATION, 1));
        }
        return places;
    }


    /**
     * A person the tagger found inside an organisation's name found by pattern is no part of it: the organisation
     * is what follows "of" or "at" after them ("Analyst Tomasz Wrobel of Pekao Securities"), or what stands before
     * their title ("Ontario Superior Court Justice Marie-Claire Dion"). A name that starts with a person's goes on
     * as it is ("Ram Manohar Lohia Hospital").
     */
    private List<Run> withoutPeople(AnalyzedText text, List<Run> found, List<Run> tagged, List<int[]> untrusted) {
        List<Run> kept = new ArrayList<>();
        String s = text.text();
        for (Run organisation : found) {
            Run person = null;
            for (Run run : tagged) {
                if (FoundEntity.PERSON.equals(run.type()) && run.start() > organisation.start()
                        && run.end() <= organisation.end()) {
                    person = run;
                }
            }
            Matcher employer = person == null ? null
                    : PERSON_THEN_EMPLOYER.matcher(s).region(person.end(), organisation.end());
            if (person != null && person.end() == organisation.end()) {
                int end = person.start();
                int[] word = Texts.wordBefore(s, end, organisation.start());
                while (word != null && (lexicon.isRoleHead(s.substring(word[0], word[1]))
                        || lexicon.isRoleModifier(s.substring(word[0], word[1])))) {
                    end = word[0];
                    word = Texts.wordBefore(s, end, organisation.start());
                }
                addOrganisationName(text, s, organisation.start(), Texts.skipSpacesBack(s, end, organisation.start()),
                        untrusted, kept);
            } else if (employer != null && employer.lookingAt()) {
                addOrganisationName(text, s, employer.end(), organisation.end(), untrusted, kept);
            } else {
                kept.add(organisation);
            }
        }
        return kept;
    }

    /** "MPs", "Senators": people holding an office, in the plural. */
    private static boolean isPluralRoleHead(String word) {
        return word.length() > 2 && word.endsWith("s") && Lexicon.get().isRoleHead(word.substring(0, word.length() - 1));
    }

    /** One run per stretch of text: where runs overlap, a run whose type is known wins, then the longer. */
    private static List<Run> withoutOverlaps(List<Run> runs) {
        List<Run> ranked = new ArrayList<>(runs);
        ranked.sort(Comparator.comparing(Run::fixed).reversed()
                .thenComparing(Comparator.comparingInt((Run r) -> r.end() - r.start()).reversed())
                .thenComparingInt(Run::start));
        NavigableMap<Integer, Run> kept = new TreeMap<>();
        for (Run run : ranked) {
            var before = kept.floorEntry(run.end() - 1);
            boolean overlaps = before != null && before.getValue().end() > run.start();
            if (!overlaps) {
                kept.put(run.start(), run);
            }
        }
        return new ArrayList<>(kept.values());
    }

    /**
     * The names of a dateline ("ROTTERDAM, Netherlands (Reuters) —"): the city as written and the region after it,
     * places, and the news agency, an organisation.
     */
    private List<Run> datelineNames(AnalyzedText text) {
        List<Run> names = new ArrayList<>();
        if (text.field() == TextField.TITLE) {
            return names;
        }
        String s = text.text();
        int start = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(s);
        for (int index = 0; index < 3; index++) {
            boolean more = breaks.find();
            int end = more ? breaks.start() : s.length();
            Matcher dateline = DATELINE_NAMES.matcher(s).region(start, end);
            if (dateline.lookingAt() && (dateline.group(1) != null || dateline.group(3) != null)) {
                for (int group = 1; group <= 3; group++) {
                    if (dateline.group(group) != null) {
                        String name = dateline.group(group);
                        if (group == 1 && !isKnownPlace(text, dateline.start(group), dateline.end(group))) {
                            // "SOCCER - ENGLAND BEAT ...": a section label before a dash, not a city
                            continue;
                        }
                        names.add(new Run(text.field(), dateline.start(group), dateline.end(group), name,
                                group == 3 ? FoundEntity.ORGANIZATION : FoundEntity.LOCATION, name.split("\\s+").length,
                                true));
                    }
                }
            }
            if (!more) {
                break;
            }
            start = breaks.end();
        }
        return names;
    }

    /** A place the gazetteer knows, or one the tagger tagged as a place ("MILWAUKEE" is either). */
    private boolean isKnownPlace(AnalyzedText text, int start, int end) {
        if (gazetteer.placeType(text.text().substring(start, end)) != null) {
            return true;
        }
        return text.tokens().stream().anyMatch(t -> t.start() >= start && t.end() <= end
                && FoundEntity.LOCATION.equals(t.ner()));
    }

    /** A possessive inside a name: plural ("Vienna Tenants' Union") or after "of" ("Court of King's Bench"). */
    private static boolean keepsName(String s, int nameStart, Matcher possessive) {
        String mark = possessive.group(1);
        if (mark.equals(".")) {
            return false;
        }
        if (mark.length() == 1) {
            return true;
        }
        int[] word = Texts.wordBefore(s, possessive.start(), nameStart);
        if (word == null) {
            return false;
        }
        int[] before = Texts.wordBefore(s, word[0], nameStart);
        return before != null && s.substring(before[0], before[1]).equals("of");
    }

    private static void addOrganisationName(AnalyzedText text, String s, int start, int end, List<int[]> untrusted,
            List<Run> found) {
        if (end <= start) {
            return;
        }
        // an opening article or a capitalised sentence opener is no part of the name
        Matcher article = LEADING_ARTICLE.matcher(s).region(start, end);
        if (article.lookingAt()) {
            start = article.end();
        }
        Matcher modifier = LEADING_MODIFIER.matcher(s).region(start, end);
        if (modifier.lookingAt()) {
            // "Nairobi-based Tegemeo Institute": the place is no part of the name
            start = modifier.end();
        }
        String name = s.substring(start, end).strip();
        if (name.endsWith(".") && !name.matches("(?s).*\\b(?:Inc|Corp|Ltd|Co|\\p{Lu})\\.")) {
            name = name.substring(0, name.length() - 1);
        }
        // "The Scottish Conservatives’ transport spokesman": the possessive mark is no part of the name
        name = name.replaceAll("(?:['’]s?)$", "");
        // a title and the person after it are no part of the name ("Senate Appropriations Committee Chair Marjorie")
        List<String> words = new ArrayList<>();
        int length = 0;
        boolean title = false;
        for (String word : name.split("\\s+")) {
            if (!words.isEmpty() && Lexicon.get().isRoleHead(word) && !Lexicon.get().isRoleModifier(word)) {
                title = true;
                break;
            }
            words.add(word);
            length = length == 0 ? word.length() : name.indexOf(word, length) + word.length();
        }
        if (title && Lexicon.get().isRoleModifier(words.get(words.size() - 1))) {
            // "Quebec Labour Minister": a portfolio, not the Labour party
            return;
        }
        name = name.substring(0, length);
        while (words.size() > 1 && (words.get(words.size() - 1).matches("of|and|for|the|de|du|des|la|le|del|di|on|in|&")
                || isPluralRoleHead(words.get(words.size() - 1)))) {
            // "Labour MPs": the members are no part of the party's name
            words.remove(words.size() - 1);
            name = name.substring(0, name.lastIndexOf(' ')).strip();
        }
        boolean head = words.stream().anyMatch(w -> EntityWords.ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT)));
        if (!head || words.size() < 2 || inside(untrusted, start, end)) {
            return;
        }
        found.add(new Run(text.field(), start, start + name.length(), name, FoundEntity.ORGANIZATION, words.size(), true));
    }

    /**
     * Acronyms an article defines: "the Federation of Austrian Landlords (VÖV)" makes VÖV a name of the
     * federation. Returns acronym to full name; a full name the tagger missed becomes an organisation.
     */
    private Map<String, String> definedAcronyms(AnalyzedText text, List<int[]> untrusted, List<Run> runs) {
        Map<String, String> defined = new HashMap<>();
        Matcher matcher = DEFINED_ACRONYM.matcher(text.text());
        while (matcher.find()) {
            int open = matcher.start(1) - 1;
            int nameEnd = Texts.skipSpacesBack(text.text(), open, 0);
            Run named = null;
            for (Run run : runs) {
                if (run.end() == nameEnd) {
                    named = run;
                }
            }
            String acronym = matcher.group(1);
            if (inside(untrusted, matcher.start(1), matcher.end(1))) {
                // "HOBART (AAP) —": the agency of a dateline, not an acronym of the place
                continue;
            }
            int spelled = nameStartByInitials(text.text(), nameEnd, acronym);
            if (spelled >= 0 && !inside(untrusted, spelled, nameEnd)
                    && (named == null || spelled < named.start() && !isAcronymOf(acronym, named.text()))) {
                // "Société de transport de Montréal (STM)": a name with lower-case words, found by the acronym's
                // letters; what the tagger found inside it ("Montréal") is part of it
                runs.removeIf(r -> r.start() < nameEnd && r.end() > spelled);
                String full = text.text().substring(spelled, nameEnd);
                named = new Run(text.field(), spelled, nameEnd, full, FoundEntity.ORGANIZATION, words(full).size(), true);
                runs.add(named);
                runs.sort(Comparator.comparingInt(Run::start));
            }
            if (named == null) {
                Matcher name = CAPITALISED_NAME_BEFORE.matcher(text.text()).region(Math.max(0, nameEnd - 120), nameEnd);
                if (!name.find() || inside(untrusted, name.start(), nameEnd)) {
                    continue;
                }
                int start = name.start();
                Matcher article = LEADING_ARTICLE.matcher(name.group());
                if (article.lookingAt()) {
                    start += article.end();
                }
                if (start >= nameEnd) {
                    continue;
                }
                String full = text.text().substring(start, nameEnd);
                if (full.split("\\s+").length < 2) {
                    continue;
                }
                named = new Run(text.field(), start, nameEnd, full, FoundEntity.ORGANIZATION, full.split("\\s+").length,
                        true);
                runs.add(named);
                runs.sort(Comparator.comparingInt(Run::start));
            }
            if (!named.text().equals(acronym)) {
                defined.put(acronym, named.text());
                int acronymStart = matcher.start(1);
                int acronymEnd = matcher.end(1);
                boolean taken = runs.stream().anyMatch(r -> r.start() < acronymEnd && r.end() > acronymStart);
                if (!taken) {
                    runs.add(new Run(text.field(), acronymStart, acronymEnd, acronym, named.type(), 1, true));
                    runs.sort(Comparator.comparingInt(Run::start));
                }
            }
        }
        return defined;
    }

    /**
     * The start of the name an acronym stands for, found by its letters: the nearest capitalised word before the
     * acronym from which the initials of the words up to it hold the acronym's letters in order, the first letter
     * first ("Confédération des syndicats nationaux (CSN)", "Alliance of Small Island States (AOSIS)"); -1 when
     * there is none within a dozen words of the same clause.
     */
    static int nameStartByInitials(String s, int nameEnd, String acronym) {
        String letters = acronym.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (letters.length() < 2) {
            return -1;
        }
        StringBuilder initials = new StringBuilder();
        int pos = nameEnd;
        for (int count = 0; count < 12; count++) {
            int[] word = Texts.wordBefore(s, pos, Math.max(0, nameEnd - 200));
            if (word == null || s.substring(word[1], pos).strip().length() > 0) {
                // punctuation between the words ends the clause
                return -1;
            }
            String w = s.substring(word[0], word[1]);
            // small words count when the acronym spells them ("AOSIS"), and may be left out ("STM")
            initials.insert(0, Character.toLowerCase(w.charAt(0)));
            boolean capitalised = Texts.isCapitalised(w) && !Lexicon.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
            if (capitalised && count > 0 && initials.charAt(0) == letters.charAt(0) && isSubsequence(letters, initials)) {
                return word[0];
            }
            pos = word[0];
        }
        return -1;
    }

    private static boolean isSubsequence(String letters, CharSequence initials) {
        int i = 0;
        for (int k = 0; k < initials.length() && i < letters.length(); k++) {
            if (initials.charAt(k) == letters.charAt(i)) {
                i++;
            }
        }
        return i == letters.length();
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
            if (inside(untrusted, start, end) && text.field() != TextField.TITLE) {
                // a well-known name is one even in a Title Case headline, but a dateline's agency is no acronym
                continue;
            }
            var before = taken.floorEntry(end - 1);
            boolean covered = before != null && before.getValue() > start
                    && !(before.getKey() >= start && before.getValue() <= end && before.getValue() - before.getKey() < end - start
                    && (taken.lowerEntry(before.getKey()) == null || taken.lowerEntry(before.getKey()).getValue() <= start));
            if (!covered) {
                Lexicon.KnownName known = lexicon.knownName(matcher.group());
                runs.add(new Run(text.field(), start, end, matcher.group(), known.type(),
                        matcher.group().split("\\s+").length));
            }
        }
        return runs;
    }

    /**
     * Places and organisations listed together share a type ("Niigata and Akita", "Paris, Lyon and Nantes"): the
     * tagger's odd one out takes the type of the others, or of the first.
     */
    private static List<Run> alignLists(List<Run> runs, Map<TextField, AnalyzedText> texts) {
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
            i = j + 1;
        }
        return aligned;
    }

    private static boolean isPartOfPersonName(String word, List<Run> runs) {
        return runs.stream().anyMatch(r -> FoundEntity.PERSON.equals(r.type()) && r.words() > 1
                && words(r.text()).contains(word));
    }

    /** The same words tagged with different types in one article get the type tagged most often. */
    private List<Run> voteTypes(List<Run> runs) {
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

    private List<FoundEntity> cluster(List<Run> runs, Map<String, String> acronyms) {
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
            } else if (acronyms.containsKey(run.text())) {
                String full = acronyms.get(run.text());
                entity = entities.stream().filter(e -> e.knownAs(full)).findFirst().orElse(null);
                if (entity == null) {
                    entity = matchOther(run, entities);
                }
                if (entity == null) {
                    entity = new FoundEntity(run.type(), run.text(), false);
                    entities.add(entity);
                }
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

    /**
     * Joins what the tagger split ("Peter" is Peter Goldsworthy's first name; "Bramley" tagged as a person is
     * Bramley Athletic), then names each entity by its fullest mention, preferring "Vienna" to "VIENNA".
     */
    private static void mergeShortForms(List<FoundEntity> entities) {
        for (FoundEntity single : List.copyOf(entities)) {
            if (!single.isPerson() || single.wellKnown() || words(single.name()).size() != 1
                    || single.mentions().stream().anyMatch(m -> words(m.text()).size() != 1)) {
                continue;
            }
            String word = single.name();
            List<FoundEntity> byFirstName = new ArrayList<>();
            List<FoundEntity> byFirstWord = new ArrayList<>();
            boolean surname = false;
            for (FoundEntity other : entities) {
                List<String> otherWords = words(other.name());
                if (other == single || otherWords.size() < 2) {
                    continue;
                }
                if (other.isPerson() && otherWords.get(0).equals(word)) {
                    byFirstName.add(other);
                } else if (!other.isPerson() && otherWords.get(0).equals(word)) {
                    byFirstWord.add(other);
                }
                surname |= other.isPerson() && otherWords.get(otherWords.size() - 1).equals(word);
            }
            FoundEntity target = byFirstName.size() == 1 && !surname ? byFirstName.get(0)
                    : byFirstName.isEmpty() && byFirstWord.size() == 1 ? byFirstWord.get(0) : null;
            if (target != null) {
                single.mentions().forEach(m -> target.add(m.field(), m.start(), m.end(), m.text()));
                entities.remove(single);
            }
        }
        for (FoundEntity entity : entities) {
            if (!entity.wellKnown()) {
                String best = entity.mentions().stream().map(FoundMention::text)
                        .max(Comparator.<String>comparingInt(t -> words(t).size())
                                .thenComparing(t -> !isAllCaps(t))
                                .thenComparingInt(String::length))
                        .orElse(entity.name());
                // a place named only in an all-capital dateline ("NEW DELHI") is called "New Delhi"
                entity.rename(isAllCaps(best) && best.length() > 3 && entity.type().equals(FoundEntity.LOCATION)
                        ? titleCase(best) : best);
            }
        }
    }

    /**
     * A well-known place is called by the fullest form the article uses ("Britain" where it never writes "United
     * Kingdom"), as annotators name entities; its key stays that of the canonical name, which becomes an alias.
     */
    private static void nameWellKnownPlacesAsWritten(List<FoundEntity> entities) {
        for (FoundEntity entity : entities) {
            if (!entity.wellKnown() || !FoundEntity.LOCATION.equals(entity.type()) || entity.knownAs(entity.name())) {
                continue;
            }
            entity.mentions().stream().map(FoundMention::text)
                    .max(Comparator.<String>comparingInt(t -> words(t).size())
                            .thenComparing(t -> !isAllCaps(t))
                            .thenComparingInt(String::length))
                    .ifPresent(written -> {
                        entity.addAlias(entity.name());
                        entity.rename(written);
                    });
        }
    }

    private static boolean isAllCaps(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT));
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
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
            if (sameName || isAcronymOf(run.text(), entity.name()) || isShortFormOf(runWords, words(entity.name()), run.type())) {
                candidates.add(entity);
            }
        }
        if (candidates.isEmpty() && !run.fixed()) {
            // "NSW" tagged as an organisation where the article names New South Wales: the place's initials
            for (FoundEntity entity : entities) {
                if (FoundEntity.LOCATION.equals(entity.type()) && words(entity.name()).size() > 1
                        && isAcronymOf(run.text(), entity.name())) {
                    candidates.add(entity);
                }
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

    /**
     * "Hebridean Ferries" for "Hebridean Ferries Ltd", "Revolutionary Guard Corps" for "Islamic Revolutionary Guard
     * Corps": the start or end of an organisation's name, if not only generic words. (Places are not shortened:
     * "Ireland" is not "Northern Ireland".)
     */
    private static boolean isShortFormOf(List<String> shortWords, List<String> fullWords, String type) {
        if (!FoundEntity.ORGANIZATION.equals(type) || shortWords.isEmpty() || shortWords.size() >= fullWords.size()) {
            return false;
        }
        boolean specific = shortWords.stream()
                .anyMatch(w -> !Lexicon.GENERIC_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT)));
        boolean prefix = fullWords.subList(0, shortWords.size()).equals(shortWords);
        boolean suffix = fullWords.subList(fullWords.size() - shortWords.size(), fullWords.size()).equals(shortWords);
        // "Liberal" for "Liberal Party": a party goes by its name without "Party"
        boolean party = prefix && fullWords.size() == shortWords.size() + 1
                && fullWords.get(fullWords.size() - 1).equals("Party");
        // "Senate" is not the "Senate Appropriations Committee": the start of a committee's name is the body it serves
        boolean parent = prefix && EntityWords.SUB_BODIES.contains(fullWords.get(fullWords.size() - 1).toLowerCase(Locale.ROOT));
        return specific && (prefix && !parent || suffix) || party;
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
            for (String name : List.copyOf(names)) {
                if (name.length() > 2 && !name.equals(name.toUpperCase(Locale.ROOT))) {
                    // the all-capital form of a dateline ("VIENNA —")
                    names.add(name.toUpperCase(Locale.ROOT));
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

    /** Places the gazetteer knows get their finer type: by canonical name, else by another name they go by. */
    private void refinePlaceTypes(List<FoundEntity> entities) {
        for (FoundEntity entity : entities) {
            if (!FoundEntity.LOCATION.equals(entity.type())) {
                continue;
            }
            String type = gazetteer.placeType(entity.name());
            for (FoundMention mention : entity.mentions()) {
                if (type == null) {
                    type = gazetteer.placeType(mention.text());
                }
            }
            if (type != null) {
                entity.refineType(type);
            }
        }
    }

    /**
     * "Canadian", "Iranian": a demonym becomes a mention of the place it stands for when the article names that
     * place. A demonym alone creates no entity (the annotators count adjectival mentions as optional at most, and
     * on the dev corpus an entity from a demonym alone was more often unwanted than wanted). A demonym inside
     * another mention ("Canadian Armed Forces") or after a capitalised word ("Latin American") is left alone.
     */
    private void addDemonymMentions(List<AnalyzedText> fields, List<FoundEntity> entities) {
        List<FoundEntity> places = entities.stream().filter(e -> FoundEntity.LOCATION.equals(e.type())).toList();
        if (places.isEmpty()) {
            return;
        }
        for (AnalyzedText text : fields) {
            String s = text.text();
            NavigableMap<Integer, Integer> taken = new TreeMap<>();
            for (FoundEntity entity : entities) {
                for (FoundMention mention : entity.mentions()) {
                    if (mention.field() == text.field()) {
                        taken.put(mention.start(), mention.end());
                    }
                }
            }
            Matcher matcher = gazetteer.demonymPattern().matcher(s);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                var before = taken.floorEntry(end - 1);
                int[] previous = Texts.wordBefore(s, start, Math.max(0, start - 40));
                boolean afterName = previous != null && previous[1] + 1 == start && s.charAt(previous[1]) == ' '
                        && isNameLike(s.substring(previous[0], previous[1]))
                        && !lexicon.isRoleHead(s.substring(previous[0], previous[1]))
                        && !lexicon.isRoleModifier(s.substring(previous[0], previous[1]));
                if (before != null && before.getValue() > start || afterName) {
                    continue;
                }
                FoundEntity place = placeCalled(places, gazetteer.placesOf(matcher.group()));
                if (place != null) {
                    place.addAdjectival(text.field(), start, end, matcher.group());
                    taken.put(start, end);
                }
            }
        }
    }

    /**
     * "the UN refugee agency (UNHCR)": a description that names an organisation, with a capitalised word in it,
     * before its acronym becomes an alias of the organisation.
     */
    private static void addDescribedAcronyms(List<AnalyzedText> fields, List<FoundEntity> entities) {
        for (AnalyzedText text : fields) {
            Matcher matcher = DESCRIBED_ACRONYM.matcher(text.text());
            while (matcher.find()) {
                String description = matcher.group(1);
                if (!EntityWords.isOrganisationNoun(matcher.group(2)) || description.codePoints().noneMatch(Character::isUpperCase)) {
                    continue;
                }
                for (FoundEntity entity : entities) {
                    boolean named = entity.mentions().stream().anyMatch(m -> m.field() == text.field()
                            && m.start() == matcher.start(3) && m.end() == matcher.end(3));
                    if (named && FoundEntity.ORGANIZATION.equals(entity.type())) {
                        entity.addAlias(description);
                    }
                }
            }
        }
    }

    /** The place of the article called by one of the names, or {@code null}. */
    private FoundEntity placeCalled(List<FoundEntity> places, List<String> names) {
        for (String name : names) {
            for (FoundEntity place : places) {
                if (FoundEntity.normalForm(place.name()).equals(FoundEntity.normalForm(name)) || place.knownAs(name)
                        || place.wellKnown() && lexicon.knownForms(place.name()).contains(name)) {
                    return place;
                }
            }
        }
        return null;
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

    /**
     * "Quebec Health Minister Christian Dubé" where the tagger found only a later "Dubé": a capitalised word
     * between a title and the surname is the first name, and the person is called by both.
     */
    private void completeFirstName(FoundEntity person, Map<TextField, AnalyzedText> texts) {
        if (words(person.name()).size() != 1) {
            return;
        }
        for (FoundMention mention : List.copyOf(person.mentions())) {
            AnalyzedText text = texts.get(mention.field());
            int index = text == null ? -1 : tokenAt(text, mention.start());
            if (index < 2) {
                continue;
            }
            Token first = text.tokens().get(index - 1);
            String word = word(text, first);
            if (AnalyzedText.OUTSIDE.equals(first.ner()) && mention.start() - first.end() == 1
                    && word.matches("\\p{Lu}\\p{Ll}+") && !Lexicon.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    && !lexicon.isRoleHead(word) && !lexicon.isRoleModifier(word) && gazetteer.placeType(word) == null
                    && gazetteer.placesOf(word).isEmpty() && lexicon.isRoleHead(word(text, text.tokens().get(index - 2)))) {
                String full = text.text().substring(first.start(), mention.end());
                person.widen(mention, first.start(), full);
                person.rename(full);
            }
        }
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
            // "New South Wales Premier": "New" before a capitalised word is part of a name
            boolean nameStart = word.equals("New") && i < end && isNameLike(word(text, tokens.get(i + 1)));
            if (lexicon.isRoleHead(word) || lexicon.isRoleModifier(word) && isLowerCase(word) || isNameLike(word)
                    || nameStart) {
                first = i;
                i--;
            } else {
                break;
            }
        }
        while (first <= end && !isRoleStart(word(text, tokens.get(first)))
                && !(word(text, tokens.get(first)).equals("New") && first < end)) {
            first++;
        }
        while (end >= first && isCourtesyTitle(word(text, tokens.get(end)))) {
            // "Political analyst Dr Fiona Leckie": the courtesy title is no part of the role
            end--;
        }
        for (int k = end - 1; k > first; k--) {
            if (word(text, tokens.get(k)).matches("for|of") && containsHead(text, k + 1, end)
                    && containsHead(text, first, k - 1)) {
                // "a spokesperson for Prime Minister Justin Trudeau": the title after "for" is the person's
                first = k + 1;
                break;
            }
        }
        if (first > end || !containsHead(text, first, end) || word(text, tokens.get(end)).matches("for|of|to")) {
            // "a spokesman for Thune": the title is someone else's
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

    /** "Dr", "Mr.", "Prof": an honorific that is not an office ("Sen.", "Coun." are). */
    private boolean isCourtesyTitle(String word) {
        return Lexicon.HONORIFICS.contains(word.toLowerCase(Locale.ROOT)) && !lexicon.isRoleHead(word);
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
