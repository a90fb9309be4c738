package io.newswire.formats.feeds;

/**
 * An image, video or other enclosure of a feed item.
 *
 * @param url absolute URL of the media
 * @param type MIME type or medium, or {@code null}
 * @param caption caption or description, or {@code null}
 * @param credit credit line, or {@code null}
 */
public record FeedMedia(String url, String type, String caption, String credit) {
}
