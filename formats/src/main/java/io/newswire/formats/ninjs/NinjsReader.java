package io.newswire.formats.ninjs;

import io.newswire.events.Article;
import io.newswire.events.Media;
import io.newswire.events.PubStatus;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.formats.ArticleNormalizer;
import io.newswire.formats.ArticleSubmission;
import io.newswire.formats.InvalidArticleException;
import io.newswire.formats.InvalidArticleException.Reason;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads IPTC ninjs news items (versions 1.x, 2.x and 3.x) into normalised {@link Article}s of source kind
 * {@code ninjs}.
 *
 * <p>Both spellings are read: 1.x/2.x lower-case ({@code versioncreated, pubstatus, body_html, description_text,
 * byline, subject}) and 3.x camelCase ({@code versionCreated, pubStatus, bodies[].contentType, bylines[]}).
 * The headline is the {@code main} entry of {@code headlines[]}, else {@code headline}, {@code title} or
 * {@code slugline}; the body is the HTML body when there is one (its paragraphs, without the repeated headline),
 * else the plain-text body, else the text of a NITF body; the standfirst is {@code description_text} or the
 * {@code lead}/{@code summary}/{@code text} description, left out when the body begins with it. The guid is
 * {@code uri} (else {@code guid}), and the source id the copyright holder unless the caller names a source, so
 * that the article id is stable per agency item. {@code pubstatus} and {@code embargoed} are passed on; pictures
 * among the {@code associations} (and a picture item itself) become media with caption, credit and rendition URL.
 * A problem is an {@link InvalidArticleException} naming the field, e.g. {@code [1].versionCreated}. Thread-safe.
 */
public final class NinjsReader {

    private static final Map<String, PubStatus> PUB_STATUSES = Map.of(
            "usable", PubStatus.USABLE, "withheld", PubStatus.WITHHELD, "canceled", PubStatus.CANCELED,
            "cancelled", PubStatus.CANCELED);

    private static final Set<String> MEDIA_TYPES = Set.of("picture", "graphic", "video", "audio");
    private static final List<String> PREFERRED_RENDITIONS = List.of("original", "baseImage", "main", "highRes",
            "hires", "r00", "viewImage", "preview");
    private static final Set<String> STANDFIRST_ROLES = Set.of("lead", "summary", "abstract", "text", "description", "");
    private static final String PARAGRAPHS = "p, h2, h3, h4, h5, h6, blockquote, li, pre";

    private final ArticleNormalizer normalizer;
    private final JsonMapper mapper;

    /** A reader handing what it reads to the given normalizer. */
    public NinjsReader(ArticleNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.mapper = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /**
     * The articles of one ninjs document or a JSON array of them.
     *
     * @param defaults its id and name, when set, name the source instead of the copyright holder
     * @throws InvalidArticleException malformed JSON or an empty array (malformed), or the first invalid item
     */
    public List<Article> readBatch(String json, Source defaults) {
        JsonNode node = parse(json);
        if (node.isObject()) {
            return List.of(read(node, defaults));
        }
        if (!node.isArray()) {
            throw new InvalidArticleException(Reason.MALFORMED, "", "expected a ninjs object or an array of them");
        }
        if (node.isEmpty()) {
            throw new InvalidArticleException(Reason.MALFORMED, "", "the array holds no ninjs document");
        }
        List<Article> articles = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            try {
                articles.add(read(node.get(i), defaults));
            } catch (InvalidArticleException e) {
                String where = e.location().isEmpty() ? "[" + i + "]" : "[" + i + "]." + e.location();
                throw new InvalidArticleException(e.reason(), where, e.problem());
            }
        }
        return articles;
    }

    /** One article from one parsed ninjs object. */
    public Article read(JsonNode item, Source defaults) {
        return normalizer.normalize(submission(item, defaults));
    }

