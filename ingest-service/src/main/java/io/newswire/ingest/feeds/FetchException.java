package io.newswire.ingest.feeds;

import io.newswire.formats.feeds.FeedException;

/** A URL that could not be fetched safely: refused, unreachable, too slow, too large or answered with an error. */
public class FetchException extends FeedException {

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
