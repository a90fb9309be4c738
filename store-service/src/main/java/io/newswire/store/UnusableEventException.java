package io.newswire.store;

/** An event that parsed but lacks what the store needs (article id, content hash, ...); retrying cannot help. */
class UnusableEventException extends RuntimeException {

    UnusableEventException(String message) {
        super(message);
    }
}
