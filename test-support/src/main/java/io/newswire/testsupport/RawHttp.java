package io.newswire.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 requests sent byte for byte as written to a service on 127.0.0.1: for query strings an HTTP client
 * library would refuse or re-encode ({@code q=%%%}, {@code entity[$ne]=x}).
 */
public final class RawHttp {

    /** The status, the header block in lower case, and the body of an answer. */
    public record Answer(int status, String headers, String body) {
    }

    private RawHttp() {
    }

    /** Sends {@code METHOD TARGET} with the body (may be empty) of the given content type (may be null). */
    public static Answer send(int port, String method, String target, String contentType, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + (content.length == 0 && method.equals("GET") ? "" : "Content-Length: " + content.length + "\r\n")
                + "\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = answer.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(answer.substring(9, 12)),
                    answer.substring(0, headersEnd).toLowerCase(Locale.ROOT), answer.substring(headersEnd + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
