package io.newswire.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The HTTP security of a Newswire service (an auto-configuration: a service has it by depending on this module): with no key configured everything is
 * open (and the service says so at start-up); with keys, a request that changes data (any method but GET, HEAD and
 * OPTIONS) needs one, and with {@code protect-queries} so do the queries and the metrics. Health and the API
 * description stay open, so that probes and people can find out what the service is. Stateless: no session, no
 * cookie, no login page; cross-site request forgery cannot ride on a key a browser never sends by itself.
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(ApiKeyProperties.class)
public class ApiKeySecurity {

    private static final Logger log = LoggerFactory.getLogger(ApiKeySecurity.class);

    private static final String[] ALWAYS_OPEN = {"/actuator/health", "/actuator/health/**", "/v3/api-docs",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    @Bean
    SecurityFilterChain apiKeyFilterChain(HttpSecurity http, ApiKeyProperties properties, Environment environment)
            throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> Problems.write(request, response, 401,
                                "Unauthorized", (isQuery(request.getMethod()) ? "this query" : "this request changes data and")
                                        + " needs an API key: send it in " + ApiKeys.HEADER + " or as Authorization: Bearer"))
                        .accessDeniedHandler((request, response, e) -> Problems.write(request, response, 403,
                                "Forbidden", "this API key may not do that")));
        if (!properties.enabled()) {
            log.warn("No API key configured (newswire.security.api-keys): anyone who can reach this service's port may "
                    + "change data; it listens on {}", environment.getProperty("server.address", "every interface"));
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
            return http.build();
        }
        http.addFilterBefore(new ApiKeyFilter(new ApiKeys(properties.apiKeys())), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(ALWAYS_OPEN).permitAll()
                            .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
                    if (properties.protectQueries()) {
                        requests.anyRequest().authenticated();
                    } else {
                        requests.requestMatchers(HttpMethod.GET, "/**").permitAll()
                                .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                                .anyRequest().authenticated();
                    }
                });
        log.info("API keys configured ({}): writes need one{}", properties.apiKeys().size(),
                properties.protectQueries() ? ", and so do queries" : "; queries are open");
        return http.build();
    }

    /**
     * Keys are checked by {@link ApiKeyFilter}; there are no users or passwords to authenticate. Declaring this also
     * keeps Spring Boot from creating a default user and logging a generated password.
     */
    @Bean
    AuthenticationManager noPasswordLogins() {
        return authentication -> {
            throw new BadCredentialsException("Newswire takes API keys, not user names and passwords");
        };
    }

    private static boolean isQuery(String method) {
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
    }
}
