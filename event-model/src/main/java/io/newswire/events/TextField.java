package io.newswire.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The article fields that offsets point into; lower-case on the wire. */
public enum TextField {
    @JsonProperty("title") TITLE,
    @JsonProperty("standfirst") STANDFIRST,
    @JsonProperty("body") BODY
}
