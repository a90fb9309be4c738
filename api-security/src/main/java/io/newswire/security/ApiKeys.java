package io.newswire.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/** The configured keys, compared in constant time, and where a request carries its key. */
final class ApiKeys {

    /** The header a client sends its key in; {@code Authorization: Bearer <key>} works as well. */
    static final String HEADER = "X-API-Key";

    private final List<byte[]> digests;

    ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(ApiKeys::digest).toList();
    }

    /** Whether the key is one of the configured ones; every key is compared, so timing tells nothing. */
    boolean accepts(String key) {
        byte[] candidate = digest(key);
        boolean accepted = false;
        for (byte[] digest : digests) {
            accepted |= MessageDigest.isEqual(digest, candidate);
        }
        return accepted;
    }

    /** The key the request carries in {@code X-API-Key} or as a bearer token; null when it carries none. */
    static String of(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        if (key != null) {
            return key.strip();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.length() > 7
                && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return authorization.substring(7).strip();
        }
        return null;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
