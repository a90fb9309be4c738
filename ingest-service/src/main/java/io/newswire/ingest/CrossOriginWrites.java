package io.newswire.ingest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a write (POST, PUT, PATCH, DELETE) that a browser sends from another site: a web page the user opens
 * could otherwise post articles or delete feeds through a {@code text/plain} form (cross-site request forgery).
 * Browsers name the sending page's origin in {@code Origin}; clients that are not browsers (curl, the CLI, other
 * services) send none and are not affected.
 */
@Component
class CrossOriginWrites extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && WRITES.contains(request.getMethod()) && !sameOrigin(origin, request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"cross-origin write refused: a page from another origin may not change data here\","
                    + "\"instance\":\"" + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the origin is this service as the request addressed it (scheme, host and port). */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin.strip());
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getHost() != null && uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().toLowerCase(Locale.ROOT).equals(request.getServerName().toLowerCase(Locale.ROOT))
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            // "null" (a sandboxed page or file://) or garbage: not this service
            return false;
        }
    }
}
