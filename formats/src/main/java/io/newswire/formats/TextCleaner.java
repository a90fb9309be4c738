package io.newswire.formats;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns submitted text, plain or HTML, into clean NFC plain text: one line for short fields, paragraphs
 * separated by one blank line for the body.
 */
final class TextCleaner {

    /** Something that looks like a tag or an entity; plain text without one is never run through the HTML parser. */
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

    private static final Pattern BLOCK_TAG = Pattern.compile(
            "<(p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|figure|figcaption|table|tr|pre|hr|aside)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "section", "article", "header", "footer", "main", "nav", "figure", "figcaption", "table",
            "thead", "tbody", "tr", "pre", "hr", "aside", "dl", "dt", "dd", "address", "details", "summary");

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "head", "object", "embed", "form", "button", "select", "textarea");

    /** Characters that carry nothing in news text: zero-width marks, soft hyphens, byte-order marks. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t\\r\\f]]");

    /** Any whitespace, including no-break and other Unicode spaces. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    /** A line break followed by lines holding only whitespace and another line break. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[\\t \\p{Z}\\f]*\\n");

    private TextCleaner() {
    }

    /** Clean single-line text (title, caption, names); {@code null} when nothing is left. */
    static String inline(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = SPACE.matcher(normalize(text)).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Clean text paragraphs: whitespace collapsed inside each, empty ones dropped, joined by one blank line. */
    static String paragraphs(String text) {
        if (text == null) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(normalize(text).replace("\r\n", "\n").replace('\r', '\n'))) {
            String cleaned = SPACE.matcher(paragraph).replaceAll(" ").strip();
            if (!cleaned.isEmpty()) {
                paragraphs.add(cleaned);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** NFC text without markup, invisible characters or control characters; line structure kept. */
    private static String normalize(String text) {
        String plain = MARKUP.matcher(text).find() ? htmlToText(text) : text;
        plain = INVISIBLE.matcher(plain).replaceAll("");
        plain = CONTROL.matcher(plain).replaceAll(" ");
        return Normalizer.normalize(plain, Normalizer.Form.NFC);
    }

    /**
     * Text of an HTML fragment. With block elements in it, source line breaks mean nothing (as in a browser) and
     * block boundaries become paragraph breaks; with only inline markup or entities, the line structure of the
     * text around them is kept.
     */
    private static String htmlToText(String html) {
        boolean blockLayout = BLOCK_TAG.matcher(html).find();
        StringBuilder out = new StringBuilder(html.length());
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {

            private int skipDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (skipDepth > 0 || DROPPED.contains(tag)) {
                        skipDepth++;
                    } else if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        out.append("\n\n");
                    }
                } else if (node instanceof TextNode textNode && skipDepth == 0) {
                    String text = textNode.getWholeText();
                    out.append(blockLayout ? SPACE.matcher(text).replaceAll(" ") : text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (skipDepth > 0) {
                        skipDepth--;
                    } else if (BLOCKS.contains(element.normalName())) {
                        out.append("\n\n");
                    }
                }
            }
        });
        return out.toString();
    }
}