    /**
     * What a ninjs object says, before normalisation (for callers that add to it).
     *
     * @throws InvalidArticleException when it is not an object, has neither {@code uri} nor {@code guid}, or a
     *         field has the wrong type or an unreadable value
     */
    public ArticleSubmission submission(JsonNode item, Source defaults) {
        if (item == null || !item.isObject()) {
            throw new InvalidArticleException(Reason.MALFORMED, "", "expected a ninjs object");
        }
        Objects.requireNonNull(defaults, "defaults");
        String guid = firstString(item, "uri", "guid");
        if (guid == null || guid.isBlank()) {
            throw invalid("uri", "a ninjs document needs a uri (or guid)");
        }
        String title = title(item);
        String body = body(item, title);
        OffsetDateTime versionCreated = dateTime(item, "versioncreated", "versionCreated");
        OffsetDateTime firstCreated = dateTime(item, "firstcreated", "firstCreated");
        List<Media> media = new ArrayList<>(associations(item));
        if (isMediaType(firstString(item, "type"))) {
            media.add(0, media(item, ""));
        }
        return ArticleSubmission.builder()
                .guid(guid)
                .source(source(item, defaults))
                .title(title)
                .standfirst(standfirst(item, body))
                .byline(byline(item))
                .language(firstString(item, "language"))
                .publishedAt(firstCreated != null ? firstCreated : versionCreated)
                .updatedAt(versionCreated)
                .body(body)
                .media(media)
                .tags(tags(item))
                .urgency(urgency(item))
                .pubStatus(pubStatus(item))
                .embargoedUntil(dateTime(item, "embargoed", "embargoedUntil"))
                .build();
    }

