package io.newswire.formats.feeds;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.x into {@link Feed}s, forgiving the brokenness of real feeds
 * (see {@link FeedText}) but never expanding entities or reading external resources: a document with a DOCTYPE
 * that declares entities is refused. Thread-safe.
 */
public final class FeedParser {

    static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    static final String ATOM_03 = "http://purl.org/atom/ns#";
    static final String RSS_10 = "http://purl.org/rss/1.0/";
    static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** The default namespaces some RSS 2.0 generators put on {@code <rss>} (UserLand's and Harvard's). */
    private static final Set<String> RSS_20_NAMESPACES = Set.of("http://backend.userland.com/rss2",
            "http://blogs.law.harvard.edu/tech/rss");

    private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
    private static final JsonMapper JSON = JsonMapper.shared();
    /** An end tag, a self-closing tag or an entity reference: what makes untyped text read as HTML. */
    private static final Pattern MARKUP_SIGNAL = Pattern.compile("</[A-Za-z][A-Za-z0-9]*\\s*>|<[A-Za-z][^<>]*/>|&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);");
    private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)");
    /** The elements a feed's text is written with; text holding any other "tag" is text about a tag. */
    private static final Set<String> HTML_ELEMENTS = Set.of("a", "abbr", "acronym", "address", "b", "big", "blockquote",
            "br", "caption", "center", "cite", "code", "dd", "del", "dfn", "div", "dl", "dt", "em", "figcaption",
            "figure", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol",
            "p", "pre", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var");

    private final DocumentBuilderFactory factory;

    public FeedParser() {
        this.factory = secureFactory();
    }

    /**
     * The feed in the bytes.
     *
     * @param body the document as fetched
     * @param contentType the HTTP Content-Type (for its charset), or {@code null}
     * @param feedUrl the URL the feed was fetched from, against which relative links are resolved, or {@code null}
     * @throws FeedException when the bytes are not a readable feed; the message says why and where
     */
    public Feed parse(byte[] body, String contentType, String feedUrl) {
        String text = FeedText.decode(body, contentType);
        String start = text.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (start.isEmpty()) {
            throw new FeedException("not a feed: the document is empty");
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return new JsonFeedReader(feedUrl).read(start);
        }
        if (!start.startsWith("<")) {
            throw new FeedException("not a feed: neither XML nor JSON (starts with '" + abbreviate(start) + "')");
        }
        String xml = FeedText.repairXml(text);
        String root = firstElement(xml);
        if (root != null && localName(root).equalsIgnoreCase("html")) {
            throw new FeedException("not a feed: root element <" + root + ">");
        }
        if (xml.substring(0, FeedText.prologEnd(xml)).contains("<!DOCTYPE")) {
            throw new FeedException("refused: the document declares a DOCTYPE with an internal subset "
                    + "(entity declarations are never expanded)");
        }
        return read(parseXml(xml), feedUrl);
    }

    private Document parseXml(String xml) {
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("refused to load external entity " + systemId);
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new FeedException("XML error at line " + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new FeedException("XML error: " + e.getMessage(), e);
        }
    }

    private static Feed read(Document document, String feedUrl) {
        Element root = document.getDocumentElement();
        String name = root.getLocalName() == null ? root.getTagName() : root.getLocalName();
        String ns = root.getNamespaceURI();
        if (name.equals("rss")) {
            Element channel = child(root, FeedParser::isRss, "channel");
            if (channel == null && !children(root, FeedParser::isRss, "item").isEmpty()) {
                // items (and the feed's title) straight under <rss>: read <rss> as the channel, as browsers do
                channel = root;
            }
            if (channel == null) {
                throw new FeedException("not a feed: <rss> without <channel>");
            }
            return rss(channel, children(channel, FeedParser::isRss, "item"), feedUrl);
        }
        if (name.equals("RDF") && RDF.equals(ns)) {
            Element channel = child(root, FeedParser::isRss, "channel");
            List<Element> items = children(root, FeedParser::isRss, "item");
            if (channel == null) {
                throw new FeedException("not a feed: <rdf:RDF> without <channel>");
            }
            return rss(channel, items, feedUrl);
        }
        if (name.equals("feed") && (ATOM_10.equals(ns) || ATOM_03.equals(ns))) {
            return new AtomReader(ns).read(root, feedUrl);
        }
        if (name.equals("feed") && (ns == null || ns.startsWith("http://purl.org/atom/ns"))) {
            // Atom written without its namespace, or in a pre-1.0 draft's: read as Atom 0.3 is read
            return new AtomReader(ns).read(root, feedUrl);
        }
        return failNotAFeed(root);
    }

    private static Feed failNotAFeed(Element root) {
        String ns = root.getNamespaceURI() == null ? "" : " in namespace " + root.getNamespaceURI();
        throw new FeedException("not a feed: root element <" + root.getTagName() + ">" + ns);
    }

    // --- RSS ---

    private static Feed rss(Element channel, List<Element> itemElements, String feedUrl) {
        String link = resolve(feedUrl, text(child(channel, FeedParser::isRss, "link")));
        List<FeedItem> items = new ArrayList<>();
        for (Element item : itemElements) {
            items.add(rssItem(item, feedUrl));
        }
        return new Feed(FeedFormat.RSS, plain(text(child(channel, FeedParser::isRss, "title")), false), link, items);
    }

    private static FeedItem rssItem(Element item, String feedUrl) {
        Element guidElement = child(item, FeedParser::isRss, "guid");
        String guid = blankToNull(text(guidElement));
        if (guid == null) {
            guid = blankToNull(item.getAttributeNS(RDF, "about"));
        }
        if (guid == null) {
            guid = blankToNull(text(child(item, DC, "identifier")));
        }
        String link = resolve(feedUrl, text(child(item, FeedParser::isRss, "link")));
        if (link == null) {
            link = atomAlternate(item, feedUrl);
        }
        if (link == null && guid != null && !"false".equalsIgnoreCase(guidElement == null ? ""
                : guidElement.getAttribute("isPermaLink").strip())) {
            link = resolve(null, guid);
        }
        String summary = blankToNull(text(child(item, FeedParser::isRss, "description")));
        if (summary == null) {
            summary = blankToNull(text(child(item, DC, "description")));
        }
        if (summary == null) {
            summary = blankToNull(text(child(item, ITUNES, "summary")));
        }
        String content = blankToNull(text(child(item, CONTENT, "encoded")));
        if (content == null) {
            // an old RSS extension for the full story, read by the lenient parsers as content:encoded
            content = blankToNull(text(child(item, FeedParser::isRss, "fullitem")));
        }
        Element xhtmlBody = child(item, XHTML, "body");
        if (content == null && xhtmlBody != null) {
            content = blankToNull(innerXml(xhtmlBody));
        }
        String title = plain(text(child(item, FeedParser::isRss, "title")), false);
        if (blankToNull(title) == null) {
            title = plain(text(child(item, DC, "title")), false);
        }
        if (blankToNull(title) == null) {
            title = plain(text(child(item, MEDIA, "title")), false);
        }
        Set<String> authors = new LinkedHashSet<>();
        for (Element creator : children(item, DC, "creator")) {
            addIfPresent(authors, plain(text(creator), false));
        }
        for (Element author : children(item, FeedParser::isRss, "author")) {
            addIfPresent(authors, authorName(text(author)));
        }
        Instant published = FeedDates.parse(text(child(item, FeedParser::isRss, "pubDate")));
        if (published == null) {
            published = FeedDates.parse(text(child(item, DC, "date")));
        }
        Instant updated = FeedDates.parse(text(child(item, ATOM_10, "updated")));
        Set<String> categories = new LinkedHashSet<>();
        for (Element category : children(item, FeedParser::isRss, "category")) {
            addIfPresent(categories, plain(text(category), false));
        }
        for (Element subject : children(item, DC, "subject")) {
            addIfPresent(categories, plain(text(subject), false));
        }
        Map<String, FeedMedia> media = new LinkedHashMap<>();
        addMediaRss(item, feedUrl, media);
        for (Element enclosure : children(item, FeedParser::isRss, "enclosure")) {
            addMedia(media, resolve(feedUrl, enclosure.getAttribute("url")), blankToNull(enclosure.getAttribute("type")),
                    null, null);
        }
        return new FeedItem(guid, link, title, summary, content, List.copyOf(authors), published, updated,
                List.copyOf(categories), List.copyOf(media.values()));
    }

    /** RSS 2.0's author is an e-mail address, often with the name in parentheses: {@code jane@x.com (Jane Doe)}. */
    private static String authorName(String author) {
        String value = plain(author, false);
        if (value == null) {
            return null;
        }
        Matcher withName = EMAIL_WITH_NAME.matcher(value);
        return withName.matches() ? withName.group(1).strip() : value;
    }

    private static String atomAlternate(Element item, String feedUrl) {
        for (Element link : children(item, ATOM_10, "link")) {
            String rel = link.getAttribute("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                return resolve(base(link, feedUrl), link.getAttribute("href"));
            }
        }
        return null;
    }

    // --- Media RSS, shared by RSS and Atom ---

    static void addMediaRss(Element item, String feedUrl, Map<String, FeedMedia> media) {
        List<Element> contents = new ArrayList<>(children(item, MEDIA, "content"));
        for (Element group : children(item, MEDIA, "group")) {
            contents.addAll(children(group, MEDIA, "content"));
        }
        for (Element content : contents) {
            Element group = content.getParentNode() instanceof Element parent && MEDIA.equals(parent.getNamespaceURI())
                    ? parent : null;
            String type = blankToNull(content.getAttribute("type"));
            if (type == null) {
                type = blankToNull(content.getAttribute("medium"));
            }
            addMedia(media, resolve(feedUrl, content.getAttribute("url")), type,
                    caption(content, group, item), credit(content, group, item));
        }
        for (Element thumbnail : children(item, MEDIA, "thumbnail")) {
            addMedia(media, resolve(feedUrl, thumbnail.getAttribute("url")), "image", caption(thumbnail, null, item),
                    credit(thumbnail, null, item));
        }
    }

    private static String caption(Element... scopes) {
        for (Element scope : scopes) {
            if (scope == null) {
                continue;
            }
            String caption = plain(text(child(scope, MEDIA, "description")), true);
            if (caption == null) {
                caption = plain(text(child(scope, MEDIA, "title")), true);
            }
            if (caption != null) {
                return caption;
            }
        }
        return null;
    }

    private static String credit(Element... scopes) {
        for (Element scope : scopes) {
            if (scope != null) {
                String credit = plain(text(child(scope, MEDIA, "credit")), false);
                if (credit != null) {
                    return credit;
                }
            }
        }
        return null;
    }

    static void addMedia(Map<String, FeedMedia> media, String url, String type, String caption, String credit) {
        if (url != null && !media.containsKey(url)) {
            media.put(url, new FeedMedia(url, type, caption, credit));
        }
    }

    // --- DOM and text helpers shared by the readers ---

    private static boolean isRss(Node node) {
        String ns = node.getNamespaceURI();
        return ns == null || ns.equals(RSS_10) || ns.equals(RSS_090) || RSS_20_NAMESPACES.contains(ns);
    }

    static Element child(Element parent, String ns, String localName) {
        return child(parent, node -> java.util.Objects.equals(ns, node.getNamespaceURI()), localName);
    }

    static Element child(Element parent, Predicate<Node> namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(Element parent, String ns, String localName) {
        return children(parent, node -> java.util.Objects.equals(ns, node.getNamespaceURI()), localName);
    }

    static List<Element> children(Element parent, Predicate<Node> namespace, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.test(element)
                    && localName.equals(element.getLocalName() == null ? element.getTagName() : element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    static String text(Element element) {
        return element == null ? null : element.getTextContent();
    }

    /** The base URL in effect at an element: the feed URL with every enclosing {@code xml:base} applied in turn. */
    static String base(Element element, String feedUrl) {
        List<String> bases = new ArrayList<>();
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            String base = e.getAttributeNS(XMLConstants.XML_NS_URI, "base");
            if (!base.isBlank()) {
                bases.add(0, base.strip());
            }
        }
        String resolved = feedUrl;
        for (String base : bases) {
            String next = resolveAny(resolved, base);
            resolved = next == null ? resolved : next;
        }
        return resolved;
    }

    /** An absolute http(s) URL for the reference, resolved against the base, or {@code null} when there is none. */
    static String resolve(String base, String reference) {
        String resolved = resolveAny(base, reference);
        if (resolved == null) {
            return null;
        }
        String scheme = URI.create(resolved).getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) ? resolved : null;
    }

    private static String resolveAny(String base, String reference) {
        String ref = blankToNull(reference);
        if (ref == null) {
            return null;
        }
        try {
            URI uri = new URI(ref.replace(" ", "%20"));
            if (base != null && !uri.isAbsolute()) {
                uri = new URI(base.strip().replace(" ", "%20")).resolve(uri);
            }
            return uri.isAbsolute() ? uri.toString() : null;
        } catch (Exception e) {
            // a link that is not a URI at all is no link: the item keeps its guid
            return null;
        }
    }

    /**
     * Single-line plain text; HTML (when flagged, or when unflagged text looks like markup) is reduced to its text.
     * Text that only mentions a tag ({@code Use <b> for bold}, escaped once in the feed) keeps it.
     */
    static String plain(String text, boolean html) {
        if (text == null) {
            return null;
        }
        return literal(html || looksLikeHtml(text) ? Jsoup.parse(text).text() : text);
    }

    /** Single-line text taken as it is (Atom {@code type="text"}): nothing in it is markup. */
    static String literal(String text) {
        return text == null ? null : blankToNull(text.replaceAll("[\\s\\u00A0]+", " "));
    }

    /**
     * Whether text whose type is not given reads as HTML, as the lenient feed parsers judge it: it holds an end tag, a
     * self-closing tag or an entity reference, and every tag in it is an HTML element.
     */
    static boolean looksLikeHtml(String text) {
        if (!MARKUP_SIGNAL.matcher(text).find()) {
            return false;
        }
        Matcher tag = TAG_NAME.matcher(text);
        while (tag.find()) {
            if (!HTML_ELEMENTS.contains(tag.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The markup inside an element (Atom xhtml content), serialised without the wrapping {@code div}. */
    static String innerXml(Element element) {
        Element content = element;
        List<Element> elements = children(element, node -> true, "div");
        if (elements.size() == 1) {
            content = elements.get(0);
        }
        StringBuilder out = new StringBuilder();
        for (Node node = content.getFirstChild(); node != null; node = node.getNextSibling()) {
            serialize(node, out);
        }
        return out.toString();
    }

    private static void serialize(Node node, StringBuilder out) {
        if (node instanceof Element element) {
            String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
            out.append('<').append(name);
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (!"xmlns".equals(attribute.getPrefix()) && !"xmlns".equals(attribute.getName())) {
                    out.append(' ').append(attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName())
                            .append("=\"").append(escape(attribute.getValue())).append('"');
                }
            }
            out.append('>');
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                serialize(child, out);
            }
            out.append("</").append(name).append('>');
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            out.append(escape(node.getNodeValue()));
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String decodeBase64(String text) {
        try {
            return new String(Base64.getMimeDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new FeedException("content declared base64 is not base64: " + e.getMessage(), e);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void addIfPresent(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }

    static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            String line = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new FeedException("JSON error" + line + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String firstElement(String xml) {
        int i = 0;
        while (i < xml.length()) {
            int open = xml.indexOf('<', i);
            if (open < 0) {
                return null;
            }
            if (xml.startsWith("<?", open)) {
                i = xml.indexOf("?>", open) < 0 ? xml.length() : xml.indexOf("?>", open) + 2;
            } else if (xml.startsWith("<!--", open)) {
                i = xml.indexOf("-->", open) < 0 ? xml.length() : xml.indexOf("-->", open) + 3;
            } else if (xml.startsWith("<!", open)) {
                i = xml.indexOf('>', open) < 0 ? xml.length() : xml.indexOf('>', open) + 1;
            } else {
                Matcher name = FIRST_ELEMENT.matcher(xml).region(open, xml.length());
                return name.lookingAt() ? name.group(1) : null;
            }
        }
        return null;
    }

    private static String localName(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        return colon < 0 ? qualifiedName : qualifiedName.substring(colon + 1);
    }

    private static String abbreviate(String text) {
        return (text.length() > 20 ? text.substring(0, 20) + "…" : text).replaceAll("\\s+", " ");
    }

    /** A namespace-aware parser factory that refuses DOCTYPEs and never resolves external entities or DTDs. */
    static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses a security feature", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
