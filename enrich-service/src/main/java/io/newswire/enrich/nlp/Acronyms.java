package io.newswire.enrich.nlp;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Acronyms an article defines ("the Federation of Austrian Landlords (VÖV)"), and the names they stand for. */
final class Acronyms {

    /** "the UN refugee agency (UNHCR)": a description ending in a noun, then an acronym in parentheses. */
    private static final Pattern DESCRIBED_ACRONYM = Pattern.compile(
            "\\b(?:[Tt]he|[Aa]n?)\\s+((?:[\\p{L}\\p{N}-]+\\s+){0,4}?(\\p{Ll}+))\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,9})\\s*\\)");
    /** "Name (ACRONYM)": an acronym of capitals, possibly with accents or digits, in parentheses. */
    private static final Pattern DEFINED_ACRONYM = Pattern.compile("\\(\\s*(\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,9})\\s*\\)");
    /** The capitalised words just before a position, possibly joined by "of", "and", "for", "the". */
    private static final Pattern CAPITALISED_NAME_BEFORE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\h+(?:of|and|for|the|de|du|des|la|le)(?=\\h+\\p{Lu}))*\\h+)*"
                    + "\\p{Lu}[\\p{L}\\p{N}&'’.-]*$");

    /**
     * Acronyms an article defines: "the Federation of Austrian Landlords (VÖV)" makes VÖV a name of the
     * federation. Returns acronym to full name; a full name the tagger missed becomes an organisation.
     */
    Map<String, String> define(AnalyzedText text, UntrustedRanges untrusted, List<Run> runs) {
        Map<String, String> defined = new HashMap<>();
        Matcher matcher = DEFINED_ACRONYM.matcher(text.text());
        while (matcher.find()) {
            String acronym = matcher.group(1);
            if (untrusted.overlaps(matcher.start(1), matcher.end(1))) {
                // "HOBART (AAP) —": the agency of a dateline, not an acronym of the place
                continue;
            }
            int nameEnd = Texts.skipSpacesBack(text.text(), matcher.start(1) - 1, 0);
            Run named = spelledOut(text, untrusted, runs, nameEnd, acronym, lastEndingAt(runs, nameEnd));
            if (named == null) {
                named = capitalisedNameBefore(text, untrusted, runs, nameEnd);
            }
            if (named != null && !named.text().equals(acronym)) {
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

    private static Run lastEndingAt(List<Run> runs, int end) {
        Run last = null;
        for (Run run : runs) {
            if (run.end() == end) {
                last = run;
            }
        }
        return last;
    }

    /**
     * "Société de transport de Montréal (STM)": a name with lower-case words, found by the acronym's letters, replaces
     * what the tagger found inside it ("Montréal") and becomes an organisation; else the run {@code named} stays.
     */
    private static Run spelledOut(AnalyzedText text, UntrustedRanges untrusted, List<Run> runs, int nameEnd,
            String acronym, Run named) {
        int spelled = nameStartByInitials(text.text(), nameEnd, acronym);
        if (spelled >= 0 && !untrusted.overlaps(spelled, nameEnd)
                && (named == null || spelled < named.start() && !isAcronymOf(acronym, named.text()))) {
            runs.removeIf(r -> r.start() < nameEnd && r.end() > spelled);
            String full = text.text().substring(spelled, nameEnd);
            Run name = new Run(text.field(), spelled, nameEnd, full, FoundEntity.ORGANIZATION,
                    Texts.splitOnSpaces(full).size(), true);
            runs.add(name);
            runs.sort(Comparator.comparingInt(Run::start));
            return name;
        }
        return named;
    }

    /** Two or more capitalised words before an acronym nothing else named become an organisation; else {@code null}. */
    private static Run capitalisedNameBefore(AnalyzedText text, UntrustedRanges untrusted, List<Run> runs, int nameEnd) {
        Matcher name = CAPITALISED_NAME_BEFORE.matcher(text.text()).region(Math.max(0, nameEnd - 120), nameEnd);
        if (!name.find() || untrusted.overlaps(name.start(), nameEnd)) {
            return null;
        }
        int start = name.start();
        Matcher article = OrganisationNames.LEADING_ARTICLE.matcher(name.group());
        if (article.lookingAt()) {
            start += article.end();
        }
        if (start >= nameEnd) {
            return null;
        }
        String full = text.text().substring(start, nameEnd);
        if (full.split("\\s+").length < 2) {
            return null;
        }
        Run named = new Run(text.field(), start, nameEnd, full, FoundEntity.ORGANIZATION, full.split("\\s+").length,
                true);
        runs.add(named);
        runs.sort(Comparator.comparingInt(Run::start));
        return named;
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
            TextRange word = Words.before(s, pos, Math.max(0, nameEnd - 200));
            if (word == null || s.substring(word.end(), pos).strip().length() > 0) {
                // punctuation between the words ends the clause
                return -1;
            }
            String w = s.substring(word.start(), word.end());
            // small words count when the acronym spells them ("AOSIS"), and may be left out ("STM")
            initials.insert(0, Character.toLowerCase(w.charAt(0)));
            boolean capitalised = Texts.isCapitalised(w) && !Lexicon.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
            if (capitalised && count > 0 && initials.charAt(0) == letters.charAt(0) && isSubsequence(letters, initials)) {
                return word.start();
            }
            pos = word.start();
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

    /** Whether the capitals of the name spell the acronym ("NSW" of "New South Wales"). */
    static boolean isAcronymOf(String acronym, String name) {
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
     * "the UN refugee agency (UNHCR)": a description that names an organisation, with a capitalised word in it,
     * before its acronym becomes an alias of the organisation.
     */
    static void addDescribed(List<AnalyzedText> fields, List<FoundEntity> entities) {
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
}
