package io.newswire.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of a list ends: the {@code sortAt} and id of its last item. Lists are ordered by {@code sortAt}
 * descending, then id ascending, so the next page is what sorts after this key; items inserted meanwhile with a
 * newer {@code sortAt} sort before it and neither shift nor repeat the later pages.
 *
 * @param sortAt the last item's sort time
 * @param id the last item's id
 */
record PageCursor(Instant sortAt, String id) {

    private static final String SEPARATOR = "\n";

    /** The opaque form handed to clients: base64url, without padding, of the time, a newline and the id. */
    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sortAt + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back. */
    static PageCursor parse(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = decoded.indexOf(SEPARATOR);
            if (separator > 0 && separator < decoded.length() - 1) {
                return new PageCursor(Instant.parse(decoded.substring(0, separator)),
                        decoded.substring(separator + 1));
            }
        }
        catch (IllegalArgumentException | DateTimeParseException e) {
            // Falls through to the rejection below: any malformed cursor gets the same answer.
        }
        throw new BadParameterException("cursor", "'cursor' is not a cursor this API returned");
    }
}
