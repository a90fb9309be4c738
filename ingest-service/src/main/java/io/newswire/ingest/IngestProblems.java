package io.newswire.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.formats.InvalidArticleException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a request into an RFC 9457 problem detail that names the problem, never a stack trace:
 * 400 unreadable input, 413 too large, 415 unsupported content type, 422 invalid article, 503 Kafka unavailable.
 */
@RestControllerAdvice
class IngestProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(IngestProblems.class);

    private final MeterRegistry meters;

    IngestProblems(MeterRegistry meters) {
        this.meters = meters;
    }

    @ExceptionHandler
    ResponseEntity<Object> invalidArticle(InvalidArticleException e, WebRequest request) {
        HttpStatus status = e.reason() == InvalidArticleException.Reason.MALFORMED ? HttpStatus.BAD_REQUEST
                : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Unreadable article input" : "Invalid article");
        if (!e.location().isEmpty()) {
            problem.setProperty("location", e.location());
        }
        return problem(e, problem, new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> tooLarge(RequestTooLargeException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Request too large");
        return problem(e, problem, new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> publishFailed(PublishFailedException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The articles could not be published, none was accepted; retry later. " + e.getMessage());
        problem.setTitle("Kafka unavailable");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return problem(e, problem, headers, request);
    }

    /** The last resort: logged here with its stack trace, answered without it. */
    /** A query string Tomcat cannot decode ({@code url=%%%}): a 400 naming the parameter, nothing accepted. */
    @ExceptionHandler
    ResponseEntity<Object> undecodableParameter(InvalidParameterException e, WebRequest request) {
        Matcher name = Pattern.compile("Parameter \\[([^\\]]{1,100})\\]").matcher(String.valueOf(e.getMessage()));
        String parameter = name.find() ? name.group(1) : "query string";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                parameter + ": not valid percent-encoding (a '%' must be followed by two hexadecimal digits)");
        problem.setTitle("Unreadable article input");
        problem.setProperty("location", parameter);
        return problem(e, problem, new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected failure of {}", request.getDescription(false), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; nothing of the request was accepted.");
        return problem(e, problem, new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String accepted = ArticlesController.ACCEPTED_TYPES.stream().map(Object::toString)
                .collect(Collectors.joining(", "));
        String given = e.getContentType() == null ? "no Content-Type" : "Content-Type '" + e.getContentType() + "'";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, given + " is not supported; send one of: "
                + accepted);
        problem.setTitle("Unsupported media type");
        HttpHeaders withAccept = new HttpHeaders();
        withAccept.addAll(headers);
        withAccept.setAccept(ArticlesController.ACCEPTED_TYPES);
        return problem(e, problem, withAccept, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        meters.counter("newswire.ingest.rejections", "status", Integer.toString(status.value())).increment();
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private ResponseEntity<Object> problem(Exception e, ProblemDetail problem, HttpHeaders headers, WebRequest request) {
        return handleExceptionInternal(e, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }
}
