package io.newswire.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where an article came from.
 *
 * @param id stable source id (e.g. a feed's configured id or a host name)
 * @param name human-readable source name
 * @param kind the adapter that read the article
 * @param feedUrl the feed the article was polled from, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String id, String name, SourceKind kind, String feedUrl) {
}
