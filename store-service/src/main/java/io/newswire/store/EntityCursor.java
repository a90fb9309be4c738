package io.newswire.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of an entity search ends: the article count and key of its last item. Entities are ordered by
 * article count descending, then key ascending, so the next page is what sorts after this pair.
 *
 * @param articles the last item's article count
 * @param key the last item's key
 */
record EntityCursor(int articles, String key) {

    private static final String SEPARATOR = "\n";

    /** The opaque form handed to clients: base64url, without padding, of the count, a newline and the key. */
    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((articles + SEPARATOR + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back. */
    static EntityCursor parse(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = decoded.indexOf(SEPARATOR);
            if (separator > 0 && separator < decoded.length() - 1) {
                int articles = Integer.parseInt(decoded.substring(0, separator));
                if (articles >= 0) {
                    return new EntityCursor(articles, decoded.substring(separator + 1));
                }
            }
        }
        catch (IllegalArgumentException e) {
            // Falls through to the rejection below: any malformed cursor gets the same answer.
        }
        throw new BadParameterException("cursor", "'cursor' is not a cursor this API returned");
    }
}
