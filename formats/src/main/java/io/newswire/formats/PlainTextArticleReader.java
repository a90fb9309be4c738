package io.newswire.formats;

import io.newswire.events.Article;
import io.newswire.events.Media;
import io.newswire.events.Source;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article the way a person would: a short section label, the headline, a standfirst, media ids
 * and photo captions with their credits, the body paragraphs, "By ..." and "Follow ... on Twitter" bylines, with
 * advertisement and "Read more" lines left out.
 *
 * <p>Every part but the body is optional and recognised only when it is unmistakable, so that a body paragraph is
 * never taken for a caption, a section or a byline. Text without any of these parts reads as a headline line and
 * body, or, when the first line is not a headline, as body only with the first sentence as title. Paragraphs are
 * separated by blank lines; text without blank lines has one paragraph per line, hard-wrapped lines joined.
 * Thread-safe.
 */
public final class PlainTextArticleReader {

    private static final int MAX_TITLE_LENGTH = 250;
    private static final int MAX_TITLE_WORDS = 35;
    private static final int MAX_STANDFIRST_LENGTH = 600;
    private static final int MAX_CAPTION_LENGTH = 400;
    private static final int MAX_DERIVED_TITLE_LENGTH = 200;

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

    private static final Pattern SECTION = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}&'’-]*(?: [\\p{L}\\p{M}&'’-]+){0,2}");
    private static final Pattern MEDIA_ID = Pattern.compile("\\d{4,20}");

    /** A credit at the end of a line: "… Photo via X", "… Photo: X", "… Photo by X", "Credit: X". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?<caption>|.*?[.!?…\"”’)]\\s+)(?<marker>(?:Photo|Photograph|Image|Picture|Photo credit|Credit|Photos|Images)"
                    + "(?:\\s*:|\\s+by|\\s+via|\\s+courtesy of|\\s+courtesy))\\s*(?<credit>[^()]+?)\\s*\\.?",
            Pattern.CASE_INSENSITIVE);

    /** A credit in parentheses at the end of a line: "… (Photo: X)". */
    private static final Pattern PARENTHESISED_CREDIT = Pattern.compile(
            "(?<caption>.*?)\\s*\\(\\s*(?<marker>(?:Photo|Photograph|Image|Picture|Photo credit|Credit|Photos|Images)"
                    + "(?:\\s*:|\\s+by|\\s+via|\\s+courtesy of|\\s+courtesy))\\s*(?<credit>[^()]+?)\\s*\\)\\.?",
            Pattern.CASE_INSENSITIVE);

    /** A time stamp line of a page header: "Updated 3:45 p.m. ET, March 2, 2021", "Published 2 March 2021". */
    private static final Pattern TIMESTAMP_LINE = Pattern.compile(
            "(?:Updated|Published|Posted|Last updated|First published)(?: on| at)?:?\\s.{0,60}\\b(?:19|20)\\d{2}\\b.{0,20}");
    private static final Pattern BY_LINE = Pattern.compile("(?:By|BY|Written by|Words by)\\s+(?<names>.+)");
    private static final String NETWORK =
            "(?i:Twitter|X|Instagram|Facebook|Bluesky|Threads|Mastodon|LinkedIn|TikTok|YouTube)";
    /** "Follow NAME on Twitter", optionally with more networks and a handle; nothing else may follow. */
    private static final Pattern FOLLOW_LINE = Pattern.compile("(?:Follow|FOLLOW)\\s+(?<name>[^.!?]{1,60}?)\\s+on\\s+"
            + NETWORK + "(?:\\s*(?:,|and|&)\\s*" + NETWORK + ")*\\s*(?::?\\s*@[\\w.]+)?\\s*[.!]?");
    /** What may follow the names of a byline: "in Ottawa", "for Reuters", a full stop. */
    private static final Pattern BYLINE_TAIL = Pattern.compile("\\s+(?:in|for)\\s+\\p{Lu}.*$|[.]$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s.…:!]+$");
    private static final Pattern CLOSING_QUOTES = Pattern.compile("[\"”’)]+$");
    private static final Pattern OPENING_QUOTES = Pattern.compile("^[\"“‘'(]+");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*");
    private static final Pattern HANDLE = Pattern.compile("\\(?@[\\w.]+\\)?");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "del", "della", "di", "du", "dos", "das",
            "van", "von", "der", "den", "le", "la", "bin", "ibn", "al", "el", "y");
    private static final Set<String> CREDIT_CONNECTORS = Set.of("and", "of", "the", "for", "via", "de", "la", "le",
            "van", "von", "der", "du", "da", "di", "y");

    private static final Set<String> BOILERPLATE_LINES = Set.of("advertisement", "ad", "story continues below",
            "story continues below advertisement", "continue reading", "continue reading below",
            "continue reading the main story", "article continues below", "article continues below advertisement",
            "article continues after advertisement", "skip advertisement", "advertisement - scroll to continue",
            "scroll to continue with content", "sponsored", "sponsored content", "share this article",
            "share this story", "share", "tweet", "email", "print", "related articles", "related stories",
            "more on this story", "listen to this article", "read more", "loading");
    private static final Pattern BOILERPLATE_PREFIX = Pattern.compile(
            "(?:(?i:read more|read also|also read|see also|related|watch|listen)\\s*:"
                    + "|MORE:|(?i:sign up for our|subscribe to our|click here to)\\b"
                    + "|(?i:this (?:article|story) (?:originally )?(?:appeared|was originally published) (?:on|in))\\b).*");
    private static final Pattern TERMINAL_PUNCTUATION = Pattern.compile(".*[.!?:;…\"”’)]");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "col", "lt", "sgt", "capt", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est");

    private final ArticleNormalizer normalizer;

    /** A reader handing what it reads to the given normalizer. */
    public PlainTextArticleReader(ArticleNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    }

    /**
     * The article in the text, cleaned and identified.
     *
     * @param text the article as plain text
     * @param source where it came from (kind required; a blank id becomes the kind's name)
     * @throws InvalidArticleException when the text holds neither title nor body
     */
    public Article read(String text, Source source) {
        return normalizer.normalize(submission(text, source));
    }

    /**
     * The parts found in the text, not yet normalised, for a caller that adds what the text cannot say (URL,
     * language) before {@link ArticleNormalizer#normalize normalising}.
     */
    public ArticleSubmission submission(String text, Source source) {
        return new Reading(lines(text == null ? "" : text)).submission(source);
    }

    private static List<String> lines(String text) {
        String clean = Normalizer.normalize(INVISIBLE.matcher(text).replaceAll(""), Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        for (String line : clean.split("\n", -1)) {
            lines.add(SPACE.matcher(line).replaceAll(" ").strip());
        }
        return lines;
    }

    /** The state of reading one text: a cursor over its lines and the parts found so far. */
    private static final class Reading {

        private final List<String> lines;
        private int end;
        private String section;
        private String title;
        private String standfirst;
        private final List<String> byline = new ArrayList<>();
        private final List<Media> media = new ArrayList<>();
        /** The text has no blank line between its lines: each line is a block (label, headline, paragraph). */
        private boolean lineBlocks;

        Reading(List<String> lines) {
            this.lines = lines;
            this.end = lines.size();
        }

        ArticleSubmission submission(Source source) {
            List<String> trailingBylines = readTrailer();
            lineBlocks = !hasBlankLineBetweenText(0);
            int bodyStart = readHeader();
            String body = readBody(bodyStart);
            byline.addAll(trailingBylines);
            if (title == null && !body.isEmpty()) {
                title = firstSentence(body.substring(0, body.indexOf("\n\n") < 0 ? body.length() : body.indexOf("\n\n")));
            }
            return ArticleSubmission.builder().source(source).section(section).title(title).standfirst(standfirst)
                    .byline(byline).media(media).body(body).build();
        }

        /** Drops boilerplate and social lines at the end, returning the names of "Follow NAME on ..." lines. */
        private List<String> readTrailer() {
            List<String> names = new ArrayList<>();
            int last = previousNonBlank(end - 1);
            while (last >= 0) {
                String line = lines.get(last);
                Matcher follow = FOLLOW_LINE.matcher(line);
                if (follow.matches()) {
                    String name = HANDLE.matcher(follow.group("name")).replaceAll(" ").strip();
                    if (isName(name)) {
                        names.add(0, name);
                    }
                } else if (!isBoilerplate(line)) {
                    break;
                }
                end = last;
                last = previousNonBlank(last - 1);
            }
            return names;
        }

        /** Reads section, bylines, title, standfirst and header media; returns the index the body starts at. */
        private int readHeader() {
            int i = nextNonBlank(0);
            if (i < 0) {
                return end;
            }
            int afterSection = nextNonBlank(i + 1);
            if (isSection(i) && afterSection >= 0 && (afterSection > i + 1 || lineBlocks) && isTitle(afterSection)
                    && lines.get(i).length() < lines.get(afterSection).length()) {
                section = lines.get(i);
                i = afterSection;
            }
            i = readBylines(i);
            if (i >= 0 && isTitle(i)) {
                title = lines.get(i);
                i = readBylines(nextNonBlank(i + 1));
                if (i >= 0 && isStandfirst(i)) {
                    standfirst = lines.get(i);
                    i = nextNonBlank(i + 1);
                }
                i = readHeaderMarkers(i);
            }
            return i < 0 ? end : i;
        }

        private int readBylines(int i) {
            while (i >= 0) {
                List<String> names = bylineNames(lines.get(i));
                if (names.isEmpty()) {
                    break;
                }
                byline.addAll(names);
                i = nextNonBlank(i + 1);
            }
            return i;
        }

        /**
         * Media ids, captions, bylines and time stamps between the headline block and the body. Time stamps are
         * page furniture, left out: the time is the submitter's to give as publishedAt, not body text.
         */
        private int readHeaderMarkers(int i) {
            while (i >= 0) {
                String line = lines.get(i);
                List<String> names = bylineNames(line);
                if (!names.isEmpty()) {
                    byline.addAll(names);
                } else if (MEDIA_ID.matcher(line).matches()) {
                    i = readMedia(i);
                    continue;
                } else if (!TIMESTAMP_LINE.matcher(line).matches()) {
                    Media caption = caption(line);
                    if (caption == null) {
                        break;
                    }
                    media.add(caption);
                }
                i = nextNonBlank(i + 1);
            }
            return i;
        }

        /** A media id line and the caption under it, if any; returns the next line to read. */
        private int readMedia(int idLine) {
            String id = lines.get(idLine);
            int next = idLine + 1;
            if (next < end && !lines.get(next).isEmpty()) {
                Media caption = caption(lines.get(next));
                if (caption == null && isUncreditedCaption(next)) {
                    caption = new Media(null, lines.get(next), null, null);
                }
                if (caption != null) {
                    media.add(new Media(id, caption.caption(), caption.credit(), null));
                    return nextNonBlank(next + 1);
                }
            }
            media.add(new Media(id, null, null, null));
            return nextNonBlank(idLine + 1);
        }

        /** A line right under a media id, short and closing its block, reads as that media's caption. */
        private boolean isUncreditedCaption(int i) {
            String line = lines.get(i);
            return line.length() <= MAX_CAPTION_LENGTH && (i + 1 >= end || lines.get(i + 1).isEmpty())
                    && !isBoilerplate(line) && !MEDIA_ID.matcher(line).matches();
        }

        private String readBody(int start) {
            boolean blankSeparated = hasBlankLineBetweenText(start);
            List<String> paragraphs = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            String previous = null;
            int i = start;
            while (i >= 0 && i < end) {
                String line = lines.get(i);
                if (line.isEmpty() || isBoilerplate(line)) {
                    if (blankSeparated || !line.isEmpty()) {
                        flush(paragraph, paragraphs);
                    }
                    i++;
                    continue;
                }
                if (MEDIA_ID.matcher(line).matches()) {
                    flush(paragraph, paragraphs);
                    i = readMedia(i);
                    continue;
                }
                Media caption = caption(line);
                if (caption != null) {
                    flush(paragraph, paragraphs);
                    media.add(caption);
                } else if (paragraph.isEmpty()) {
                    paragraph.append(line);
                } else if (blankSeparated || continues(previous, line)) {
                    paragraph.append(' ').append(line);
                } else {
                    flush(paragraph, paragraphs);
                    paragraph.append(line);
                }
                previous = line;
                i++;
            }
            flush(paragraph, paragraphs);
            return String.join("\n\n", paragraphs);
        }

        private boolean hasBlankLineBetweenText(int start) {
            boolean seenText = false;
            boolean blankAfterText = false;
            for (int i = Math.max(start, 0); i < end; i++) {
                if (lines.get(i).isEmpty()) {
                    blankAfterText = seenText;
                } else if (blankAfterText) {
                    return true;
                } else {
                    seenText = true;
                }
            }
            return false;
        }

        private static void flush(StringBuilder paragraph, List<String> paragraphs) {
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }

        /** In text without blank lines, a hard-wrapped line continues the paragraph above it. */
        private static boolean continues(String previous, String line) {
            if (previous == null || TERMINAL_PUNCTUATION.matcher(previous).matches()) {
                return false;
            }
            return Character.isLowerCase(line.codePointAt(0)) || previous.length() >= 50;
        }

        /** A short label alone in its block: one to three capitalised words, no punctuation. */
        private boolean isSection(int i) {
            String line = lines.get(i);
            return line.length() <= 30 && SECTION.matcher(line).matches() && bylineNames(line).isEmpty();
        }

        /** A headline: one short line, not a sentence, not a marker, with something after it. */
        private boolean isTitle(int i) {
            String line = lines.get(i);
            if (line.length() > MAX_TITLE_LENGTH || wordCount(line) > MAX_TITLE_WORDS || endsSentence(line)
                    || line.endsWith(",") || line.endsWith(":") || line.endsWith(";")) {
                return false;
            }
            int first = line.codePointAt(0);
            if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'".indexOf(first) >= 0)) {
                return false;
            }
            if (isMarker(line)) {
                return false;
            }
            int next = i + 1 < end ? i + 1 : -1;
            if (next >= 0 && !lines.get(next).isEmpty() && Character.isLowerCase(lines.get(next).codePointAt(0))) {
                return false;
            }
            return nextNonBlank(i + 1) >= 0;
        }

        /**
         * A single line under the headline that header markers (media, caption, byline) follow up to the end of
         * their block, as they do in a page's header but not around a picture inside the body.
         */
        private boolean isStandfirst(int i) {
            String line = lines.get(i);
            if (line.length() > MAX_STANDFIRST_LENGTH || isHeaderMarker(line) || isBoilerplate(line)) {
                return false;
            }
            int last = nextNonBlank(i + 1);
            if (last < 0 || !isHeaderMarker(lines.get(last))) {
                return false;
            }
            while (!lineBlocks && last + 1 < end && !lines.get(last + 1).isEmpty()) {
                boolean captionOfMedia = MEDIA_ID.matcher(lines.get(last)).matches() && isUncreditedCaption(last + 1);
                if (!captionOfMedia && !isHeaderMarker(lines.get(last + 1))) {
                    return false;
                }
                last++;
            }
            return true;
        }

        private boolean isHeaderMarker(String line) {
            return MEDIA_ID.matcher(line).matches() || caption(line) != null || !bylineNames(line).isEmpty()
                    || TIMESTAMP_LINE.matcher(line).matches();
        }

        private boolean isMarker(String line) {
            return isHeaderMarker(line) || isBoilerplate(line);
        }

        private int nextNonBlank(int from) {
            for (int i = Math.max(from, 0); i < end; i++) {
                if (!lines.get(i).isEmpty()) {
                    return i;
                }
            }
            return -1;
        }

        private int previousNonBlank(int from) {
            for (int i = from; i >= 0; i--) {
                if (!lines.get(i).isEmpty()) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The caption and credit of a line ending in a photo credit, or {@code null} when it has none. */
    static Media caption(String line) {
        if (line.length() > MAX_CAPTION_LENGTH) {
            return null;
        }
        for (Pattern pattern : List.of(PARENTHESISED_CREDIT, TRAILING_CREDIT)) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.matches() && Character.isUpperCase(matcher.group("marker").codePointAt(0))) {
                String credit = matcher.group("credit").strip();
                if (isCredit(credit)) {
                    String caption = matcher.group("caption").strip();
                    return new Media(null, caption.isEmpty() ? null : caption, credit, null);
                }
            }
        }
        return null;
    }

    /** A credit is a short run of names: agencies, photographers, "X/Getty Images", a handle. */
    private static boolean isCredit(String credit) {
        String[] words = credit.split(" ");
        if (credit.isEmpty() || words.length > 8 || credit.contains(". ")) {
            return false;
        }
        for (String word : words) {
            int first = word.codePointAt(0);
            boolean named = Character.isUpperCase(first) || Character.isDigit(first) || first == '@'
                    || word.contains("/") || CREDIT_CONNECTORS.contains(word.toLowerCase(Locale.ROOT))
                    && Character.isLowerCase(first);
            if (!named) {
                return false;
            }
        }
        return true;
    }

    /** The names of a "By NAME[, NAME and NAME]" line; empty when the line is anything else. */
    static List<String> bylineNames(String line) {
        Matcher matcher = BY_LINE.matcher(line);
        if (line.length() > 150 || !matcher.matches()) {
            return List.of();
        }
        String names = matcher.group("names");
        int bar = names.indexOf('|');
        if (bar >= 0) {
            names = names.substring(0, bar);
        }
        names = BYLINE_TAIL.matcher(names).replaceFirst("").strip();
        List<String> result = new ArrayList<>();
        for (String name : NAME_SEPARATOR.split(names)) {
            if (!isName(name)) {
                return List.of();
            }
            result.add(name);
        }
        return result;
    }

    /** One to five capitalised words, name particles ("de", "van") allowed after the first. */
    static boolean isName(String name) {
        String[] tokens = name.strip().split(" ");
        if (name.isBlank() || tokens.length > 5 || !NAME_TOKEN.matcher(tokens[0]).matches()) {
            return false;
        }
        for (String token : tokens) {
            if (!NAME_TOKEN.matcher(token).matches() && !NAME_PARTICLES.contains(token)) {
                return false;
            }
        }
        return true;
    }

    /** An advertisement, "Read more:" or social line; never a line longer than 200 characters. */
    static boolean isBoilerplate(String line) {
        if (line.length() > 200) {
            return false;
        }
        String bare = TRAILING_MARKS.matcher(line.toLowerCase(Locale.ROOT)).replaceFirst("");
        return BOILERPLATE_LINES.contains(bare) || BOILERPLATE_PREFIX.matcher(line).matches()
                || FOLLOW_LINE.matcher(line).matches();
    }

    private static int wordCount(String line) {
        int words = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    /** Whether a line ends like a sentence: a full stop after a lower-case word or a number. */
    private static boolean endsSentence(String line) {
        String bare = CLOSING_QUOTES.matcher(line).replaceFirst("");
        if (!bare.endsWith(".") || bare.endsWith("...")) {
            return false;
        }
        int before = bare.length() >= 2 ? bare.codePointAt(bare.length() - 2) : ' ';
        return Character.isLowerCase(before) || Character.isDigit(before) || before == ')';
    }

    /** The first sentence of a paragraph, shortened at a word boundary when very long. */
    static String firstSentence(String paragraph) {
        int end = sentenceEnd(paragraph);
        String sentence = paragraph.substring(0, end).strip();
        if (sentence.length() <= MAX_DERIVED_TITLE_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_DERIVED_TITLE_LENGTH - 1);
        return sentence.substring(0, cut > 0 ? cut : MAX_DERIVED_TITLE_LENGTH - 1) + "…";
    }

    private static int sentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int after = i + 1;
            while (after < text.length() && "\"”’')".indexOf(text.charAt(after)) >= 0) {
                after++;
            }
            if (after >= text.length()) {
                return text.length();
            }
            if (!Character.isWhitespace(text.charAt(after))) {
                continue;
            }
            int next = after;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < text.length() && startsSentence(text.charAt(next)) && !(c == '.' && isAbbreviation(text, i))) {
                return after;
            }
        }
        return text.length();
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0;
    }

    /** Whether the full stop at {@code dot} ends an abbreviation or initial ("Mr.", "U.S.", "J.") rather than a sentence. */
    private static boolean isAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = OPENING_QUOTES.matcher(text.substring(start, dot)).replaceFirst("");
        if (word.isEmpty()) {
            return false;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) || word.contains(".")
                || word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }
}
