package io.newswire.ingest.feeds;

import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The subscription API, {@code /api/feeds}: list the feeds with their polling status, subscribe to one, look at one,
 * unsubscribe. Errors are problem details naming the field: 404 unknown feed, 409 id taken or feed from
 * configuration, 422 invalid URL, interval, id or name (400 when the body is not JSON at all).
 */
@RestController
@RequestMapping("/api/feeds")
class FeedsController {

    private final FeedSubscriptions subscriptions;

    FeedsController(FeedSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
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
