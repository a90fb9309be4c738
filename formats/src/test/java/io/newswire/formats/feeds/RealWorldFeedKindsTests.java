package io.newswire.formats.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds as they come from real servers, each kind written here from scratch: what a lenient reader (a browser, the
 * best feed parsers) makes of it, Newswire must make of it too. Each case is one feed with one item whose title,
 * link and text are checked.
 */
class RealWorldFeedKindsTests {

    private static final String LINK = "https://harbour.example/ferry-strike";
    private static final String TITLE = "Ferry crews vote to strike";

    static Stream<Arguments> feeds() {
        return Stream.of(
                Arguments.of("rss with items but no channel", """
                        <rss version="2.0"><title>Harbour Gazette</title>
                        <item><title>Ferry crews vote to strike</title><link>https://harbour.example/ferry-strike</link>
                        <description>Crews voted on Monday.</description></item></rss>
                        """),
                Arguments.of("rss 2.0 in a default namespace", """
                        <rss xmlns="http://backend.userland.com/rss2" version="2.0"><channel><title>Harbour Gazette</title>
                        <item><title>Ferry crews vote to strike</title><link>https://harbour.example/ferry-strike</link>
                        <description>Crews voted on Monday.</description></item></channel></rss>
                        """),
                Arguments.of("atom without a namespace", """
                        <feed><title>Harbour Gazette</title><entry><title>Ferry crews vote to strike</title>
                        <link rel="alternate" href="https://harbour.example/ferry-strike"/>
                        <summary>Crews voted on Monday.</summary></entry></feed>
                        """),
                Arguments.of("atom in the pre-1.0 purl namespace", """
                        <feed xmlns="http://purl.org/atom/ns#draft-ietf-atompub-format-08"><title>Harbour Gazette</title>
                        <entry><title>Ferry crews vote to strike</title>
                        <link rel="alternate" href="https://harbour.example/ferry-strike"/>
                        <summary>Crews voted on Monday.</summary></entry></feed>
                        """),
                Arguments.of("an undeclared namespace prefix", """
                        <rss version="2.0"><channel><title>Harbour Gazette</title>
                        <item><title>Ferry crews vote to strike</title><link>https://harbour.example/ferry-strike</link>
                        <dc:creator>Tom Vance</dc:creator><description>Crews voted on Monday.</description></item>
                        </channel></rss>
                        """),
                Arguments.of("a prefix declared with a line break before its equals sign", """
                        <rss xmlns:dc
                        ="http://purl.org/dc/elements/1.1/" version="2.0"><channel><title>Harbour Gazette</title>
                        <item><title>Ferry crews vote to strike</title><link>https://harbour.example/ferry-strike</link>
                        <dc:creator>Tom Vance</dc:creator><description>Crews voted on Monday.</description></item>
                        </channel></rss>
                        """),
                Arguments.of("a DOCTYPE mentioned in a comment before the root", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <!-- generated without a <!DOCTYPE html> or an <!ENTITY> -->
                        <rss version="2.0"><channel><title>Harbour Gazette</title>
                        <item><title>Ferry crews vote to strike</title><link>https://harbour.example/ferry-strike</link>
                        <description>Crews voted on Monday.</description></item></channel></rss>
                        """),
                Arguments.of("the last end tags cut off", """
                        <rss version="2.0"><channel><title>Harbour Gazette</title>
                        <item><title>Ferry crews vote to strike</title><link>https://harbour.example/ferry-strike</link>
                        <description>Crews voted on Monday.</description></item>
                        """),
                Arguments.of("an upper-case hexadecimal character reference", """
                        <rss version="2.0"><channel><title>Harbour Gazette</title>
                        <item><title>Ferry crews vote to &#X73;trike</title><link>https://harbour.example/ferry-strike</link>
                        <description>Crews voted on Monday.</description></item></channel></rss>
                        """),
                Arguments.of("a title only in dc:title", """
                        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbour Gazette</title>
                        <item><dc:title>Ferry crews vote to strike</dc:title><link>https://harbour.example/ferry-strike</link>
                        <description>Crews voted on Monday.</description></item></channel></rss>
                        """),
                Arguments.of("a title only in media:title", """
                        <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Harbour Gazette</title>
                        <item><media:title>Ferry crews vote to strike</media:title><link>https://harbour.example/ferry-strike</link>
                        <description>Crews voted on Monday.</description></item></channel></rss>
                        """),
                Arguments.of("atom content in base64", """
                        <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Gazette</title><entry>
                        <title>Ferry crews vote to strike</title><link href="https://harbour.example/ferry-strike"/>
                        <content type="text" mode="base64">Q3Jld3Mgdm90ZWQgb24gTW9uZGF5Lg==</content></entry></feed>
                        """),
                Arguments.of("the full story only in fullitem", """
                        <rss version="2.0"><channel><title>Harbour Gazette</title>
                        <item><title>Ferry crews vote to strike</title><link>https://harbour.example/ferry-strike</link>
                        <fullitem>&lt;p&gt;Crews voted on Monday.&lt;/p&gt;</fullitem></item></channel></rss>
                        """),
                Arguments.of("text only in itunes:summary", """
                        <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
                        <title>Harbour Gazette</title><item><title>Ferry crews vote to strike</title>
                        <link>https://harbour.example/ferry-strike</link>
                        <itunes:summary>Crews voted on Monday.</itunes:summary></item></channel></rss>
                        """),
                Arguments.of("text only in xhtml:body", """
                        <rss version="2.0" xmlns:xhtml="http://www.w3.org/1999/xhtml"><channel><title>Harbour Gazette</title>
                        <item><title>Ferry crews vote to strike</title><link>https://harbour.example/ferry-strike</link>
                        <xhtml:body><xhtml:p>Crews voted on Monday.</xhtml:p></xhtml:body></item></channel></rss>
                        """),
                Arguments.of("a JSON Feed whose version URL has no https", """
                        {"version": "http://jsonfeed.org/version/1", "title": "Harbour Gazette", "items": [{"id": "1",
                         "url": "https://harbour.example/ferry-strike", "title": "Ferry crews vote to strike",
                         "content_text": "Crews voted on Monday."}]}
                        """),
                Arguments.of("a JSON Feed whose version URL ends in a slash", """
                        {"version": "https://jsonfeed.org/version/1.1/", "title": "Harbour Gazette", "items": [{"id": "1",
                         "url": "https://harbour.example/ferry-strike", "title": "Ferry crews vote to strike",
                         "content_text": "Crews voted on Monday."}]}
                        """));
    }

    static Stream<Arguments> titlesWithMarkup() {
        return Stream.of(
                Arguments.of("an RSS title that mentions a tag, escaped once",
                        "<rss version=\"2.0\"><channel><item><title>Why &lt;blink&gt; never died</title></item></channel></rss>",
                        "Why <blink> never died"),
                Arguments.of("an RSS title that mentions an HTML element without closing it",
                        "<rss version=\"2.0\"><channel><item><title>Use &lt;b&gt; for bold</title></item></channel></rss>",
                        "Use <b> for bold"),
                Arguments.of("an RSS title in escaped HTML",
                        "<rss version=\"2.0\"><channel><item><title>&lt;b&gt;Live:&lt;/b&gt; ferry strike</title></item></channel></rss>",
                        "Live: ferry strike"),
                Arguments.of("an RSS title with a doubly escaped ampersand",
                        "<rss version=\"2.0\"><channel><item><title>AT&amp;amp;T buys ferries</title></item></channel></rss>",
                        "AT&T buys ferries"),
                Arguments.of("an Atom text title holding a tag written out",
                        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"text\">&lt;b&gt;Live:&lt;/b&gt; ferry strike</title></entry></feed>",
                        "<b>Live:</b> ferry strike"),
                Arguments.of("an Atom html title",
                        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"html\">&lt;b&gt;Live:&lt;/b&gt; ferry strike</title></entry></feed>",
                        "Live: ferry strike"),
                Arguments.of("a JSON Feed title that mentions a tag",
                        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": \"1\", \"title\": \"Why <blink> never died\"}]}",
                        "Why <blink> never died"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titlesWithMarkup")
    void keepsATagThatATitleMentionsAndReadsTheMarkupItIsWrittenIn(String kind, String feed, String title) {
        Feed parsed = new FeedParser().parse(feed.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(parsed.items()).as(kind).singleElement().extracting(FeedItem::title).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feeds")
    void readsTheItemOfEachKind(String kind, String feed) {
        Feed parsed = new FeedParser().parse(feed.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(parsed.items()).as(kind).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo(TITLE);
            assertThat(item.link()).isEqualTo(LINK);
            assertThat(item.content() != null ? item.content() : item.summary()).contains("Crews voted on Monday.");
        });
    }
}
