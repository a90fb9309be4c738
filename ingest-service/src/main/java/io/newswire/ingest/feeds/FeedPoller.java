package io.newswire.ingest.feeds;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.events.Article;
import io.newswire.formats.feeds.Feed;
import io.newswire.formats.feeds.FeedException;
import io.newswire.formats.feeds.FeedParser;
import io.newswire.ingest.ArticlePublisher;
import io.newswire.ingest.PublishedArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls every subscribed feed on its own schedule: conditional GET with the feed's last validators, parse, turn the
 * items into articles (summary-only items completed from their article page by {@link FeedArticleReader}) and
 * publish them (the publisher skips versions already published). A failing feed waits
 * longer after each failure (doubling from its interval up to {@code newswire.ingest.poll.max-backoff}) and never
 * holds up the others. Status per feed is kept for the API and exported as meters tagged {@code feed}.
 */
@Component
class FeedPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final SafeHttpFetcher fetcher;
    private final FeedParser parser;
    private final FeedArticleReader reader;
    private final ArticlePublisher publisher;
    private final MeterRegistry meters;
    private final FeedProperties.Poll settings;
    private final FeedValidators validators;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, PolledFeed> feeds = new ConcurrentHashMap<>();
    private final Object publishLock = new Object();
    private volatile ScheduledExecutorService scheduler;
    /** Runs the polls, a thread for each feed being fetched: a slow feed holds its own thread, no one else's. */
    private volatile ExecutorService fetchers;

    FeedPoller(SafeHttpFetcher fetcher, FeedParser parser, FeedArticleReader reader, ArticlePublisher publisher,
            MeterRegistry meters, FeedProperties properties) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.reader = reader;
        this.publisher = publisher;
        this.meters = meters;
        this.settings = properties.poll();
        this.validators = new FeedValidators(properties.stateDir());
    }

    /** Starts polling the feed (at once when the poller runs, else when it starts). */
    void add(FeedSubscription subscription) {
        PolledFeed feed = new PolledFeed(subscription);
        if (feeds.putIfAbsent(subscription.id(), feed) != null) {
            throw new IllegalStateException("feed " + subscription.id() + " is already polled");
        }
        FeedValidators.Validators kept = validators.of(subscription.id(), subscription.url());
        if (kept != null) {
            // as the last poll before a restart left them: an unchanged feed answers 304
            feed.etag = kept.etag();
            feed.lastModified = kept.lastModified();
        }
        feed.meters = registerMeters(feed);
        ScheduledExecutorService running = scheduler;
        if (running != null) {
            schedule(running, feed, Duration.ZERO);
        }
    }

    /** Stops polling the feed; {@code false} when there is no such feed. */
    boolean remove(String id) {
        PolledFeed feed = feeds.remove(id);
        if (feed == null) {
            return false;
        }
        synchronized (feed) {
            feed.removed = true;
            if (feed.next != null) {
                feed.next.cancel(false);
            }
        }
        validators.forget(id);
        feed.meters.forEach(meters::remove);
        return true;
    }

    List<FeedStatus> statuses() {
        return feeds.values().stream().map(PolledFeed::status).sorted(Comparator.comparing(FeedStatus::id)).toList();
    }

    Optional<FeedStatus> status(String id) {
        return Optional.ofNullable(feeds.get(id)).map(PolledFeed::status);
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "feed-poller-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ScheduledExecutorService started = Executors.newScheduledThreadPool(settings.threads(), factory);
        AtomicInteger fetcherThreads = new AtomicInteger();
        fetchers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "feed-fetch-" + fetcherThreads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        scheduler = started;
        feeds.values().forEach(feed -> schedule(started, feed, Duration.ZERO));
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService stopping = scheduler;
        ExecutorService stoppingFetchers = fetchers;
        scheduler = null;
        fetchers = null;
        if (stopping != null) {
            stopping.shutdownNow();
            stoppingFetchers.shutdownNow();
            try {
                stopping.awaitTermination(10, TimeUnit.SECONDS);
                stoppingFetchers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    private void schedule(ScheduledExecutorService executor, PolledFeed feed, Duration delay) {
        synchronized (feed) {
            if (feed.removed || executor.isShutdown()) {
                return;
            }
            try {
                ExecutorService pollers = fetchers;
                feed.next = executor.schedule(() -> pollers.execute(() -> poll(executor, feed)), delay.toMillis(),
                        TimeUnit.MILLISECONDS);
                feed.nextPollAt = clock.instant().plus(delay);
            } catch (RejectedExecutionException e) {
                // the poller is stopping: the feed is polled again when it starts
                feed.nextPollAt = null;
            }
        }
    }

    private void poll(ScheduledExecutorService executor, PolledFeed feed) {
        feed.nextPollAt = null;
        FeedSubscription subscription = feed.subscription;
        try {
            FetchResult fetched = fetcher.fetch(subscription.url(), feed.etag, feed.lastModified);
            if (fetched.status() == FetchResult.Status.NOT_MODIFIED) {
                feed.notModified.increment();
            } else {
                publish(feed, parser.parse(fetched.body(), fetched.contentType(), fetched.url()));
                // only once its articles are acknowledged: a feed whose articles failed to publish is fetched in full again
                feed.etag = fetched.etag();
                feed.lastModified = fetched.lastModified();
                validators.keep(subscription.id(), subscription.url(), feed.etag, feed.lastModified);
                feed.fetched.increment();
            }
            feed.succeeded(clock.instant());
        } catch (RuntimeException e) {
            String problem = e instanceof FeedException ? e.getMessage() : "publishing failed: " + e.getMessage();
            int failures = feed.failed(clock.instant(), problem);
            if (e instanceof FeedException) {
                log.warn("Feed {} ({}) failed, {} time(s) in a row: {}", subscription.id(), subscription.url(), failures,
                        problem);
            } else {
                log.warn("Feed {} ({}) failed, {} time(s) in a row: {}", subscription.id(), subscription.url(), failures,
                        problem, e);
            }
        }
        schedule(executor, feed, delay(subscription.interval(), feed.consecutiveFailures.get()));
    }

    private void publish(PolledFeed feed, Feed parsed) {
        FeedArticleReader.Read read = reader.read(feed.subscription, parsed);
        feed.itemsRejected.addAndGet(read.rejected());
        feed.fullText.addAndGet(read.fullText());
        if (read.fullTextFailures() > 0) {
            feed.fullTextFailures.addAndGet(read.fullTextFailures());
            feed.lastFullTextError = read.lastFullTextError();
        }
        List<PublishedArticle> results = publish(read.articles());
        feed.itemsPublished.addAndGet(results.stream()
                .filter(result -> result.status() == PublishedArticle.Status.ACCEPTED).count());
        // counted last, so that whoever sees the items counted also sees what was published from them
        feed.itemsSeen.addAndGet(parsed.items().size());
    }

    /**
     * Publishes articles read from a feed. Feeds are fetched in parallel but published one at a time: the publisher's
     * "already published?" check then sees the same article arriving from several feeds at once, and publishes it once.
     */
    List<PublishedArticle> publish(List<Article> articles) {
        synchronized (publishLock) {
            return publisher.publish(articles);
        }
    }

    /** The interval while all is well; after n failures in a row the interval times 2^n, at most the maximum backoff. */
    Duration delay(Duration interval, int failures) {
        if (failures == 0) {
            return interval;
        }
        Duration backoff = interval.multipliedBy(1L << Math.min(failures, 20));
        Duration capped = backoff.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : backoff;
        return capped.compareTo(interval) < 0 ? interval : capped;
    }

    private List<Meter> registerMeters(PolledFeed feed) {
        String id = feed.subscription.id();
        feed.fetched = pollCounter(id, "fetched");
        feed.notModified = pollCounter(id, "not_modified");
        feed.failedPolls = pollCounter(id, "failed");
        return List.of(feed.fetched, feed.notModified, feed.failedPolls,
                FunctionCounter.builder("newswire.ingest.feed.items.seen", feed.itemsSeen, AtomicLong::get)
                        .description("Items read from the feed").tag("feed", id).register(meters),
                FunctionCounter.builder("newswire.ingest.feed.items.published", feed.itemsPublished, AtomicLong::get)
                        .description("Articles published from the feed").tag("feed", id).register(meters),
                FunctionCounter.builder("newswire.ingest.feed.items.rejected", feed.itemsRejected, AtomicLong::get)
                        .description("Feed items that were not valid articles").tag("feed", id).register(meters),
                FunctionCounter.builder("newswire.ingest.feed.full.text", feed.fullText, AtomicLong::get)
                        .description("Summary-only items completed from their article page").tag("feed", id)
                        .register(meters),
                FunctionCounter.builder("newswire.ingest.feed.full.text.failures", feed.fullTextFailures,
                                AtomicLong::get)
                        .description("Summary-only items whose article page could not be fetched or read")
                        .tag("feed", id).register(meters),
                Gauge.builder("newswire.ingest.feed.consecutive.failures", feed.consecutiveFailures, AtomicInteger::get)
                        .description("Failed polls of the feed since its last success").tag("feed", id).register(meters),
                Gauge.builder("newswire.ingest.feed.last.success", feed,
                                f -> f.lastSuccessAt == null ? Double.NaN : f.lastSuccessAt.toEpochMilli() / 1000.0)
                        .description("When the feed was last polled successfully, in seconds since the epoch")
                        .baseUnit("seconds").tag("feed", id).register(meters));
    }

    private Counter pollCounter(String id, String outcome) {
        return Counter.builder("newswire.ingest.feed.polls").description("Polls of the feed, by outcome")
                .tag("feed", id).tag("outcome", outcome).register(meters);
    }

    /** One subscription and its polling state; written only by its own poll, read by the API. */
    private static final class PolledFeed {

        final FeedSubscription subscription;
        final AtomicLong itemsSeen = new AtomicLong();
        final AtomicLong itemsPublished = new AtomicLong();
        final AtomicLong itemsRejected = new AtomicLong();
        final AtomicLong fullText = new AtomicLong();
        final AtomicLong fullTextFailures = new AtomicLong();
        final AtomicInteger consecutiveFailures = new AtomicInteger();
        volatile String etag;
        volatile String lastModified;
        volatile Instant lastPolledAt;
        volatile Instant lastSuccessAt;
        volatile Instant lastErrorAt;
        volatile String lastError;
        volatile String lastFullTextError;
        volatile Instant nextPollAt;
        ScheduledFuture<?> next;
        boolean removed;
        List<Meter> meters = List.of();
        Counter fetched;
        Counter notModified;
        Counter failedPolls;

        PolledFeed(FeedSubscription subscription) {
            this.subscription = subscription;
        }

        void succeeded(Instant now) {
            lastPolledAt = now;
            lastSuccessAt = now;
            consecutiveFailures.set(0);
        }

        int failed(Instant now, String problem) {
            lastPolledAt = now;
            lastErrorAt = now;
            lastError = problem;
            failedPolls.increment();
            return consecutiveFailures.incrementAndGet();
        }

        FeedStatus status() {
            FeedSubscription s = subscription;
            return new FeedStatus(s.id(), s.url(), s.name(), s.interval(), s.origin().name().toLowerCase(Locale.ROOT),
                    lastPolledAt, lastSuccessAt, lastErrorAt, lastError, itemsSeen.get(), itemsPublished.get(),
                    itemsRejected.get(), fullText.get(), fullTextFailures.get(), lastFullTextError,
                    consecutiveFailures.get(), nextPollAt);
        }
    }
}
