package io.newswire.ingest.feeds;

/**
 * What a fetch brought back: the body with its validators, or the news that it did not change.
 *
 * @param status fetched or not modified
 * @param url the URL finally answered, after redirects
 * @param body the decoded body; empty when not modified
 * @param contentType the Content-Type header, or {@code null}
 * @param etag the ETag to send as If-None-Match next time, or {@code null}
 * @param lastModified the Last-Modified to send as If-Modified-Since next time, or {@code null}
 */
public record FetchResult(Status status, String url, byte[] body, String contentType, String etag, String lastModified) {

    /** Whether the resource was transferred. */
    public enum Status {
        /** 200: the body is the current representation. */
        FETCHED,
        /** 304: the representation matching the validators sent is still current. */
        NOT_MODIFIED
    }
}
