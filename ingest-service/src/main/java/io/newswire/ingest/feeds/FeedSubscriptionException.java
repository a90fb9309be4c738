package io.newswire.ingest.feeds;

import org.springframework.http.HttpStatus;

/** A subscription request that cannot be honoured; the status and message say why. */
final class FeedSubscriptionException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    FeedSubscriptionException(HttpStatus status, String field, String message) {
        super(field == null ? message : field + ": " + message);
        this.status = status;
        this.field = field;
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }
}
