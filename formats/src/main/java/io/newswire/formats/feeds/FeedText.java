package io.newswire.formats.feeds;

import io.newswire.formats.TextDecoding;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Turns the bytes of a feed into text an XML parser accepts, repairing what real feeds get wrong: the charset
 * (byte-order mark, then valid UTF-8, then the XML declaration, then the HTTP header, then windows-1252), HTML
 * entities such as {@code &nbsp;} that XML does not define, bare ampersands, control characters, and harmless
 * external DOCTYPEs (a DOCTYPE with an internal subset is left for the parser to refuse).
 */
final class FeedText {

    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern HTTP_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    /** A DOCTYPE that only names an external DTD (RSS 0.91's Netscape DTD): ignoring it changes nothing. */
    private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile("<!DOCTYPE[^\\[>]*>");
    private static final Pattern ROOT_START = Pattern.compile("<[A-Za-z_]");
    private static final Pattern ROOT_NAME = Pattern.compile("<([A-Za-z_][\\w:.-]*)");
    private static final Pattern UPPER_HEX_REFERENCE = Pattern.compile("&#X(?=[0-9a-fA-F])");
    /** An element or attribute name with a prefix: {@code <dc:creator}, {@code </media:title}, {@code itunes:href=}. */
    private static final Pattern PREFIXED_NAME = Pattern.compile("(?:</?|\\s)([A-Za-z_][\\w.-]*):[A-Za-z_][\\w.-]*");
    private static final Pattern PREFIX_DECLARATION = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=");
    /** The start of a start or end tag: whether it ends one (group 1) and the element's name (group 2). */
    private static final Pattern TAG_START = Pattern.compile("<(/?)([A-Za-z_][\\w:.-]*)");
    private static final java.util.Map<String, String> KNOWN_NAMESPACES = java.util.Map.of(
            "dc", "http://purl.org/dc/elements/1.1/", "content", "http://purl.org/rss/1.0/modules/content/",
            "media", "http://search.yahoo.com/mrss/", "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd",
            "atom", "http://www.w3.org/2005/Atom", "xhtml", "http://www.w3.org/1999/xhtml",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "sy", "http://purl.org/rss/1.0/modules/syndication/");
    private static final Pattern NOT_XML_CHAR = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final Pattern ENTITY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,31};");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});");

    private FeedText() {
    }

    /** The text of the bytes, decoded with the charset the document most credibly has. */
    static String decode(byte[] bytes, String contentType) {
        String marked = TextDecoding.decodeMarked(bytes);
        if (marked != null) {
            return marked;
        }
        if (startsWith(bytes, 0x00, 0x00, 0x00, 0x3C)) {
            return decodeLeniently(bytes, 0, Charset.forName("UTF-32BE"));
        }
        if (startsWith(bytes, 0x3C, 0x00, 0x00, 0x00)) {
            return decodeLeniently(bytes, 0, Charset.forName("UTF-32LE"));
        }
        if (startsWith(bytes, 0x00, 0x3C)) {
            return decodeLeniently(bytes, 0, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0x3C, 0x00)) {
            return decodeLeniently(bytes, 0, StandardCharsets.UTF_16LE);
        }
        // Bytes that are valid UTF-8 are UTF-8 whatever the labels say: servers default text/xml to Latin-1, and text
        // in a single-byte charset with non-ASCII letters is practically never valid UTF-8 by accident.
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
            Charset charset = charset(XML_ENCODING.matcher(head));
            if (charset == null && contentType != null) {
                charset = charset(HTTP_CHARSET.matcher(contentType));
            }
            if (charset == null || charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
                    || charset.equals(StandardCharsets.ISO_8859_1)) {
                // mislabelled or undeclared: windows-1252 is what such feeds are written in (and a superset of Latin-1)
                charset = TextDecoding.WINDOWS_1252;
            }
            return decodeLeniently(bytes, 0, charset);
        }
    }

    /**
     * The document ready for a strict, namespace-aware XML parser; line numbers are kept so that parser errors point
     * at the original line.
     */
    static String repairXml(String text) {
        String xml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int declaration = xml.indexOf("<?xml");
        if (declaration > 0 && !ROOT_START.matcher(xml.substring(0, declaration)).find()) {
            // text or a comment before the declaration ("<!-- generated -->\n<?xml ...?>"): XML forbids it, browsers
            // and lenient parsers skip it
            xml = xml.substring(declaration);
        }
        xml = NOT_XML_CHAR.matcher(xml).replaceAll("");
        int rootStart = prologEnd(xml);
        Matcher doctype = EXTERNAL_DOCTYPE.matcher(xml.substring(0, rootStart));
        StringBuilder withoutDoctype = new StringBuilder(xml.length());
        while (doctype.find()) {
            doctype.appendReplacement(withoutDoctype, Matcher.quoteReplacement(
                    "\n".repeat((int) doctype.group().chars().filter(c -> c == '\n').count())));
        }
        doctype.appendTail(withoutDoctype);
        withoutDoctype.append(xml, rootStart, xml.length());
        return closeOpenElements(declareUnboundPrefixes(repairEntities(
                UPPER_HEX_REFERENCE.matcher(withoutDoctype.toString()).replaceAll("&#x"))));
    }

    /**
     * Declares the namespace prefixes a document uses without declaring them ({@code <dc:creator>} with no
     * {@code xmlns:dc}), on its root element: the well-known ones by their namespace, others by a placeholder, so
     * that a namespace-aware parser reads the document as a lenient one would.
     */
    static String declareUnboundPrefixes(String xml) {
        Set<String> declared = new java.util.HashSet<>();
        Matcher declaration = PREFIX_DECLARATION.matcher(xml);
        while (declaration.find()) {
            declared.add(declaration.group(1));
        }
        Matcher used = PREFIXED_NAME.matcher(xml);
        Set<String> missing = new LinkedHashSet<>();
        while (used.find()) {
            String prefix = used.group(1);
            if (!prefix.equalsIgnoreCase("xml") && !prefix.equals("xmlns") && !declared.contains(prefix)) {
                missing.add(prefix);
            }
        }
        int root = prologEnd(xml);
        Matcher name = ROOT_NAME.matcher(xml).region(root, xml.length());
        if (missing.isEmpty() || !name.lookingAt()) {
            return xml;
        }
        StringBuilder declarations = new StringBuilder();
        for (String prefix : missing) {
            declarations.append(" xmlns:").append(prefix).append("=\"")
                    .append(KNOWN_NAMESPACES.getOrDefault(prefix, "urn:newswire:undeclared:" + prefix)).append('"');
        }
        return xml.substring(0, name.end()) + declarations + xml.substring(name.end());
    }

    /**
     * Closes the elements a cut document leaves open (the transfer stopped, the generator crashed): a partial tag
     * at the very end is dropped, then the open elements are closed in order. A document with its root's end tag is
     * returned as it is.
     */
    static String closeOpenElements(String xml) {
        int root = prologEnd(xml);
        Matcher name = ROOT_NAME.matcher(xml).region(root, xml.length());
        if (!name.lookingAt() || xml.stripTrailing().endsWith("</" + name.group(1) + ">")) {
            return xml;
        }
        String text = xml;
        int lastOpen = text.lastIndexOf('<');
        if (lastOpen > text.lastIndexOf('>')) {
            text = text.substring(0, lastOpen);
        }
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        int i = text.indexOf('<', root);
        while (i >= 0) {
            int next = skipMarkup(text, i);
            if (next < 0) {
                Matcher tag = TAG_START.matcher(text).region(i, text.length());
                if (!tag.lookingAt()) {
                    i = text.indexOf('<', i + 1);
                    continue;
                }
                int end = tagEnd(text, tag.end());
                if (end < 0) {
                    break;
                }
                if (!tag.group(1).isEmpty()) {
                    while (!open.isEmpty() && !open.pop().equals(tag.group(2))) {
                        // an element left open inside the one now closed: closed with it
                    }
                } else if (text.charAt(end - 1) != '/') {
                    open.push(tag.group(2));
                }
                next = end + 1;
            }
            i = next < text.length() ? text.indexOf('<', next) : -1;
        }
        StringBuilder closed = new StringBuilder(text.stripTrailing());
        for (String element : open) {
            closed.append("</").append(element).append('>');
        }
        return closed.append('\n').toString();
    }

    /**
     * After the CDATA section, comment or processing instruction at {@code i} (the end of the text when it is not
     * closed); -1 when none starts there.
     */
    private static int skipMarkup(String text, int i) {
        for (String[] markup : new String[][] {{"<![CDATA[", "]]>"}, {"<!--", "-->"}, {"<?", "?>"}}) {
            if (text.startsWith(markup[0], i)) {
                int close = text.indexOf(markup[1], i + markup[0].length());
                return close < 0 ? text.length() : close + markup[1].length();
            }
        }
        return -1;
    }

    /**
     * The index of the {@code >} that ends a tag whose attributes start at {@code from}, skipping quoted values;
     * -1 when the tag is not closed. A loop, not a regular expression: an alternation repeated per character
     * overflows the stack on a long unclosed tag.
     */
    private static int tagEnd(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    /** Where the root element starts: what comes before is the prolog (declaration, comments, DOCTYPE). */
    static int prologEnd(String xml) {
        Matcher root = ROOT_START.matcher(xml);
        return root.find() ? root.start() : xml.length();
    }

    /** Named HTML entities become character references and stray ampersands become {@code &amp;}, outside CDATA and comments. */
    private static String repairEntities(String xml) {
        StringBuilder out = new StringBuilder(xml.length() + 64);
        int i = 0;
        while (i < xml.length()) {
            char c = xml.charAt(i);
            if (c == '<' && xml.startsWith("<![CDATA[", i)) {
                i = copyThrough(xml, i, "]]>", out);
            } else if (c == '<' && xml.startsWith("<!--", i)) {
                i = copyThrough(xml, i, "-->", out);
            } else if (c == '&') {
                i = repairEntity(xml, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int copyThrough(String xml, int start, String end, StringBuilder out) {
        int close = xml.indexOf(end, start);
        int stop = close < 0 ? xml.length() : close + end.length();
        out.append(xml, start, stop);
        return stop;
    }

    private static int repairEntity(String xml, int ampersand, StringBuilder out) {
        int from = ampersand + 1;
        Matcher reference = CHARACTER_REFERENCE.matcher(xml).region(from, xml.length());
        if (reference.lookingAt()) {
            out.append('&');
            return from;
        }
        Matcher name = ENTITY_NAME.matcher(xml).region(from, xml.length());
        if (name.lookingAt()) {
            String entity = name.group().substring(0, name.group().length() - 1);
            switch (entity) {
                case "amp", "lt", "gt", "quot", "apos" -> {
                    out.append('&');
                    return from;
                }
                default -> {
                    if (Entities.isNamedEntity(entity)) {
                        Entities.getByName(entity).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
                        return name.end();
                    }
                }
            }
        }
        out.append("&amp;");
        return from;
    }

    private static Charset charset(Matcher matcher) {
        if (!matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1).toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String decodeLeniently(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
