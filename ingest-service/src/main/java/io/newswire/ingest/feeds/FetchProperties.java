package io.newswire.ingest.feeds;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the service fetches from the outside ({@code newswire.ingest.fetch.*}), validated at start-up.
 *
 * @param connectTimeout longest wait for a TCP/TLS connection
 * @param readTimeout longest wait for the response headers once connected
 * @param totalTimeout longest a whole fetch may take, redirects and body included
 * @param maxResponseBytes largest body accepted as sent on the wire
 * @param maxDecompressedBytes largest body accepted after gzip/deflate decoding (a zip bomb stops here)
 * @param maxRedirects most redirects followed; each target is checked again
 * @param allowPrivateAddresses whether loopback, private, link-local, multicast and unspecified addresses may be
 *        fetched (off: a feed URL cannot reach into the service's own network)
 * @param userAgent the User-Agent header sent
 */
@ConfigurationProperties("newswire.ingest.fetch")
@Validated
record FetchProperties(
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("10s") @NotNull Duration readTimeout,
        @DefaultValue("30s") @NotNull Duration totalTimeout,
        @DefaultValue("10485760") @Positive long maxResponseBytes,
        @DefaultValue("20971520") @Positive long maxDecompressedBytes,
        @DefaultValue("5") @PositiveOrZero int maxRedirects,
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("Newswire/0.1 (+https://github.com/newswire)") @NotBlank String userAgent) {
}
