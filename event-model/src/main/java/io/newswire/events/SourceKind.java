package io.newswire.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of adapter that read an article; lower-case on the wire. */
public enum SourceKind {
    @JsonProperty("rss") RSS,
    @JsonProperty("atom") ATOM,
    @JsonProperty("jsonfeed") JSONFEED,
    @JsonProperty("ninjs") NINJS,
    @JsonProperty("http") HTTP,
    @JsonProperty("file") FILE
}
