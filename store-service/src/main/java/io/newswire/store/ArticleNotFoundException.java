package io.newswire.store;

/** No article is stored under the requested id. */
class ArticleNotFoundException extends RuntimeException {

    ArticleNotFoundException(String id) {
        super("No article with id '" + id + "'");
    }
}
