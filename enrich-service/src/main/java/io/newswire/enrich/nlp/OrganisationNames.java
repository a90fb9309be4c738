package io.newswire.enrich.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisation names the tagger missed or cut short, found by pattern: capitalised words around a word such as
 * "Service" or "Union", a name set off by a description ("the messaging app Chirply", "Rijkswaterstaat, the
 * agency"), a party by its members ("the Greens").
 */
final class OrganisationNames {

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
    /** A party by the plural of its members' name: "the Conservatives", "the Greens". */
    private static final Pattern PARTY = Pattern.compile("\\b[Tt]he\\s+(" + EntityWords.alternatives("party-names.txt")
            + ")(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})");
    /** "Nairobi-based", "state-owned": a modifier before a name. */
    private static final Pattern LEADING_MODIFIER = Pattern.compile("\\S+-(?:based|owned|run|led|backed|listed|born)\\s+");
    /** An article, or a capitalised word that opens sentences, at the start of a name found by pattern. */
    static final Pattern LEADING_ARTICLE = Pattern.compile(
            "(?:(?:" + EntityWords.alternatives("sentence-openers.txt") + ")\\s+)+(?:the\\s+)?");
    /** "the messaging app Chirply", "the campaign group Climate Justice Now": a description, then the name. */
    private static final Pattern DESCRIBED_NAME = Pattern.compile(
            "\\b(?:the|a|an|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(\\p{Ll}+)\\s+"
                    + "(\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’-]*){0,4})(?![\\p{L}\\p{N}])");
    /** "Rijkswaterstaat, the agency responsible for": a name, then a description ending in an organisation noun. */
    private static final Pattern NAME_THEN_DESCRIPTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&-]*){0,3}),\\s+(?:the|a|an)\\s+"
                    + "(?:[\\p{Ll}’'-]+\\s+|\\p{Lu}\\p{L}*(?:['’]s)?\\s+){0,3}?(\\p{Ll}+)\\b(?=\\s+(?:responsible|that|which|for|of|in|at|based|"
                    + "representing|overseeing|running|with|charged)|[,.;])");

    private final Lexicon lexicon = Lexicon.get();

    /**
     * Organisation names the tagger missed or cut short: capitalised words around a word such as "Service",
     * "Union" or "Department" ("Crown Prosecution Service", "Court of King's Bench of Alberta"), and a name
     * after a description such as "the messaging app" or "the campaign group" (which fixes its type).
     */
    List<Run> addTo(AnalyzedText text, UntrustedRanges untrusted, List<Run> runs) {
        List<Run> found = new ArrayList<>();
        aroundOrganisationWords(text, untrusted, found);
        beforeDescriptions(text, untrusted, found);
        parties(text, untrusted, found);
        afterDescriptions(text, untrusted, found);
        found = withoutPeople(text, found, runs, untrusted);
        if (found.isEmpty()) {
            return runs;
        }
        found.removeIf(f -> keepsTaggedOrganisationsApart(text.text(), f, runs));
        return merged(runs, found);
    }

    /** "Crown Prosecution Service", "Court of King's Bench of Alberta": capitalised words around an organisation word. */
    private static void aroundOrganisationWords(AnalyzedText text, UntrustedRanges untrusted, List<Run> found) {
        String s = text.text();
        Matcher names = ORGANISATION_NAME.matcher(s);
        while (names.find()) {
            if (Texts.words(names.group()).size() > 1 && Texts.isAllCaps(names.group())) {
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
    }

    /** "Rijkswaterstaat, the agency responsible for", "CreateTO, the city's real estate agency": a name, then what it is. */
    private static void beforeDescriptions(AnalyzedText text, UntrustedRanges untrusted, List<Run> found) {
        String s = text.text();
        Matcher appositive = NAME_THEN_DESCRIPTION.matcher(s);
        while (appositive.find()) {
            String noun = appositive.group(2).toLowerCase(Locale.ROOT);
            if (EntityWords.isOrganisationNoun(noun) && !untrusted.overlaps(appositive.start(1), appositive.end(1))
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
    }

    /** "The Conservatives accused ministers of chaos": a party by the plural of its members' name. */
    private static void parties(AnalyzedText text, UntrustedRanges untrusted, List<Run> found) {
        String s = text.text();
        Matcher party = PARTY.matcher(s);
        while (party.find()) {
            if (!untrusted.overlaps(party.start(1), party.end(1))) {
                found.add(new Run(text.field(), party.start(1), party.end(1), party.group(1), FoundEntity.ORGANIZATION, 1,
                        true));
            }
        }
    }

    /** "the messaging app Chirply", "the campaign group Climate Justice Now": a description, then the name. */
    private static void afterDescriptions(AnalyzedText text, UntrustedRanges untrusted, List<Run> found) {
        String s = text.text();
        Matcher described = DESCRIBED_NAME.matcher(s);
        while (described.find()) {
            if (!EntityWords.isOrganisationNoun(described.group(1).toLowerCase(Locale.ROOT))
                    || untrusted.overlaps(described.start(2), described.end(2))) {
                continue;
            }
            String name = described.group(2);
            found.add(new Run(text.field(), described.start(2), described.end(2), name, FoundEntity.ORGANIZATION,
                    name.split("\\s+").length, true));
        }
    }

    /**
     * Two organisations the tagger found side by side inside a name found by pattern stay two ("... Guard Corps'
     * Qods Force"), unless the second is only a generic word ("Berlin Tenants' Association") or "and" joins a first
     * part that names no body on its own ("Senate Homeland Security and Governmental Affairs Committee").
     */
    private static boolean keepsTaggedOrganisationsApart(String s, Run organisation, List<Run> runs) {
        List<Run> inside = runs.stream().filter(r -> FoundEntity.ORGANIZATION.equals(r.type())
                && r.start() >= organisation.start() && r.end() <= organisation.end()).toList();
        if (inside.size() < 2) {
            return false;
        }
        String last = inside.get(inside.size() - 1).text();
        List<String> firstWords = Texts.splitOnSpaces(inside.get(0).text());
        boolean joined = s.substring(inside.get(0).end(), inside.get(1).start()).equals(" and ")
                && !EntityWords.ORGANISATION_WORDS.contains(firstWords.get(firstWords.size() - 1).toLowerCase(Locale.ROOT));
        return !joined && !(Texts.splitOnSpaces(last).size() == 1 && EntityWords.ORGANISATION_WORDS.contains(last.toLowerCase(Locale.ROOT)));
    }

    /** The longer organisation name replaces what the tagger found inside it; a tagged run over it stays. */
    private static List<Run> merged(List<Run> runs, List<Run> found) {
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
     * A person the tagger found inside an organisation's name found by pattern is no part of it: the organisation
     * is what follows "of" or "at" after them ("Analyst Tomasz Wrobel of Pekao Securities"), or what stands before
     * their title ("Ontario Superior Court Justice Marie-Claire Dion"). A name that starts with a person's goes on
     * as it is ("Ram Manohar Lohia Hospital").
     */
    private List<Run> withoutPeople(AnalyzedText text, List<Run> found, List<Run> tagged, UntrustedRanges untrusted) {
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
                TextRange word = Words.before(s, end, organisation.start());
                while (word != null && (lexicon.isRoleHead(word.in(s))
                        || lexicon.isRoleModifier(word.in(s)))) {
                    end = word.start();
                    word = Words.before(s, end, organisation.start());
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

    /** A possessive inside a name: plural ("Vienna Tenants' Union") or after "of" ("Court of King's Bench"). */
    private static boolean keepsName(String s, int nameStart, Matcher possessive) {
        String mark = possessive.group(1);
        if (mark.equals(".")) {
            return false;
        }
        if (mark.length() == 1) {
            return true;
        }
        TextRange word = Words.before(s, possessive.start(), nameStart);
        if (word == null) {
            return false;
        }
        TextRange before = Words.before(s, word.start(), nameStart);
        return before != null && before.in(s).equals("of");
    }

    private static void addOrganisationName(AnalyzedText text, String s, int start, int end, UntrustedRanges untrusted,
            List<Run> found) {
        if (end <= start) {
            return;
        }
        start = nameStart(s, start, end);
        String name = withoutEndMark(s.substring(start, end).strip());
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
            name = name.substring(0, lastSpace(name)).strip();
        }
        boolean head = words.stream().anyMatch(w -> EntityWords.ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT)));
        if (!head || words.size() < 2 || untrusted.overlaps(start, end)) {
            return;
        }
        found.add(new Run(text.field(), start, start + name.length(), name, FoundEntity.ORGANIZATION, words.size(), true));
    }

    /** Where a name starts after an opening article, a capitalised sentence opener or a modifier before it. */
    private static int nameStart(String s, int start, int end) {
        Matcher article = LEADING_ARTICLE.matcher(s).region(start, end);
        if (article.lookingAt()) {
            start = article.end();
        }
        Matcher modifier = LEADING_MODIFIER.matcher(s).region(start, end);
        if (modifier.lookingAt()) {
            // "Nairobi-based Tegemeo Institute": the place is no part of the name
            start = modifier.end();
        }
        return start;
    }

    /** A name without a sentence's full stop ("Ltd." keeps its own) or a possessive mark after it. */
    private static String withoutEndMark(String name) {
        if (name.endsWith(".") && !name.matches("(?s).*\\b(?:Inc|Corp|Ltd|Co|\\p{Lu})\\.")) {
            name = name.substring(0, name.length() - 1);
        }
        // "The Scottish Conservatives’ transport spokesman": the possessive mark is no part of the name
        return name.replaceAll("(?:['’]s?)$", "");
    }

    /** Where the last word starts: after the last space, tab or other whitespace ("Labour\tMPs"). */
    private static int lastSpace(String name) {
        int i = name.length() - 1;
        while (i > 0 && !Character.isWhitespace(name.charAt(i))) {
            i--;
        }
        return Math.max(i, 0);
    }
}
