package io.newswire.store;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a query parameter the endpoint does not take (400 naming it and listing those it takes): a misspelt
 * filter ({@code entitty=}) or an injection attempt ({@code entity[$ne]=}) must not silently return everything.
 * The known names are read from the handler's {@code @RequestParam}s, so they cannot drift from the API.
 */
@Configuration(proxyBeanMethods = false)
class KnownParameters implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> known = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
                known.add(name);
            }
        }
        for (String name : request.getParameterMap().keySet()) {
            if (!known.contains(name)) {
                throw new BadParameterException(name, "'" + name + "' is not a parameter of " + request.getRequestURI()
                        + (known.isEmpty() ? ", which takes none" : "; it takes " + String.join(", ", known)));
            }
        }
        return true;
    }
}
