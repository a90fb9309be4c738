package io.newswire.formats.feeds;

/** A feed that cannot be fetched or read; the message says what is wrong in words an operator can act on. */
public class FeedException extends RuntimeException {

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
