package io.newswire.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of a list ranked by relevance ends: the score and id of its last item. The list is ordered by score
 * descending, then id ascending, so the next page is what sorts after this key.
 *
 * @param score the last item's relevance score
 * @param id the last item's id
 */
record RelevanceCursor(double score, String id) {

    private static final String PREFIX = "relevance\n";
    private static final String SEPARATOR = "\n";

    /** The opaque form handed to clients: base64url, without padding, of a marker, the score and the id. */
    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + score + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an item with this score and id comes after the cursor. */
    boolean precedes(double itemScore, String itemId) {
        return itemScore < score || (itemScore == score && itemId.compareTo(id) > 0);
    }

    /** The cursor a client sent back. */
    static RelevanceCursor parse(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                String rest = decoded.substring(PREFIX.length());
                int separator = rest.indexOf(SEPARATOR);
                if (separator > 0 && separator < rest.length() - 1) {
                    return new RelevanceCursor(Double.parseDouble(rest.substring(0, separator)),
                            rest.substring(separator + 1));
                }
            }
        }
        catch (IllegalArgumentException e) {
            // Falls through to the rejection below: any malformed cursor gets the same answer.
        }
        throw new BadParameterException("cursor", "'cursor' is not a cursor of a list sorted by relevance");
    }
}
