package io.newswire.ingest.feeds;

import io.newswire.events.Article;
import io.newswire.formats.feeds.FeedException;
import io.newswire.ingest.DryRunEvents;
import io.newswire.ingest.PublishedArticle;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subscription API, {@code /api/feeds}: list the feeds with their polling status, subscribe to one, look at one,
 * unsubscribe. Errors are problem details naming the field: 404 unknown feed, 409 id taken or feed from
 * configuration, 422 invalid URL, interval, id or name (400 when the body is not JSON at all).
 *
 * <p>{@code POST /api/feeds/import} reads a feed once without subscribing and publishes its items: 202 with
 * {@code {"articles":[{"id","contentHash","status"}]}} as {@code POST /api/articles} answers; with
 * {@code dryRun=true}, 200 with the {@code ArticleIngested} events that would be published, as NDJSON. A URL that is
 * not absolute http(s) or an invalid source id is 422 naming the field; a feed that cannot be fetched (address
 * refused, unreachable, HTTP error, too large, too slow) is 502; a response that is not a readable feed is 422; both
 * with the fetcher's or parser's message as detail.
 */
@RestController
@RequestMapping("/api/feeds")
class FeedsController {

    private final FeedSubscriptions subscriptions;
    private final FeedImport feedImport;

    FeedsController(FeedSubscriptions subscriptions, FeedImport feedImport) {
        this.subscriptions = subscriptions;
        this.feedImport = feedImport;
    }

    @GetMapping
    List<FeedStatus> list() {
        return subscriptions.statuses();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedStatus> subscribe(@RequestBody FeedRequest request) {
        FeedStatus status = subscriptions.subscribe(request.id(), request.url(), request.interval(), request.name());
        return ResponseEntity.created(URI.create("/api/feeds/" + status.id())).body(status);
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importFeed(@RequestBody ImportRequest request,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        List<Article> articles = feedImport.articles(request.url(), request.source());
        if (dryRun) {
            return DryRunEvents.response(feedImport.preview(articles));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ImportResponse(feedImport.publish(articles)));
    }

    @GetMapping("/{id}")
    FeedStatus get(@PathVariable String id) {
        return subscriptions.status(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> unsubscribe(@PathVariable String id) {
        subscriptions.unsubscribe(id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(FeedSubscriptionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(switch (e.status()) {
            case NOT_FOUND -> "No such feed";
            case CONFLICT -> "Feed subscription conflict";
            default -> "Invalid feed subscription";
        });
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A feed that could not be imported: 502 when it could not be fetched, 422 when it is not a readable feed. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(FeedException e) {
        HttpStatus status = e instanceof FetchException ? HttpStatus.BAD_GATEWAY : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(status == HttpStatus.BAD_GATEWAY ? "Feed could not be fetched" : "Not a readable feed");
        problem.setProperty("field", "url");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * A one-shot import request.
     *
     * @param url the feed URL
     * @param source the source id of the articles; when absent each article's host
     */
    record ImportRequest(String url, String source) {
    }

    /** The answer to an import: each article's id, version and whether it was published now. */
    record ImportResponse(List<PublishedArticle> articles) {
    }

    /**
     * A subscription request.
     *
     * @param id wanted id; derived from the URL when absent
     * @param url the feed URL
     * @param interval time between polls ({@code 5m}, {@code 90s}, {@code PT5M}); 5 minutes when absent
     * @param name display name
     */
    record FeedRequest(String id, String url, String interval, String name) {
    }
}
