package io.newswire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeHttpFetcherTests {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>T</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private final List<String> ifModifiedSince = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/feed", exchange -> {
            ifNoneMatch.add(String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")));
            ifModifiedSince.add(String.valueOf(exchange.getRequestHeaders().getFirst("If-Modified-Since")));
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Tue, 24 Nov 2026 10:00:00 GMT");
            send(exchange, 200, "application/rss+xml; charset=utf-8", FEED);
        });
        server.createContext("/gzip", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, "application/rss+xml", gzip(FEED));
        });
        server.createContext("/deflate", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "deflate");
            send(exchange, 200, "application/rss+xml", deflate(FEED));
        });
        server.createContext("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, "application/rss+xml", gzip(new byte[5_000_000]));
        });
        server.createContext("/large", exchange -> send(exchange, 200, "text/xml", new byte[300_000]));
        server.createContext("/redirect/", exchange -> {
            int hops = Integer.parseInt(exchange.getRequestURI().getPath().substring("/redirect/".length()));
            exchange.getResponseHeaders().set("Location", hops == 0 ? "/feed" : "/redirect/" + (hops - 1));
            send(exchange, 302, "text/plain", new byte[0]);
        });
        server.createContext("/to-file", exchange -> {
            exchange.getResponseHeaders().set("Location", "file:///etc/passwd");
            send(exchange, 301, "text/plain", new byte[0]);
        });
        server.createContext("/missing", exchange -> send(exchange, 404, "text/plain",
                "No such feed".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/stalls-body", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write(new byte[10]);
            exchange.getResponseBody().flush();
            awaitRelease();
            exchange.close();
        });
        server.createContext("/stalls-headers", exchange -> {
            awaitRelease();
            send(exchange, 200, "text/xml", FEED);
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void fetchesTheBodyWithItsValidators() {
        FetchResult result = fetcher(true).fetch(url("/feed"), null, null);

        assertThat(result.status()).isEqualTo(FetchResult.Status.FETCHED);
        assertThat(result.body()).isEqualTo(FEED);
        assertThat(result.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(result.etag()).isEqualTo("\"v1\"");
        assertThat(result.lastModified()).isEqualTo("Tue, 24 Nov 2026 10:00:00 GMT");
        assertThat(ifNoneMatch).containsExactly("null");
    }

    @Test
    void sendsTheValidatorsAndReportsNotModifiedOn304() {
        FetchResult result = fetcher(true).fetch(url("/feed"), "\"v1\"", "Tue, 24 Nov 2026 10:00:00 GMT");

        assertThat(result.status()).isEqualTo(FetchResult.Status.NOT_MODIFIED);
        assertThat(result.body()).isEmpty();
        assertThat(result.etag()).isEqualTo("\"v1\"");
        assertThat(ifNoneMatch).containsExactly("\"v1\"");
        assertThat(ifModifiedSince).containsExactly("Tue, 24 Nov 2026 10:00:00 GMT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/gzip", "/deflate"})
    void decodesCompressedBodies(String path) {
        assertThat(fetcher(true).fetch(url(path), null, null).body()).isEqualTo(FEED);
    }

    @Test
    void stopsDecompressingBeyondTheLimit() {
        assertThatThrownBy(() -> fetcher(true).fetch(url("/bomb"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("exceeds 1000000 bytes once decompressed");
    }

    @Test
    void refusesAResponseLargerThanTheLimit() {
        assertThatThrownBy(() -> fetcher(true).fetch(url("/large"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("response exceeds 100000 bytes from " + url("/large"));
    }

    @Test
    void followsRedirectsUpToTheLimit() {
        FetchResult result = fetcher(true).fetch(url("/redirect/2"), null, null);

        assertThat(result.url()).isEqualTo(url("/feed"));
        assertThat(result.body()).isEqualTo(FEED);
    }

    @Test
    void refusesMoreRedirectsThanTheLimit() {
        assertThatThrownBy(() -> fetcher(true).fetch(url("/redirect/3"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("too many redirects (more than 3) from " + url("/redirect/3"));
    }

    @Test
    void checksEachRedirectTarget() {
        assertThatThrownBy(() -> fetcher(true).fetch(url("/to-file"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("refused: only http and https URLs are fetched, not 'file:///etc/passwd'");
    }

    @Test
    void reportsAnErrorStatusWithTheUrl() {
        assertThatThrownBy(() -> fetcher(true).fetch(url("/missing"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("HTTP 404 from " + url("/missing")); // the status, not what the server wrote
    }

    @Test
    void givesUpOnABodyThatStallsPastTheTotalTimeout() {
        assertThatThrownBy(() -> fetcher(true).fetch(url("/stalls-body"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("timed out after PT1S fetching " + url("/stalls-body"));
    }

    @Test
    void givesUpWhenNoResponseComesWithinTheReadTimeout() {
        assertThatThrownBy(() -> fetcher(true).fetch(url("/stalls-headers"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("no response within PT0.5S from " + url("/stalls-headers"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/feed", "http://localhost:%d/feed", "http://[::1]:%d/feed"})
    void refusesLoopbackByDefault(String template) {
        String url = template.formatted(server.getAddress().getPort());

        assertThatThrownBy(() -> fetcher(false).fetch(url, null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("refused: ")
                .hasMessageContaining("a loopback address (set newswire.ingest.fetch.allow-private-addresses=true");
        assertThat(ifNoneMatch).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/feed", "gopher://example.com/", "jar:file:/x!/y"})
    void refusesSchemesOtherThanHttp(String url) {
        assertThatThrownBy(() -> fetcher(true).fetch(url, null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("refused: only http and https URLs are fetched, not '" + url + "'");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"127.0.0.1, loopback", "::1, loopback", "10.1.2.3, private",
            "172.16.0.1, private", "192.168.1.1, private", "100.64.0.1, private", "fd00::1, private",
            "169.254.169.254, link-local", "fe80::1, link-local", "224.0.0.1, multicast or reserved",
            "ff02::1, multicast or reserved", "0.0.0.0, unspecified", ":: , unspecified", "8.8.8.8, NULL",
            "2001:4860:4860::8888, NULL", "93.184.216.34, NULL"})
    void classifiesNonPublicAddresses(String address, String kind) throws IOException {
        assertThat(SafeHttpFetcher.nonPublicKind(InetAddress.getByName(address))).isEqualTo(kind);
    }

    private SafeHttpFetcher fetcher(boolean allowPrivate) {
        return new SafeHttpFetcher(new FetchProperties(Duration.ofSeconds(1), Duration.ofMillis(500),
                Duration.ofSeconds(1), 100_000, 1_000_000, 3, allowPrivate, "NewswireTest/1"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void awaitRelease() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write(bytes);
        }
        return out.toByteArray();
    }
}
