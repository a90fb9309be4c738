package io.newswire.ingest.feeds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Fetches http(s) URLs from untrusted sources (feed subscriptions) with every limit on: connect, header and total
 * timeouts, a cap on the bytes received and on the bytes after gzip/deflate decoding, a bounded number of redirects
 * each checked again, and no loopback, private, link-local, multicast or unspecified addresses unless allowed.
 * Supports conditional GET. Thread-safe.
 *
 * <p>The address check resolves the host before each request; the JDK client resolves it again to connect, so a
 * DNS answer that changes in between (DNS rebinding) is not caught here; a network policy is the complete defence.
 */
public final class SafeHttpFetcher {


    private final HttpClient client;
    private final FetchProperties properties;

    SafeHttpFetcher(FetchProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The current representation of the URL, or {@link FetchResult.Status#NOT_MODIFIED} when the validators match.
     *
     * @param url absolute http or https URL
     * @param etag the ETag of the last fetch, sent as If-None-Match, or {@code null}
     * @param lastModified the Last-Modified of the last fetch, sent as If-Modified-Since, or {@code null}
     * @throws FetchException when the URL is refused or the fetch fails; the message names the URL and the reason
     */
    public FetchResult fetch(String url, String etag, String lastModified) {
        long deadline = System.nanoTime() + properties.totalTimeout().toNanos();
        URI target = checkedUri(url);
        for (int redirects = 0; ; redirects++) {
            checkAddress(target);
            HttpResponse<byte[]> response = send(request(target, etag, lastModified), deadline, target);
            int status = response.statusCode();
            if (isRedirect(status)) {
                if (redirects >= properties.maxRedirects()) {
                    throw new FetchException("too many redirects (more than " + properties.maxRedirects() + ") from "
                            + url);
                }
                URI from = target;
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchException("HTTP " + status + " without Location from " + from));
                target = checkedUri(resolve(from, location));
                continue;
            }
            HttpHeaders headers = response.headers();
            String contentType = headers.firstValue("Content-Type").orElse(null);
            String newEtag = headers.firstValue("ETag").orElse(null);
            String newLastModified = headers.firstValue("Last-Modified").orElse(null);
            if (status == 304) {
                return new FetchResult(FetchResult.Status.NOT_MODIFIED, target.toString(), new byte[0], contentType,
                        newEtag != null ? newEtag : etag, newLastModified != null ? newLastModified : lastModified);
            }
            if (status < 200 || status > 299) {
                // the status only: what a server answers is not repeated to whoever asked for the feed
                throw new FetchException("HTTP " + status + " from " + target);
            }
            byte[] body = decode(response.body(), headers.firstValue("Content-Encoding").orElse(""), target);
            return new FetchResult(FetchResult.Status.FETCHED, target.toString(), body, contentType, newEtag,
                    newLastModified);
        }
    }

    private HttpRequest request(URI target, String etag, String lastModified) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(properties.readTimeout())
                .header("User-Agent", properties.userAgent())
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
                        + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5")
                .GET();
        if (etag != null && !etag.isBlank()) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank()) {
            request.header("If-Modified-Since", lastModified);
        }
        return request.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request, long deadline, URI target) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchException("timed out after " + properties.totalTimeout() + " fetching " + target);
        }
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request,
                info -> new LimitedBodySubscriber(properties.maxResponseBytes()));
        try {
            return response.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new FetchException("timed out after " + properties.totalTimeout() + " fetching " + target, e);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while fetching " + target, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FetchException fetch) {
                throw new FetchException(fetch.getMessage() + " from " + target, fetch);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new FetchException("no response within " + properties.readTimeout() + " from " + target, cause);
            }
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new FetchException("could not fetch " + target + ": " + reason, cause);
        }
    }

    private byte[] decode(byte[] body, String contentEncoding, URI target) {
        String encoding = contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (encoding) {
                case "", "identity" -> body;
                case "gzip", "x-gzip" -> readLimited(new GZIPInputStream(new ByteArrayInputStream(body)), target);
                case "deflate" -> inflate(body, target);
                default -> throw new FetchException("unsupported Content-Encoding '" + contentEncoding + "' from "
                        + target);
            };
        } catch (IOException e) {
            throw new FetchException("corrupt " + encoding + " body from " + target + ": " + e.getMessage(), e);
        }
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send a raw deflate stream. */
    private byte[] inflate(byte[] body, URI target) throws IOException {
        try {
            return readLimited(new InflaterInputStream(new ByteArrayInputStream(body)), target);
        } catch (ZipException e) {
            return readLimited(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), target);
        }
    }

    private byte[] readLimited(InputStream in, URI target) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int read; (read = in.read(buffer)) != -1; ) {
                total += read;
                if (total > properties.maxDecompressedBytes()) {
                    throw new FetchException("body from " + target + " exceeds " + properties.maxDecompressedBytes()
                            + " bytes once decompressed");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    private URI checkedUri(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new FetchException("not a URL: '" + url + "' (" + e.getReason() + ")", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("refused: only http and https URLs are fetched, not '" + url + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchException("not a URL with a host: '" + url + "'");
        }
        return uri;
    }

    /**
     * Refuses, before anything is fetched, a URL whose host is on a loopback, private, link-local, multicast or
     * unspecified address (unless those are allowed). A host that does not resolve now is let through: it is
     * reported at each fetch, as a feed's host may be down for a while.
     *
     * @throws FetchException naming the host, its address and the kind of address
     */
    public void checkPublicAddress(String url) {
        try {
            checkAddress(checkedUri(url));
        } catch (FetchException e) {
            if (!(e.getCause() instanceof UnknownHostException)) {
                throw e;
            }
        }
    }

    private void checkAddress(URI uri) {
        if (properties.allowPrivateAddresses()) {
            return;
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + host + " in " + uri, e);
        }
        for (InetAddress address : addresses) {
            String kind = nonPublicKind(address);
            if (kind != null) {
                throw new FetchException("refused: " + host + " resolves to " + address.getHostAddress() + ", a " + kind
                        + " address (set newswire.ingest.fetch.allow-private-addresses=true to allow)");
            }
        }
    }

    /** What kind of non-public address this is, or {@code null} for a public one. */
    static String nonPublicKind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress() || (address instanceof Inet4Address && (b[0] & 0xFF) == 0)) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isMulticastAddress() || (address instanceof Inet4Address && (b[0] & 0xFF) >= 224)) {
            return "multicast or reserved";
        }
        if (address.isSiteLocalAddress()
                || (address instanceof Inet4Address && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64)
                || (address instanceof Inet6Address && (b[0] & 0xFE) == 0xFC)) {
            return "private";
        }
        return null;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location.strip().replace(" ", "%20"))).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("redirect from " + base + " to an invalid Location '" + location + "'", e);
        }
    }

    /** Collects the body up to a limit and cancels the transfer as soon as the limit is passed. */
    private static final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

        private final long limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBodySubscriber(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new FetchException("response exceeds " + limit + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
