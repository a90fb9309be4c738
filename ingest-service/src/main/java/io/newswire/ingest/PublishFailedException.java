package io.newswire.ingest;

/** Kafka did not acknowledge every article of a request; nothing of the request counts as accepted. */
class PublishFailedException extends RuntimeException {

    PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
