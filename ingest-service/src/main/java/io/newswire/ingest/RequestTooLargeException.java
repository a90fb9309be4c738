package io.newswire.ingest;

/** A request over the configured size or batch limit. */
class RequestTooLargeException extends RuntimeException {

    RequestTooLargeException(String message) {
        super(message);
    }
}
