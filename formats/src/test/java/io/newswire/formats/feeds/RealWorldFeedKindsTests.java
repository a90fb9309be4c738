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
