package io.newswire.formats.feeds;

import static io.newswire.formats.feeds.FeedParser.addIfPresent;
import static io.newswire.formats.feeds.FeedParser.addMedia;
import static io.newswire.formats.feeds.FeedParser.blankToNull;
import static io.newswire.formats.feeds.FeedParser.plain;
import static io.newswire.formats.feeds.FeedParser.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads JSON Feed 1.0 and 1.1 ({@code author} and {@code authors}, attachments, image and banner image). */
final class JsonFeedReader {

    private final String feedUrl;

    JsonFeedReader(String feedUrl) {
        this.feedUrl = feedUrl;
    }

    Feed read(String json) {
        JsonNode feed = FeedParser.readJson(json);
        String version = string(feed, "version");
        if (!feed.isObject() || version == null || !version.contains("jsonfeed.org/version/1")) {
            throw new FeedException("not a feed: JSON without a JSON Feed version (\"version\": "
                    + "\"https://jsonfeed.org/version/1.1\")");
        }
        JsonNode itemNodes = feed.path("items");
        if (!itemNodes.isArray()) {
            throw new FeedException("not a feed: JSON Feed without an \"items\" array");
        }
        String base = feedUrl != null ? feedUrl : resolve(null, string(feed, "feed_url"));
        List<String> feedAuthors = authors(feed);
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : itemNodes) {
            if (item.isObject()) {
                items.add(item(item, base, feedAuthors));
            }
        }
        return new Feed(FeedFormat.JSON_FEED, plain(string(feed, "title"), false),
                resolve(base, string(feed, "home_page_url")), items);
    }

    private static FeedItem item(JsonNode item, String base, List<String> feedAuthors) {
        String link = resolve(base, string(item, "url"));
        if (link == null) {
            link = resolve(base, string(item, "external_url"));
        }
        String content = string(item, "content_html");
        if (content == null) {
            content = string(item, "content_text");
        }
        List<String> authors = authors(item);
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode tag : item.path("tags")) {
            addIfPresent(tags, plain(tag.isString() ? tag.stringValue() : null, false));
        }
        Map<String, FeedMedia> media = new LinkedHashMap<>();
        addMedia(media, resolve(base, string(item, "image")), "image", null, null);
        addMedia(media, resolve(base, string(item, "banner_image")), "image", null, null);
        for (JsonNode attachment : item.path("attachments")) {
            addMedia(media, resolve(base, string(attachment, "url")), string(attachment, "mime_type"),
                    plain(string(attachment, "title"), false), null);
        }
        JsonNode id = item.get("id");
        String guid = id == null || id.isNull() ? null : blankToNull(id.isString() ? id.stringValue() : id.toString());
        return new FeedItem(guid, link, plain(string(item, "title"), false), string(item, "summary"), content,
                authors.isEmpty() ? feedAuthors : authors, FeedDates.parse(string(item, "date_published")),
                FeedDates.parse(string(item, "date_modified")), List.copyOf(tags), List.copyOf(media.values()));
    }

    private static List<String> authors(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode author : node.path("authors")) {
            addIfPresent(names, plain(string(author, "name"), false));
        }
        addIfPresent(names, plain(string(node.path("author"), "name"), false));
        return List.copyOf(names);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? blankToNull(value.stringValue()) : null;
    }
}
