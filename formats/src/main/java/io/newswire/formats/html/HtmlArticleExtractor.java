package io.newswire.formats.html;

import io.newswire.events.Media;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.formats.ArticleSubmission;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the article in a news web page: its metadata (Open Graph, schema.org JSON-LD, HTML) and its main text
 * without navigation, advertisements, share bars, related links, captions, comments and cookie notices.
 *
 * <p>Metadata: title from {@code og:title}, JSON-LD {@code headline}, the {@code h1} or {@code <title>} (without
 * the site name); byline from {@code meta author}, JSON-LD {@code author}, {@code rel=author} or {@code .byline};
 * dates from {@code article:published_time}/{@code modified_time}, JSON-LD or {@code <time datetime>}; canonical URL
 * from {@code link rel=canonical} or {@code og:url}; standfirst from the page description unless the body begins
 * with it; language from {@code <html lang>}; section from {@code article:section}; figures with their captions.
 *
 * <p>Body: a schema.org article's JSON-LD {@code articleBody} when it is long; otherwise the container holding
 * the most paragraph text (scored like Readability: text length and commas per paragraph, less the share of link
 * text, class and id hints for and against) plus sibling containers that score nearly as well, read as paragraphs
 * and subheads with boilerplate removed. Thread-safe.
 */
public final class HtmlArticleExtractor {

    private static final int LONG_ARTICLE_BODY = 400;
    /** Elements nested deeper than this are read as their text (see {@link #flattenBelow}). */
    static final int MAX_DEPTH = 128;
    /**
     * Pages with more nodes (elements, text, comments) than this are left to Newswire's own scoring (the largest of
     * 172 real pages in extraction-dev holds about 5,500 elements; a megabyte of repeated markup, 90,000; a page of
     * a few elements and twenty thousand bogus comments took Readability over two seconds).
     */
    private static final int READABILITY_MAX_NODES = 25_000;
    /**
     * Pages that took jsoup longer than this to parse are left to Newswire's own scoring too (real pages parse in
     * 5 to 50 ms; a tag name of 500,000 characters took 550 ms, and Readability's passes over it many seconds).
     */
    private static final long READABILITY_MAX_PARSE_NANOS = 300_000_000L;
    private static final int MIN_PARAGRAPH = 25;

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle");

    /**
     * Readability's text replaces Newswire's when it is this many times longer: 0.862 -> 0.923 snippet F1 on
     * extraction-dev at 1.5, and 0.922 to 0.924 anywhere from 1.2 to 3.
     */
    private static final double READABILITY_MARGIN = 1.5;

    /** Class and id words of containers that hold no article text. */
    private static final Set<String> NEGATIVE = Set.of("nav", "navbar", "navigation", "menu", "footer", "share",
            "sharing", "social", "related", "recommended", "recommendations", "comment", "comments", "ad", "ads",
            "advert", "advertisement", "adslot", "dfp", "sponsored", "sponsor", "promo", "promotion", "newsletter",
            "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "banner", "sidebar",
            "breadcrumb", "breadcrumbs", "popup", "modal", "outbrain", "taboola", "toolbar", "byline", "caption",
            "credit", "tags", "topics", "masthead", "skip", "bio", "pullquote", "trending", "popular", "most",
            "widget", "paywall", "teaser", "more", "readmore", "disclaimer", "print", "author", "video", "player",
            "gallery");

    /** Words that mark boilerplate even next to a word for article text ("post-comments", "article-share"). */
    private static final Set<String> STRONG_NEGATIVE = Set.of("share", "sharing", "social", "related", "recommended",
            "recommendations", "comment", "comments", "ad", "ads", "advert", "advertisement", "adslot", "dfp",
            "sponsored", "sponsor", "promo", "promotion", "newsletter", "cookie", "cookies", "consent", "outbrain",
            "taboola", "pullquote", "trending", "popular", "paywall", "signup", "subscribe");

