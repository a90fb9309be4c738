package io.newswire.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An image or other media item attached to an article.
 *
 * @param id the source's media id, if any
 * @param caption caption text
 * @param credit photographer or agency credit
 * @param url where the media can be fetched, if known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Media(String id, String caption, String credit, String url) {
}
