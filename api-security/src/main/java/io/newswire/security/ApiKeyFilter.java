package io.newswire.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries an accepted API key; a request with a key that is not accepted is refused
 * at once (401), whatever it asks for, so that a client with a mistyped key learns it on its first call. A request
 * without a key goes on unauthenticated: the rules decide whether it needs one.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = ApiKeys.of(request);
        if (key != null) {
            if (!keys.accepts(key)) {
                Problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                        "the API key in " + ApiKeys.HEADER + " (or Authorization: Bearer) is not one this service accepts");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("api-key", null,
                    List.of(new SimpleGrantedAuthority("ROLE_API_CLIENT"))));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
