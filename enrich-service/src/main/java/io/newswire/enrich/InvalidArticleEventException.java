package io.newswire.enrich;

/** An {@code ArticleIngested} event that cannot be enriched as it stands; dead-lettered without retries. */
class InvalidArticleEventException extends RuntimeException {

    InvalidArticleEventException(String message) {
        super(message);
    }
}
