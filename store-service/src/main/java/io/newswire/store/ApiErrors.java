package io.newswire.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the query API into an RFC 9457 problem detail: bad parameters are named in the detail and in
 * a {@code parameter} property; anything unexpected is logged here and answered without internals.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    /** Where Tomcat's decoding failure names the parameter: "Parameter [q] with value [%%%] has been ignored". */
    private static final Pattern PARAMETER_NAME = Pattern.compile("Parameter \\[([^\\]]{1,100})\\]");

    @ExceptionHandler
    ProblemDetail articleNotFound(ArticleNotFoundException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
    }

    @ExceptionHandler
    ProblemDetail badParameter(BadParameterException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setTitle("Bad request parameter");
        problem.setProperty("parameter", exception.parameter());
        return problem;
    }

    /** A query string Tomcat cannot decode ({@code q=%%%}): the client's mistake, named, not a server error. */
    @ExceptionHandler
    ProblemDetail undecodableParameter(InvalidParameterException exception) {
        Matcher name = PARAMETER_NAME.matcher(String.valueOf(exception.getMessage()));
        String parameter = name.find() ? name.group(1) : "query string";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + parameter + "' is not valid percent-encoding (a '%' must be followed by two hexadecimal digits)");
        problem.setTitle("Bad request parameter");
        problem.setProperty("parameter", parameter);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception exception) {
        log.error("Query failed", exception);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The query could not be answered; the error is logged.");
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String parameter = exception instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() : exception.getPropertyName();
        Class<?> type = exception.getRequiredType();
        String expected = type == int.class || type == Integer.class ? "a whole number" : "a valid value";
        return badParameter(parameter, "'" + parameter + "' must be " + expected, exception, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ParameterValidationResult first = exception.getParameterValidationResults().get(0);
        String parameter = first.getMethodParameter().getParameterName();
        String detail = exception.getParameterValidationResults().stream()
                .map(result -> "'" + result.getMethodParameter().getParameterName() + "' "
                        + result.getResolvableErrors().stream().map(MessageSourceResolvable::getDefaultMessage)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return badParameter(parameter, detail, exception, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String parameter = exception.getParameterName();
        return badParameter(parameter, "'" + parameter + "' is required", exception, headers, request);
    }

    private ResponseEntity<Object> badParameter(String parameter, String detail, Exception exception,
            HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad request parameter");
        problem.setProperty("parameter", parameter);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
