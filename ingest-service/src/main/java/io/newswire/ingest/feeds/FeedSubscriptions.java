package io.newswire.ingest.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The set of subscriptions: the configured ones plus those added through the API, which are validated, persisted
 * in the state directory and handed to the {@link FeedPoller}.
 */
@Component
class FeedSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(FeedSubscriptions.class);
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    private static final int MAX_NAME_LENGTH = 200;

    private final FeedPoller poller;
    private final SafeHttpFetcher fetcher;
    private final FeedSubscriptionStore store;
    private final Duration minInterval;
    private final List<FeedSubscription> subscriptions = new ArrayList<>();

    FeedSubscriptions(FeedProperties properties, FeedPoller poller, SafeHttpFetcher fetcher) {
        this.poller = poller;
        this.fetcher = fetcher;
        this.store = new FeedSubscriptionStore(properties.stateDir());
        this.minInterval = properties.poll().minInterval();
        for (FeedProperties.ConfiguredFeed feed : properties.feeds()) {
            try {
                add(validated(feed.id(), feed.url(), feed.interval(), feed.name(), FeedSubscription.Origin.CONFIGURATION));
            } catch (FeedSubscriptionException e) {
                throw new IllegalStateException("newswire.ingest.feeds: feed '" + feed.id() + "': " + e.getMessage(), e);
            }
        }
        for (FeedSubscription stored : store.load()) {
            if (find(stored.id()) != null) {
                log.warn("Feed {} from {} is also configured; the configured one is polled", stored.id(), store.file());
            } else {
                add(stored);
            }
        }
    }

    /**
     * Validates, stores and starts polling a new subscription.
     *
     * @throws FeedSubscriptionException 422 for an invalid URL, interval, id or name, 409 for an id already taken
     */
    synchronized FeedStatus subscribe(String id, String url, String interval, String name) {
        Duration parsedInterval = interval == null || interval.isBlank() ? DEFAULT_INTERVAL : duration(interval);
        String chosenId = id == null || id.isBlank() ? uniqueIdFor(url) : id.strip();
        FeedSubscription subscription = validated(chosenId, url, parsedInterval, name, FeedSubscription.Origin.API);
        try {
            // refused when it is added, not at every poll: a feed on an internal address would read internal services
            fetcher.checkPublicAddress(subscription.url());
        } catch (FetchException e) {
            throw new FeedSubscriptionException(HttpStatus.UNPROCESSABLE_CONTENT, "url", e.getMessage());
        }
        if (find(subscription.id()) != null) {
            throw new FeedSubscriptionException(HttpStatus.CONFLICT, "id",
                    "a feed with id '" + subscription.id() + "' already exists");
        }
        List<FeedSubscription> stored = new ArrayList<>(fromApi());
        stored.add(subscription);
        store.save(stored);
        add(subscription);
        return status(subscription.id());
    }

    /**
     * Stops polling and forgets a subscription added through the API.
     *
     * @throws FeedSubscriptionException 404 when there is no such feed, 409 when it comes from configuration
     */
    synchronized void unsubscribe(String id) {
        FeedSubscription subscription = find(id);
        if (subscription == null) {
            throw notFound(id);
        }
        if (subscription.origin() == FeedSubscription.Origin.CONFIGURATION) {
            throw new FeedSubscriptionException(HttpStatus.CONFLICT, null, "feed '" + id
                    + "' is configured in newswire.ingest.feeds; remove it from the configuration instead");
        }
        List<FeedSubscription> stored = new ArrayList<>(fromApi());
        stored.remove(subscription);
        store.save(stored);
        subscriptions.remove(subscription);
        poller.remove(id);
    }

    List<FeedStatus> statuses() {
        return poller.statuses();
    }

    /** @throws FeedSubscriptionException 404 when there is no such feed */
    FeedStatus status(String id) {
        return poller.status(id).orElseThrow(() -> notFound(id));
    }

    private void add(FeedSubscription subscription) {
        subscriptions.add(subscription);
        poller.add(subscription);
    }

    private FeedSubscription validated(String id, String url, Duration interval, String name,
            FeedSubscription.Origin origin) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new FeedSubscriptionException(HttpStatus.UNPROCESSABLE_CONTENT, "id", "must be 1 to 64 letters, "
                    + "digits, '.', '_' or '-', starting with a letter or digit, was '" + id + "'");
        }
        String checkedUrl = httpUrl(url);
        if (interval.compareTo(minInterval) < 0) {
            throw new FeedSubscriptionException(HttpStatus.UNPROCESSABLE_CONTENT, "interval",
                    "must be at least " + minInterval + " (newswire.ingest.poll.min-interval), was " + interval);
        }
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        if (cleanName != null && cleanName.length() > MAX_NAME_LENGTH) {
            throw new FeedSubscriptionException(HttpStatus.UNPROCESSABLE_CONTENT, "name",
                    "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return new FeedSubscription(id, checkedUrl, interval, cleanName, origin);
    }

    /** The URL when it is an absolute http(s) URL; else a 422 naming the field {@code url}. */
    static String httpUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new FeedSubscriptionException(HttpStatus.UNPROCESSABLE_CONTENT, "url", "is required");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // reported below with the URL as given
        }
        throw new FeedSubscriptionException(HttpStatus.UNPROCESSABLE_CONTENT, "url",
                "not an absolute http(s) URL: '" + url + "'");
    }

    private static Duration duration(String interval) {
        try {
            return DurationStyle.detectAndParse(interval.strip());
        } catch (IllegalArgumentException e) {
            throw new FeedSubscriptionException(HttpStatus.UNPROCESSABLE_CONTENT, "interval",
                    "not a duration such as '5m', '90s' or 'PT5M': '" + interval + "'");
        }
    }

    /** An id made from the URL's host and path ({@code ledger.example.com-world-feed.xml}), numbered if taken. */
    private String uniqueIdFor(String url) {
        String base = httpUrl(url).replaceFirst("^(?i)https?://", "").replaceFirst("^www\\.", "")
                .replaceAll("[^A-Za-z0-9._]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
        base = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        String id = base;
        for (int n = 2; find(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private FeedSubscription find(String id) {
        return subscriptions.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    private List<FeedSubscription> fromApi() {
        return subscriptions.stream().filter(s -> s.origin() == FeedSubscription.Origin.API).toList();
    }

    private static FeedSubscriptionException notFound(String id) {
        return new FeedSubscriptionException(HttpStatus.NOT_FOUND, null, "no feed with id '" + id + "'");
    }
}
