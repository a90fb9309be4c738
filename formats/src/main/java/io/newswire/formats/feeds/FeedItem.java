package io.newswire.formats.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed as published, links resolved and dates in UTC; text fields may still hold HTML.
 *
 * @param guid RSS guid, Atom id or JSON Feed id, or {@code null}
 * @param link the article's absolute http(s) URL, or {@code null}
 * @param title headline as plain text
 * @param summary description or summary, possibly HTML
 * @param content the full text ({@code content:encoded}, Atom content, JSON Feed content_html/content_text), possibly HTML
 * @param authors author names
 * @param published first publication time, or {@code null} when missing or unreadable
 * @param updated last update time, or {@code null}
 * @param categories categories, tags or subjects
 * @param media images, video and enclosures
 */
public record FeedItem(String guid, String link, String title, String summary, String content, List<String> authors,
        Instant published, Instant updated, List<String> categories, List<FeedMedia> media) {

    public FeedItem {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        media = List.copyOf(media);
    }
}
