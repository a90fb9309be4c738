package io.newswire.formats;

import io.newswire.events.Article;
import io.newswire.events.Media;
import io.newswire.events.PubStatus;
import io.newswire.events.Source;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads articles submitted as JSON (the {@code Article} wire names) into normalised {@link Article}s: one object,
 * a JSON array of objects, or NDJSON (one object per line).
 *
 * <p>Read fields: {@code title, body, url, guid, standfirst, byline} (array, or one string), {@code section,
 * language, publishedAt, updatedAt, embargoedUntil} (ISO-8601 date-times with an offset), {@code media[] {id,
 * caption, credit, url}, tags[], source {id, name}} (or a string: the source id), {@code urgency} (1-9) and
 * {@code pubStatus}. {@code id, contentHash, ingestedAt} and unknown fields are ignored: identity is computed.
 * Every problem is reported as an {@link InvalidArticleException} naming the item, the field and what is wrong,
 * e.g. {@code [2].publishedAt: not an ISO-8601 date-time: 'yesterday'}. A batch is read completely before it is
 * returned, so one bad item rejects the whole batch. Thread-safe.
 */
public final class JsonArticleReader {

    private static final Map<String, PubStatus> PUB_STATUSES = Map.of(
            "usable", PubStatus.USABLE, "withheld", PubStatus.WITHHELD, "canceled", PubStatus.CANCELED);

    private final ArticleNormalizer normalizer;
    private final JsonMapper mapper;

    /** A reader handing what it reads to the given normalizer. */
    public JsonArticleReader(ArticleNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * One article from a JSON object.
     *
     * @param json the JSON text of one object
     * @param defaults the source used where the article names none: its kind always, its id unless the article
     *        has {@code source.id}
     * @throws InvalidArticleException when the text is not one well-formed JSON object or the article is invalid
     */
    public Article read(String json, Source defaults) {
        JsonNode node = parse(json, true);
        if (!node.isObject()) {
            throw InvalidArticleException.malformed("", "expected a JSON object, found " + describe(node));
        }
        return read(node, defaults);
    }

    /**
     * One article from a parsed JSON object.
     *
     * @throws InvalidArticleException when the node is not an object or the article is invalid
     */
    public Article read(JsonNode node, Source defaults) {
        if (!node.isObject()) {
            throw InvalidArticleException.malformed("", "expected a JSON object, found " + describe(node));
        }
        return normalizer.normalize(submission(node, defaults));
    }

    /**
     * The articles of a JSON array of objects, or the one article of a JSON object.
     *
     * @throws InvalidArticleException for malformed JSON (with line and column), an empty array, or the first
     *         invalid item (located as {@code [index].field})
     */
    public List<Article> readBatch(String json, Source defaults) {
        JsonNode node = parse(json, true);
        if (node.isObject()) {
            return List.of(read(node, defaults));
        }
        if (!node.isArray()) {
            throw InvalidArticleException.malformed("", "expected a JSON object or an array of objects, found "
                    + describe(node));
        }
        if (node.isEmpty()) {
            throw InvalidArticleException.malformed("", "the array holds no article");
        }
        List<Article> articles = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            try {
                articles.add(read(node.get(i), defaults));
            } catch (InvalidArticleException e) {
                throw e.under("[" + i + "]");
            }
        }
        return articles;
    }