    private JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidArticleException(Reason.MALFORMED, "", "empty input, expected a ninjs document");
        }
        try {
            return mapper.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidArticleException(Reason.MALFORMED, "", "malformed JSON" + where + ": "
                    + e.getOriginalMessage());
        }
    }

    private static Source source(JsonNode item, Source defaults) {
        String holder = firstString(item, "copyrightholder", "copyrightHolder");
        if (holder != null && holder.isBlank()) {
            holder = null;
        }
        String id = defaults.id() != null && !defaults.id().isBlank() ? defaults.id() : holder;
        String name = defaults.name() != null ? defaults.name() : holder;
        return new Source(id, name, SourceKind.NINJS, defaults.feedUrl());
    }

    private static String title(JsonNode item) {
        String headline = roleValue(item, "headlines", Set.of("main"));
        if (headline == null) {
            headline = firstString(item, "headline");
        }
        if (headline == null) {
            headline = firstString(item, "title");
        }
        return headline != null ? headline : firstString(item, "slugline");
    }

    /** The HTML body (1.x {@code body_html}, else a text/html entry of {@code bodies}), the plain text, or NITF. */
    private static String body(JsonNode item, String title) {
        String html = firstString(item, "body_html", "bodyHtml");
        String text = firstString(item, "body_text", "bodyText");
        String nitf = null;
        JsonNode bodies = array(item, "bodies");
        for (int i = 0; i < bodies.size(); i++) {
            String path = "bodies[" + i + "]";
            JsonNode entry = object(bodies.get(i), path);
            String value = nested(entry, path, "value");
            String type = nested(entry, path, "contenttype", "contentType");
            String role = nested(entry, path, "role");
            String kind = (type != null ? type : role != null ? role : "").toLowerCase(Locale.ROOT);
            if (value == null) {
                continue;
            }
            if (html == null && kind.contains("html")) {
                html = value;
            } else if (text == null && (kind.equals("text/plain") || kind.equals("text"))) {
                text = value;
            } else if (nitf == null && (kind.contains("nitf") || kind.contains("xml"))) {
                nitf = value;
            }
        }
        if (html != null && !html.isBlank()) {
            return paragraphs(Jsoup.parse(html), title);
        }
        if (text != null && !text.isBlank()) {
            return text;
        }
        if (nitf != null && !nitf.isBlank()) {
            Document document = Jsoup.parse(nitf, "", Parser.xmlParser());
            Element content = document.selectFirst("body\\.content");
            return paragraphs(content != null ? content : document, title);
        }
        return null;
    }

    /**
     * The paragraphs and subheads of an HTML or NITF body as HTML (the normalizer turns it into text), without the
     * headline that agencies repeat in an {@code h1}, or the whole text when it has no paragraphs.
     */
    private static String paragraphs(Element root, String title) {
        root.select("head, figure, figcaption, script, style").remove();
        Elements blocks = root.select(PARAGRAPHS);
        if (blocks.isEmpty()) {
            root.select("h1").forEach(h1 -> {
                if (h1.text().equals(title)) {
                    h1.remove();
                }
            });
            return root.text().isBlank() ? null : root.html();
        }
        StringBuilder html = new StringBuilder();
        for (Element block : blocks) {
            if (block.parents().stream().noneMatch(parent -> parent.is(PARAGRAPHS))) {
                html.append("<p>").append(block.html()).append("</p>");
            }
        }
        return html.toString();
    }

    private static String standfirst(JsonNode item, String body) {
        String description = firstString(item, "description_text", "descriptionText");
        if (description == null) {
            description = roleValue(item, "descriptions", STANDFIRST_ROLES);
        }
        if (description == null && isMediaType(firstString(item, "type"))) {
            description = roleValue(item, "descriptions", Set.of("caption"));
        }
        if (description == null || body == null) {
            return description;
        }
        String start = letters(Jsoup.parse(body).text());
        String teaser = letters(description);
        return start.startsWith(teaser) || start.contains(teaser) && start.indexOf(teaser) < 200 ? null : description;
    }

    /** Letters and digits only, lower-cased: a teaser cut from the body compares equal whatever its spacing. */
    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static List<String> byline(JsonNode item) {
        String by = firstString(item, "byline", "by");
        if (by != null) {
            return List.of(by);
        }
        JsonNode bylines = array(item, "bylines");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < bylines.size(); i++) {
            String path = "bylines[" + i + "]";
            JsonNode entry = bylines.get(i);
            if (entry.isString()) {
                names.add(entry.stringValue());
                continue;
            }
            object(entry, path);
            String name = nested(entry, path, "byline");
            names.add(name != null ? name : nested(entry, path, "name"));
        }
        return names;
    }

    private static List<String> tags(JsonNode item) {
        List<String> tags = new ArrayList<>();
        for (String field : List.of("subject", "subjects")) {
            JsonNode subjects = array(item, field);
            for (int i = 0; i < subjects.size(); i++) {
                String path = field + "[" + i + "]";
                tags.add(nested(object(subjects.get(i), path), path, "name"));
            }
        }
        JsonNode keywords = array(item, "keywords");
        for (int i = 0; i < keywords.size(); i++) {
            if (!keywords.get(i).isString()) {
                throw invalid("keywords[" + i + "]", "must be a string");
            }
            tags.add(keywords.get(i).stringValue());
        }
        return tags;
    }

    /** Pictures and other media associated with the item: an object keyed by name (1.x) or an array (2.x, 3.x). */
    private static List<Media> associations(JsonNode item) {
        JsonNode associations = item.get("associations");
        if (associations == null || associations.isNull()) {
            return List.of();
        }
        List<Media> media = new ArrayList<>();
        if (associations.isObject()) {
            for (Map.Entry<String, JsonNode> entry : associations.properties()) {
                String path = "associations." + entry.getKey();
                JsonNode associated = object(entry.getValue(), path);
                if (isMedia(associated)) {
                    media.add(media(associated, path));
                }
            }
        } else if (associations.isArray()) {
            for (int i = 0; i < associations.size(); i++) {
                String path = "associations[" + i + "]";
                JsonNode associated = object(associations.get(i), path);
                if (isMedia(associated)) {
                    media.add(media(associated, path));
                }
            }
        } else {
            throw invalid("associations", "must be an object or an array of ninjs objects");
        }
        return media;
    }

    private static boolean isMedia(JsonNode associated) {
        String type = associated.get("type") != null && associated.get("type").isString()
                ? associated.get("type").stringValue() : null;
        return type == null ? associated.has("renditions") : isMediaType(type);
    }

    private static boolean isMediaType(String type) {
        return type != null && MEDIA_TYPES.contains(type);
    }

    private static Media media(JsonNode item, String path) {
        try {
            String caption = firstString(item, "description_text", "descriptionText");
            if (caption == null) {
                caption = roleValue(item, "descriptions", null);
            }
            if (caption == null) {
                caption = firstString(item, "body_text", "bodyText");
            }
            if (caption == null) {
                caption = title(item);
            }
            String credit = roleValue(item, "descriptions", Set.of("creditline"));
            if (credit == null) {
                credit = firstString(item, "creditline", "creditLine");
            }
            if (credit == null) {
                credit = firstString(item, "by", "byline");
            }
            if (credit == null) {
                credit = firstString(item, "copyrightholder", "copyrightHolder");
            }
            return new Media(firstString(item, "uri", "guid"), caption, credit, rendition(item));
        } catch (InvalidArticleException e) {
            String where = path.isEmpty() ? e.location() : path + "." + e.location();
            throw new InvalidArticleException(e.reason(), where, e.problem());
        }
    }

    /** The URL of the best rendition: a preferred name, else the first with an href. */
    private static String rendition(JsonNode item) {
        JsonNode renditions = item.get("renditions");
        if (renditions == null || renditions.isNull()) {
            return null;
        }
        Map<String, String> hrefs = new LinkedHashMap<>();
        if (renditions.isObject()) {
            for (Map.Entry<String, JsonNode> entry : renditions.properties()) {
                String path = "renditions." + entry.getKey();
                hrefs.put(entry.getKey(), nested(object(entry.getValue(), path), path, "href"));
            }
        } else if (renditions.isArray()) {
            for (int i = 0; i < renditions.size(); i++) {
                String path = "renditions[" + i + "]";
                JsonNode rendition = object(renditions.get(i), path);
                String name = nested(rendition, path, "name");
                hrefs.put(name != null ? name : "#" + i, nested(rendition, path, "href"));
            }
        } else {
            throw invalid("renditions", "must be an object or an array");
        }
        for (String name : PREFERRED_RENDITIONS) {
            if (hrefs.get(name) != null) {
                return hrefs.get(name);
            }
        }
        return hrefs.values().stream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Integer urgency(JsonNode item) {
        JsonNode value = item.get("urgency");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid("urgency", "must be an integer from 1 to 9");
        }
        return value.intValue();
    }

    private static PubStatus pubStatus(JsonNode item) {
        String value = firstString(item, "pubstatus", "pubStatus");
        if (value == null) {
            return null;
        }
        PubStatus status = PUB_STATUSES.get(value.strip().toLowerCase(Locale.ROOT));
        if (status == null) {
            throw invalid(item.has("pubStatus") ? "pubStatus" : "pubstatus",
                    "must be one of usable, withheld, canceled, found '" + value + "'");
        }
        return status;
    }

    private static OffsetDateTime dateTime(JsonNode item, String... names) {
        String field = present(item, names);
        String text = firstString(item, names);
        if (text == null || text.isBlank()) {
            return null;
        }
        TemporalAccessor parsed;
        try {
            parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, "not an ISO-8601 date-time: '" + text + "'");
        }
        if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            throw invalid(field, "date-time without a UTC offset: '" + text + "'");
        }
        return OffsetDateTime.from(parsed);
    }

    /** The value of the first entry of a {@code [{role, value}]} array whose role is one of these (any if null). */
    private static String roleValue(JsonNode item, String field, Set<String> roles) {
        JsonNode entries = array(item, field);
        for (int i = 0; i < entries.size(); i++) {
            String path = field + "[" + i + "]";
            JsonNode entry = object(entries.get(i), path);
            String role = nested(entry, path, "role");
            String value = nested(entry, path, "value");
            if (value == null || value.isBlank()) {
                continue;
            }
            if (roles == null ? !"creditline".equals(role) : roles.contains(role == null ? "" : role)) {
                return value;
            }
        }
        return null;
    }

    private static JsonNode array(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw invalid(field, "must be an array");
        }
        return value;
    }

    private static JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw invalid(path, "must be an object");
        }
        return node;
    }

    private static String nested(JsonNode object, String path, String... names) {
        try {
            return firstString(object, names);
        } catch (InvalidArticleException e) {
            throw new InvalidArticleException(e.reason(), path + "." + e.location(), e.problem());
        }
    }

    /** The first of these fields present, as a string; a field of another type is an error naming it. */
    private static String firstString(JsonNode object, String... names) {
        for (String name : names) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isString()) {
                throw invalid(name, "must be a string");
            }
            return value.stringValue();
        }
        return null;
    }

    private static String present(JsonNode object, String... names) {
        for (String name : names) {
            if (object.has(name)) {
                return name;
            }
        }
        return names[0];
    }

    private static InvalidArticleException invalid(String location, String problem) {
        return new InvalidArticleException(Reason.INVALID, location, problem);
    }
}
