package io.newswire.formats.feeds;

import java.util.List;

/**
 * A parsed feed: its format, channel title and link, and its items in document order.
 *
 * @param format RSS, Atom or JSON Feed
 * @param title the channel title, or {@code null}
 * @param link the channel's web page, absolute, or {@code null}
 * @param items the entries
 */
public record Feed(FeedFormat format, String title, String link, List<FeedItem> items) {

    public Feed {
        items = List.copyOf(items);
    }
}