    /**
     * The articles of NDJSON text: one JSON object per line, blank lines skipped.
     *
     * @throws InvalidArticleException for the first bad line (located as {@code line N}), or when no line holds
     *         an article
     */
    public List<Article> readLines(String ndjson, Source defaults) {
        List<Article> articles = new ArrayList<>();
        String[] lines = ndjson.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode node = parse(lines[i], false);
                if (!node.isObject()) {
                    throw InvalidArticleException.malformed("", "expected a JSON object, found " + describe(node));
                }
                articles.add(read(node, defaults));
            } catch (InvalidArticleException e) {
                throw e.onLine(i + 1);
            }
        }
        if (articles.isEmpty()) {
            throw InvalidArticleException.malformed("", "no article: every line is blank");
        }
        return articles;
    }

    /** The number of non-blank lines of NDJSON text: the size of the batch before reading it. */
    public static int countLines(String ndjson) {
        int count = 0;
        for (String line : ndjson.split("\r?\n|\r")) {
            if (!line.isBlank()) {
                count++;
            }
        }
        return count;
    }

    /** The JSON tree of the text; a syntax error is reported with its column, and its line when asked to. */
    private JsonNode parse(String json, boolean withLine) {
        if (json == null || json.isBlank()) {
            throw InvalidArticleException.malformed("", "empty input, expected JSON");
        }
        try {
            return mapper.readTree(json);
        } catch (JacksonException e) {
            String where = "";
            if (e.getLocation() != null) {
                where = (withLine ? " at line " + e.getLocation().getLineNr() + ", column " : " at column ")
                        + e.getLocation().getColumnNr();
            }
            throw InvalidArticleException.malformed("", "malformed JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private static ArticleSubmission submission(JsonNode article, Source defaults) {
        return ArticleSubmission.builder()
                .url(string(article, "url"))
                .guid(string(article, "guid"))
                .source(source(article.get("source"), defaults))
                .title(string(article, "title"))
                .standfirst(string(article, "standfirst"))
                .byline(strings(article, "byline"))
                .section(string(article, "section"))
                .language(string(article, "language"))
                .publishedAt(dateTime(article, "publishedAt"))
                .updatedAt(dateTime(article, "updatedAt"))
                .body(string(article, "body"))
                .media(media(article))
                .tags(strings(article, "tags"))
                .urgency(urgency(article))
                .pubStatus(pubStatus(article))
                .embargoedUntil(dateTime(article, "embargoedUntil"))
                .build();
    }

    private static Source source(JsonNode source, Source defaults) {
        Objects.requireNonNull(defaults, "defaults");
        if (source == null || source.isNull()) {
            return defaults;
        }
        if (source.isString()) {
            return new Source(source.stringValue(), defaults.name(), defaults.kind(), defaults.feedUrl());
        }
        if (!source.isObject()) {
            throw InvalidArticleException.invalid("source", "must be an object {id, name} or a string, found "
                    + describe(source));
        }
        String id = nested(source, "source", "id");
        String name = nested(source, "source", "name");
        return new Source(id != null && !id.isBlank() ? id : defaults.id(), name != null ? name : defaults.name(),
                defaults.kind(), defaults.feedUrl());
    }

    private static String nested(JsonNode object, String path, String field) {
        try {
            return string(object, field);
        } catch (InvalidArticleException e) {
            throw e.under(path);
        }
    }

    private static String string(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw InvalidArticleException.invalid(field, "must be a string, found " + describe(value));
        }
        return value.stringValue();
    }

    private static List<String> strings(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isString()) {
            return List.of(value.stringValue());
        }
        if (!value.isArray()) {
            throw InvalidArticleException.invalid(field, "must be an array of strings, found " + describe(value));
        }
        List<String> strings = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isString()) {
                throw InvalidArticleException.invalid(field + "[" + i + "]", "must be a string, found " + describe(item));
            }
            strings.add(item.stringValue());
        }
        return strings;
    }

    private static List<Media> media(JsonNode article) {
        JsonNode value = article.get("media");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw InvalidArticleException.invalid("media", "must be an array of objects, found " + describe(value));
        }
        List<Media> media = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            String path = "media[" + i + "]";
            JsonNode item = value.get(i);
            if (!item.isObject()) {
                throw InvalidArticleException.invalid(path, "must be an object {id, caption, credit, url}, found "
                        + describe(item));
            }
            media.add(new Media(nested(item, path, "id"), nested(item, path, "caption"), nested(item, path, "credit"),
                    nested(item, path, "url")));
        }
        return media;
    }

    private static OffsetDateTime dateTime(JsonNode article, String field) {
        String text = string(article, field);
        if (text == null || text.isBlank()) {
            return null;
        }
        TemporalAccessor parsed;
        try {
            parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidArticleException.invalid(field, "not an ISO-8601 date-time: '" + text + "'");
        }
        if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            throw InvalidArticleException.invalid(field, "date-time without a UTC offset: '" + text
                    + "' (add Z or e.g. +01:00)");
        }
        return OffsetDateTime.from(parsed);
    }

    private static Integer urgency(JsonNode article) {
        JsonNode value = article.get("urgency");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw InvalidArticleException.invalid("urgency", "must be an integer from 1 to 9, found " + describe(value));
        }
        return value.intValue();
    }

    private static PubStatus pubStatus(JsonNode article) {
        String value = string(article, "pubStatus");
        if (value == null) {
            return null;
        }
        PubStatus status = PUB_STATUSES.get(value.strip().toLowerCase(Locale.ROOT));
        if (status == null) {
            throw InvalidArticleException.invalid("pubStatus", "must be one of usable, withheld, canceled, found '"
                    + value + "'");
        }
        return status;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
