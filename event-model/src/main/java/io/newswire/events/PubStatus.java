package io.newswire.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire publication status (IPTC pubStatus); lower-case on the wire. */
public enum PubStatus {
    @JsonProperty("usable") USABLE,
    @JsonProperty("withheld") WITHHELD,
    @JsonProperty("canceled") CANCELED
}