    /** Class and id words of containers that hold article text. */
    private static final Set<String> POSITIVE = Set.of("article", "content", "story", "body", "text", "post",
            "entry", "prose", "richtext", "paragraph", "paragraphs", "copy");

    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_\\-]+|(?<=[a-z])(?=[A-Z])");

    private static final Set<String> REMOVED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "form", "button", "select", "textarea", "input", "nav", "footer", "aside", "figure", "figcaption",
            "object", "embed", "canvas", "video", "audio", "picture", "dialog", "menu");

    /** The blocks read as one paragraph each. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre");
    private static final Set<String> HEADING_TAGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** Blocks that are one paragraph of text themselves, not containers of paragraphs. */
    private static final Set<String> TEXT_BLOCK_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "li",
            "table", "tbody", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "header", "dl", "figure");

    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)^(advertisement|advertising|anzeige|publicité|sponsored( content)?|story continues below( advertisement)?"
                    + "|continue reading( below)?|read (more|also|next)\\b.*|related\\s*:.*|see also\\s*:.*"
                    + "|(sign up|subscribe)\\b.*|follow us\\b.*|share (this|on)\\b.*|click here\\b.*"
                    + "|we use cookies\\b.*|this (site|website) uses cookies\\b.*|accept( all)? cookies|"
                    + "recommended( for you)?|most (read|popular)|more (from|on) .{0,60}|lire aussi\\b.*|à lire aussi\\b.*"
                    + "|(copyright|©|\\(c\\)).{0,150}(all rights reserved|may not be (re)?published).*"
                    + "|for immediate release\\b.*|(media|press) contacts?\\s*:.*"
                    + "|(by|par|von|por)\\s+\\p{Lu}[^.!?]{0,80})$");

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·:»-]\\s+|\\s+::\\s+");
    private static final Pattern TITLE_SUFFIX_SEPARATOR = Pattern.compile("(\\s+[|–—·:»-]|\\s+::)\\s*$");
    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?i)^(by|par|von|por|door|di|av|af)\\s+");
    private static final Pattern NAME_JOIN = Pattern.compile("\\s*(?:,|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * The article of a page, as a submission of source kind {@code http} for the caller to complete.
     *
     * @param html the page
     * @param url where the page was found (base for relative links, and the URL when the page names no canonical
     *        one); may be null
     */
    public ArticleSubmission extract(String html, String url) {
        return extract(html, url, new Source(null, null, SourceKind.HTTP, null));
    }

    /** The article of a page, as a submission from the given source (its name defaults to {@code og:site_name}). */
    public ArticleSubmission extract(String html, String url, Source source) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(source, "source");
        long parseStarted = System.nanoTime();
        Document page = Jsoup.parse(html, url == null ? "" : url);
        boolean slowToParse = System.nanoTime() - parseStarted > READABILITY_MAX_PARSE_NANOS;
        flattenBelow(page, MAX_DEPTH);
        JsonNode linkedData = linkedDataArticle(page);
        String siteName = meta(page, "og:site_name");

        String canonical = firstNonBlank(absolute(page.selectFirst("link[rel=canonical]"), "href"),
                absoluteUrl(page, meta(page, "og:url")), text(linkedData, "url"), url);
        String title = title(page, linkedData, siteName);
        List<String> byline = byline(page, linkedData);
        List<Media> media = figures(page);

        String body = text(linkedData, "articleBody");
        if (body == null || body.strip().length() < LONG_ARTICLE_BODY) {
            body = mainText(page, title);
            // Readability parses and serialises the page again several times: not for a page that was slow to parse
            String readable = slowToParse ? null : readabilityText(page, url, title);
            if (readable != null && readable.length() > READABILITY_MARGIN * (body == null ? 0 : body.length())) {
                // Newswire's scoring kept a part of the article (a block cut by a related-links box, a teaser);
                // Readability found far more of it
                body = readable;
            }
        }
        String description = firstNonBlank(meta(page, "description"), meta(page, "og:description"),
                text(linkedData, "description"));

        return ArticleSubmission.builder()
                .url(canonical)
                .source(source.name() == null && siteName != null
                        ? new Source(source.id(), siteName, source.kind(), source.feedUrl()) : source)
                .title(title)
                .standfirst(isPrefix(description, body) ? null : description)
                .byline(byline)
                .section(firstNonBlank(meta(page, "article:section"), text(linkedData, "articleSection")))
                .language(language(page, linkedData))
                .publishedAt(firstDate(meta(page, "article:published_time"), text(linkedData, "datePublished"),
                        attribute(page.selectFirst("[itemprop=datePublished]"), "content"),
                        attribute(page.selectFirst("time[datetime]"), "datetime")))
                .updatedAt(firstDate(meta(page, "article:modified_time"), text(linkedData, "dateModified")))
                .body(body)
                .media(media)
                .tags(tags(page))
                .build();
    }

    /**
     * Reduces every element nested deeper than {@code maxDepth} to its text. No page a person reads nests a hundred
     * levels deep, but a hostile one can nest 100,000 (a megabyte of {@code <div>}s): every recursive step after
     * the parse (scoring, Readability) would then run for minutes or overflow the stack.
     */
    static void flattenBelow(Document page, int maxDepth) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth == maxDepth && node instanceof Element element && element.childrenSize() > 0) {
                tooDeep.add(element);
            }
        }, page);
        for (Element element : tooDeep) {
            String text = element.text();
            element.empty().appendText(text);
        }
    }

    /**
     * The character set a page declares for itself: a byte order mark, else {@code <meta charset>} or
     * {@code <meta http-equiv="Content-Type" content="...; charset=...">} in its first 2048 bytes, else the fallback.
     */
    public static Charset charset(byte[] page, Charset fallback) {
        if (page.length >= 3 && (page[0] & 0xFF) == 0xEF && (page[1] & 0xFF) == 0xBB && (page[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (page.length >= 2 && ((page[0] & 0xFF) == 0xFE && (page[1] & 0xFF) == 0xFF
                || (page[0] & 0xFF) == 0xFF && (page[1] & 0xFF) == 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        Matcher declared = META_CHARSET.matcher(new String(page, 0, Math.min(page.length, 2048),
                StandardCharsets.ISO_8859_1));
        if (declared.find()) {
            try {
                return Charset.forName(declared.group(1));
            } catch (IllegalArgumentException e) {
                // An unknown or misspelt name: the fallback is the better guess.
            }
        }
        return fallback;
    }

    // ---- metadata

    /** The first JSON-LD object typed as an article, looking into arrays and {@code @graph}. */
    private JsonNode linkedDataArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(json.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (JacksonException e) {
                // Pages carry broken JSON-LD often enough; the rest of the page still describes the article.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        for (JsonNode value : type == null ? List.<JsonNode>of() : type.isArray() ? items(type) : List.of(type)) {
            if (value.isString() && ARTICLE_TYPES.contains(value.stringValue())) {
                return node;
            }
        }
        return findArticle(node.get("@graph"));
    }

    private static List<JsonNode> items(JsonNode array) {
        List<JsonNode> items = new ArrayList<>(array.size());
        array.forEach(items::add);
        return items;
    }

    private static String title(Document page, JsonNode linkedData, String siteName) {
        String og = meta(page, "og:title");
        if (og != null) {
            return withoutSiteName(og, siteName, false);
        }
        String headline = text(linkedData, "headline");
        if (headline != null) {
            return headline;
        }
        Element h1 = page.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text();
        }
        String title = page.title();
        return title.isBlank() ? null : withoutSiteName(title, siteName, true);
    }

    /** A title without the site name that pages append ("Headline | Site", "Headline - Site"). */
    private static String withoutSiteName(String title, String siteName, boolean guess) {
        String whole = title.strip();
        String[] parts = TITLE_SEPARATOR.split(whole);
        if (parts.length < 2) {
            return whole;
        }
        String last = parts[parts.length - 1];
        String rest = TITLE_SUFFIX_SEPARATOR.matcher(whole.substring(0, whole.lastIndexOf(last))).replaceFirst("");
        boolean isSite = siteName != null && last.equalsIgnoreCase(siteName.strip())
                || guess && last.split("\\s+").length <= 4 && rest.split("\\s+").length > 2;
        return isSite ? rest.strip() : whole;
    }

    private static List<String> byline(Document page, JsonNode linkedData) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        String author = meta(page, "author");
        if (author != null && !author.startsWith("http")) {
            names.addAll(names(author));
        }
        if (names.isEmpty() && linkedData != null) {
            JsonNode authors = linkedData.get("author");
            for (JsonNode item : authors == null ? List.<JsonNode>of() : authors.isArray() ? items(authors)
                    : List.of(authors)) {
                String name = item.isString() ? item.stringValue() : text(item, "name");
                if (name != null) {
                    names.addAll(names(name));
                }
            }
        }
        if (names.isEmpty()) {
            for (Element element : page.select("[rel=author], [itemprop=author], .byline, .author-name, .article-author")) {
                if (!element.text().isBlank() && element.text().length() < 120) {
                    names.addAll(names(element.text()));
                    break;
                }
            }
        }
        return List.copyOf(names);
    }

    private static List<String> names(String byline) {
        List<String> names = new ArrayList<>();
        for (String name : NAME_JOIN.split(BYLINE_PREFIX.matcher(byline.strip()).replaceFirst(""))) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static String language(Document page, JsonNode linkedData) {
        String lang = firstNonBlank(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
                text(linkedData, "inLanguage"), meta(page, "og:locale"));
        return lang == null ? null : lang.replace('_', '-');
    }

    private static List<Media> figures(Document page) {
        List<Media> media = new ArrayList<>();
        for (Element figure : page.select("figure")) {
            Element image = figure.selectFirst("img");
            Element caption = figure.selectFirst("figcaption");
            if (image == null || figure.closest("nav, footer, aside, [class~=(?i)related|promo|teaser]") != null) {
                continue;
            }
            String credit = null;
            String captionText = null;
            if (caption != null) {
                Element creditElement = caption.selectFirst(".credit, [class*=credit], small, cite");
                if (creditElement != null) {
                    credit = creditElement.text();
                    Element copy = caption.clone();
                    Element copied = copy.selectFirst(".credit, [class*=credit], small, cite");
                    if (copied != null) {
                        copied.remove();
                    }
                    captionText = copy.text();
                } else {
                    captionText = caption.text();
                }
            }
            String src = firstNonBlank(image.absUrl("src"), image.absUrl("data-src"), image.attr("src"));
            media.add(new Media(null, blankToNull(captionText), blankToNull(credit), blankToNull(src)));
        }
        return media;
    }

    private static List<String> tags(Document page) {
        List<String> tags = new ArrayList<>();
        for (Element tag : page.select("meta[property=article:tag]")) {
            tags.add(tag.attr("content"));
        }
        return tags;
    }

    // ---- main text

    private static String mainText(Document page, String title) {
        Element body = page.body().clone();
        body.select(String.join(", ", REMOVED)).remove();
        body.select("[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo]")
                .remove();
        int pageText = body.text().length();
        for (Element element : body.select("*")) {
            if (element.parent() != null && hint(element) < 0 && element.text().length() < 0.6 * pageText) {
                element.remove();
            }
        }

        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, Double> content = new IdentityHashMap<>();
        for (Element block : paragraphs(body)) {
            String text = block.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element parent = block.parent();
            if (parent == null) {
                continue;
            }
            addScore(scores, parent, score);
            content.merge(parent, score, Double::sum);
            if (parent.parent() != null) {
                addScore(scores, parent.parent(), score / 2);
                content.merge(parent.parent(), score / 2, Double::sum);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
            entry.setValue(score);
            if (score > best) {
                best = score;
                top = entry.getKey();
            }
        }
        if (top == null) {
            return blankToNull(body.text());
        }
        double topContent = content.getOrDefault(top, best);
        top = sharedAncestor(top, best, scores);
        List<Element> containers = new ArrayList<>();
        if (top.parent() == null) {
            containers.add(top);
        } else {
            // Siblings join on the paragraph text they hold, not on class names: a header or meta line called
            // "article-..." must not ride along.
            double threshold = Math.max(10, topContent * 0.2);
            for (Element sibling : top.parent().children()) {
                Double score = content.get(sibling);
                if (sibling == top || score != null && score * (1 - linkDensity(sibling)) >= threshold
                        || "p".equals(sibling.normalName()) && sibling.text().length() > 80 && linkDensity(sibling) < 0.25) {
                    containers.add(sibling);
                }
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element container : containers) {
            for (Element block : TEXT_BLOCK_TAGS.contains(container.normalName()) ? List.of(container)
                    : paragraphs(container)) {
                String text = blockText(block);
                if (keep(block, text, title)) {
                    paragraphs.add(text);
                }
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * The container of an article split into several blocks (a column per few paragraphs, a section per
     * paragraph): when at least three other candidates score nearly as well as the top one (three quarters) and an
     * ancestor of the top one holds them all, that ancestor; else the top candidate.
     */
    private static Element sharedAncestor(Element top, double best, Map<Element, Double> scores) {
        // one walk up from each candidate, so that a page of thousands of equal blocks costs no more than a real one
        Set<Element> aboveTop = Collections.newSetFromMap(new IdentityHashMap<>());
        aboveTop.addAll(top.parents());
        Map<Element, Integer> alternativesHeld = new IdentityHashMap<>();
        int alternatives = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            if (candidate == top || entry.getValue() < 0.75 * best || aboveTop.contains(candidate)) {
                continue;
            }
            List<Element> above = new ArrayList<>();
            boolean insideTop = false;
            for (Element ancestor = candidate.parent(); ancestor != null && !insideTop; ancestor = ancestor.parent()) {
                insideTop = ancestor == top;
                above.add(ancestor);
            }
            if (!insideTop) {
                alternatives++;
                above.forEach(ancestor -> alternativesHeld.merge(ancestor, 1, Integer::sum));
            }
        }
        if (alternatives < 3) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && !"body".equals(ancestor.normalName()); ancestor = ancestor.parent()) {
            if (alternativesHeld.getOrDefault(ancestor, 0) >= 3) {
                return ancestor;
            }
        }
        return top;
    }

    private static boolean hasMoreNodesThan(Document page, int limit) {
        int[] count = {0};
        page.traverse((node, depth) -> count[0]++);
        return count[0] > limit;
    }

    /**
     * The article text Readability (Readability4J, the Java port of Mozilla's) finds in the page, in paragraphs
     * kept as Newswire keeps them; {@code null} when it finds none or fails.
     */
    private static String readabilityText(Document page, String url, String title) {
        if (hasMoreNodesThan(page, READABILITY_MAX_NODES)) {
            // Readability's passes grow faster than the page: seconds a request on a flood of nodes
            return null;
        }
        try {
            // on a copy of the page already parsed: Readability changes the document it reads; it serialises the
            // page between passes, and jsoup's pretty printer is quadratic in the siblings of a text node
            Document copy = page.clone();
            copy.outputSettings().prettyPrint(false);
            Element content = new Readability4JExtended(readabilityBase(url), copy).parse().getArticleContent();
            if (content == null) {
                return null;
            }
            List<String> paragraphs = new ArrayList<>();
            boolean endsWithHeading = false;
            for (Element block : paragraphs(content)) {
                String text = blockText(block);
                if (keep(block, text, title)) {
                    paragraphs.add(text);
                    endsWithHeading = HEADING_TAGS.contains(block.normalName());
                }
            }
            if (endsWithHeading) {
                // the heading of what follows the article ("More news"), which Readability took in with it
                paragraphs.remove(paragraphs.size() - 1);
            }
            return blankToNull(String.join("\n\n", paragraphs));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The page's URL as Readability needs it (absolute, with a path); a placeholder when there is none. */
    private static String readabilityBase(String url) {
        try {
            java.net.URI uri = url == null ? null : new java.net.URI(url);
            if (uri == null || !uri.isAbsolute() || uri.getHost() == null) {
                return "https://localhost.invalid/";
            }
            return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? url + "/" : url;
        } catch (java.net.URISyntaxException e) {
            return "https://localhost.invalid/";
        }
    }

    /** Paragraph-like blocks in document order, outermost only, counting divs that hold text directly. */
    private static List<Element> paragraphs(Element root) {
        List<Element> blocks = new ArrayList<>();
        for (Element element : root.select("*")) {
            if (element == root && !PARAGRAPH_TAGS.contains(element.normalName()) || "a".equals(element.normalName())
                    || element.parents().stream().anyMatch(blocks::contains)) {
                continue;
            }
            if (PARAGRAPH_TAGS.contains(element.normalName())) {
                if ("li".equals(element.normalName()) && element.closest("ul, ol") != null
                        && linkDensity(element.closest("ul, ol")) > 0.5) {
                    continue;
                }
                blocks.add(element);
            } else if (holdsTextDirectly(element)) {
                blocks.add(element);
            }
        }
        return blocks;
    }

    /** A div, cell or font run written like a paragraph: its own text, with at most inline elements and breaks. */
    private static boolean holdsTextDirectly(Element element) {
        return element.ownText().length() >= MIN_PARAGRAPH
                && element.children().stream().noneMatch(child -> BLOCK_TAGS.contains(child.normalName()));
    }

    /** The text of a block; a line-broken div becomes several paragraphs separated by blank lines. */
    private static String blockText(Element block) {
        if (PARAGRAPH_TAGS.contains(block.normalName()) && block.select("br").isEmpty()) {
            return block.text();
        }
        StringBuilder out = new StringBuilder();
        for (Node node : block.childNodes()) {
            appendText(node, out);
        }
        List<String> parts = new ArrayList<>();
        for (String part : out.toString().split("\\n\\s*\\n")) {
            String clean = SPACE.matcher(part).replaceAll(" ").strip();
            if (!clean.isEmpty()) {
                parts.add(clean);
            }
        }
        return String.join(PARAGRAPH_TAGS.contains(block.normalName()) ? " " : "\n\n", parts);
    }

    private static void appendText(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.getWholeText());
        } else if (node instanceof Element element) {
            if ("br".equals(element.normalName())) {
                out.append('\n');
                return;
            }
            for (Node child : element.childNodes()) {
                appendText(child, out);
            }
        }
    }

    private static boolean keep(Element block, String text, String title) {
        if (text.isBlank() || BOILERPLATE_LINE.matcher(text.strip()).matches()) {
            return false;
        }
        if (title != null && text.equals(title)) {
            return false;
        }
        boolean heading = HEADING_TAGS.contains(block.normalName());
        if (!heading && text.length() < MIN_PARAGRAPH && !"li".equals(block.normalName()) && text.split("\\s+").length < 4) {
            return false;
        }
        return linkDensity(block) < 0.5;
    }

    /** Class and id words weighed: -1 for boilerplate, +1 for article text, 0 neutral or both. */
    private static int hint(Element element) {
        String words = element.className() + " " + element.id();
        if (words.isBlank()) {
            return 0;
        }
        boolean negative = false;
        boolean positive = false;
        for (String word : WORD_SPLIT.split(words)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (STRONG_NEGATIVE.contains(lower)) {
                return -1;
            }
            negative |= NEGATIVE.contains(lower);
            positive |= POSITIVE.contains(lower);
        }
        return negative && !positive ? -1 : positive && !negative ? 1 : 0;
    }

    private static void addScore(Map<Element, Double> scores, Element element, double score) {
        scores.merge(element, score + (scores.containsKey(element) ? 0 : 25.0 * hint(element)), Double::sum);
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element link : element.select("a")) {
            links += link.text().length();
        }
        return (double) links / length;
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '、' || c == '，') {
                commas++;
            }
        }
        return commas;
    }

    // ---- small readers

    /** Whether the description is where the body begins (a teaser), comparing letters and digits only. */
    private static boolean isPrefix(String description, String body) {
        if (description == null || body == null) {
            return false;
        }
        String teaser = letters(description.replaceFirst("(\\.\\.\\.|…)\\s*$", ""));
        return !teaser.isEmpty() && letters(body).startsWith(teaser);
    }

    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static OffsetDateTime firstDate(String... candidates) {
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(candidate.strip());
                if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                    return OffsetDateTime.from(parsed);
                }
            } catch (DateTimeParseException e) {
                // Not a full date-time with an offset; a later source may have one.
            }
        }
        return null;
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return meta == null ? null : blankToNull(meta.attr("content"));
    }

    private static String absolute(Element element, String attribute) {
        return element == null ? null : blankToNull(element.absUrl(attribute).isEmpty() ? element.attr(attribute)
                : element.absUrl(attribute));
    }

    private static String absoluteUrl(Document page, String url) {
        if (url == null) {
            return null;
        }
        Element anchor = page.createElement("a").attr("href", url);
        anchor.setBaseUri(page.location());
        return absolute(anchor, "href");
    }

    private static String attribute(Element element, String attribute) {
        return element == null ? null : blankToNull(element.attr(attribute));
    }

    private static String text(JsonNode object, String field) {
        if (object == null) {
            return null;
        }
        JsonNode value = object.get(field);
        if (value == null) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        if (value.isObject()) {
            value = value.has("@id") ? value.get("@id") : value.get("name");
        }
        return value != null && value.isString() ? blankToNull(value.stringValue()) : null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
