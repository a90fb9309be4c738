package io.newswire.formats.feeds;

import static io.newswire.formats.feeds.FeedParser.addIfPresent;
import static io.newswire.formats.feeds.FeedParser.addMedia;
import static io.newswire.formats.feeds.FeedParser.base;
import static io.newswire.formats.feeds.FeedParser.blankToNull;
import static io.newswire.formats.feeds.FeedParser.child;
import static io.newswire.formats.feeds.FeedParser.children;
import static io.newswire.formats.feeds.FeedParser.plain;
import static io.newswire.formats.feeds.FeedParser.resolve;
import static io.newswire.formats.feeds.FeedParser.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/** Reads an Atom 1.0 or 0.3 {@code <feed>}; 0.3's {@code issued}/{@code modified} and content modes included. */
final class AtomReader {

    private final String ns;

    AtomReader(String ns) {
        this.ns = ns;
    }

    Feed read(Element feed, String feedUrl) {
        List<String> feedAuthors = authors(feed);
        List<FeedItem> items = new ArrayList<>();
        for (Element entry : children(feed, ns, "entry")) {
            items.add(entry(entry, feedUrl, feedAuthors));
        }
        return new Feed(FeedFormat.ATOM, textConstruct(child(feed, ns, "title"), true), alternate(feed, feedUrl), items);
    }

    private FeedItem entry(Element entry, String feedUrl, List<String> feedAuthors) {
        List<String> authors = authors(entry);
        Set<String> categories = new LinkedHashSet<>();
        for (Element category : children(entry, ns, "category")) {
            String label = blankToNull(category.getAttribute("label"));
            addIfPresent(categories, plain(label != null ? label : category.getAttribute("term"), false));
        }
        for (Element subject : children(entry, FeedParser.DC, "subject")) {
            addIfPresent(categories, plain(text(subject), false));
        }
        Map<String, FeedMedia> media = new LinkedHashMap<>();
        FeedParser.addMediaRss(entry, base(entry, feedUrl), media);
        for (Element link : children(entry, ns, "link")) {
            if ("enclosure".equals(link.getAttribute("rel"))) {
                addMedia(media, resolve(base(link, feedUrl), link.getAttribute("href")),
                        blankToNull(link.getAttribute("type")), plain(link.getAttribute("title"), false), null);
            }
        }
        // Atom 1.0 names first, then 0.3's: a feed without a namespace may use either
        Instant published = firstDate(entry, "published", "issued", "created");
        Instant updated = firstDate(entry, "updated", "modified");
        return new FeedItem(blankToNull(text(child(entry, ns, "id"))), alternate(entry, feedUrl),
                textConstruct(child(entry, ns, "title"), true), textConstruct(child(entry, ns, "summary"), false),
                textConstruct(child(entry, ns, "content"), false), authors.isEmpty() ? feedAuthors : authors,
                published, updated, List.copyOf(categories), List.copyOf(media.values()));
    }

    private Instant date(Element entry, String name) {
        return FeedDates.parse(text(child(entry, ns, name)));
    }

    private Instant firstDate(Element entry, String... names) {
        for (String name : names) {
            Instant date = date(entry, name);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private List<String> authors(Element parent) {
        Set<String> names = new LinkedHashSet<>();
        for (Element author : children(parent, ns, "author")) {
            addIfPresent(names, plain(text(child(author, ns, "name")), false));
        }
        for (Element creator : children(parent, FeedParser.DC, "creator")) {
            addIfPresent(names, plain(text(creator), false));
        }
        return List.copyOf(names);
    }

    /** The {@code rel="alternate"} (or rel-less) link, preferring an HTML one, resolved against xml:base. */
    private String alternate(Element parent, String feedUrl) {
        String found = null;
        for (Element link : children(parent, ns, "link")) {
            String rel = link.getAttribute("rel");
            if (!rel.isEmpty() && !rel.equals("alternate")) {
                continue;
            }
            String href = resolve(base(link, feedUrl), link.getAttribute("href"));
            String type = link.getAttribute("type");
            if (href != null && (type.isEmpty() || type.contains("html"))) {
                return href;
            }
            if (found == null) {
                found = href;
            }
        }
        return found;
    }

    /**
     * An Atom text construct: as plain text when {@code plainText}, else as markup for the normaliser's HTML cleaner
     * (type {@code text} stays text, {@code html} and escaped 0.3 content are already HTML, xhtml is serialised).
     */
    private static String textConstruct(Element element, boolean plainText) {
        if (element == null) {
            return null;
        }
        String type = element.getAttribute("type");
        String mode = element.getAttribute("mode");
        String value;
        boolean html;
        if (type.equals("xhtml") || type.equals("application/xhtml+xml") || mode.equals("xml")) {
            value = FeedParser.innerXml(element);
            html = true;
        } else if (mode.equals("base64")) {
            value = FeedParser.decodeBase64(element.getTextContent());
            html = type.contains("html");
        } else {
            value = element.getTextContent();
            html = type.equals("html") || type.equals("text/html") || mode.equals("escaped");
        }
        if (!plainText) {
            return blankToNull(value);
        }
        // Atom says what its text is: type="text" (the default) holds no markup, whatever it mentions
        return html ? plain(value, true) : FeedParser.literal(value);
    }
}
