package io.newswire.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API keys a service accepts ({@code newswire.security.api-keys}, environment
 * {@code NEWSWIRE_SECURITY_APIKEYS}, comma-separated). With none, the API is open to whoever reaches its port (the
 * services listen on 127.0.0.1 unless told otherwise); with any, every request that changes data needs one of them,
 * and with {@code newswire.security.protect-queries} the queries too.
 *
 * @param apiKeys the accepted keys, each at least {@value #MIN_KEY_LENGTH} characters without spaces
 * @param protectQueries whether reading (GET, and the metrics) needs a key as well
 */
@ConfigurationProperties("newswire.security")
public record ApiKeyProperties(@DefaultValue List<String> apiKeys, boolean protectQueries) {

    /** Shorter keys can be guessed: an API key is a random string, not a password a person remembers. */
    public static final int MIN_KEY_LENGTH = 16;

    public ApiKeyProperties {
        apiKeys = apiKeys.stream().map(String::strip).filter(key -> !key.isEmpty()).toList();
        for (String key : apiKeys) {
            if (key.length() < MIN_KEY_LENGTH || key.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("newswire.security.api-keys: every key needs at least "
                        + MIN_KEY_LENGTH + " characters and no spaces (one has " + key.length()
                        + "); make one with: openssl rand -hex 24");
            }
        }
        if (protectQueries && apiKeys.isEmpty()) {
            throw new IllegalArgumentException(
                    "newswire.security.protect-queries is true but newswire.security.api-keys is empty: set a key");
        }
    }

    /** Whether any key is configured. */
    public boolean enabled() {
        return !apiKeys.isEmpty();
    }
}
