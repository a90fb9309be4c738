package io.newswire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

class FeedSubscriptionsTests {

    private static final List<FeedProperties.ConfiguredFeed> CONFIGURED = List.of(new FeedProperties.ConfiguredFeed(
            "ledger", "https://ledger.example.com/feed.xml", Duration.ofMinutes(5), "The Ledger"));

    @TempDir
    Path stateDir;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void keepsApiSubscriptionsAcrossRestartsButNotConfiguredOnesInTheFile() throws IOException {
        FeedSubscriptions first = subscriptions(CONFIGURED);
        first.subscribe("metro", "https://metro.example.com/feed.json", "90s", " Metro Daily ");
        first.subscribe(null, "https://www.science.example.org/news/feed.atom?x=1", null, null);

        FeedSubscriptions restarted = subscriptions(CONFIGURED);

        assertThat(restarted.statuses()).extracting(FeedStatus::id, FeedStatus::interval, FeedStatus::origin,
                FeedStatus::name).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ledger", Duration.ofMinutes(5), "configuration", "The Ledger"),
                        org.assertj.core.groups.Tuple.tuple("metro", Duration.ofSeconds(90), "api", "Metro Daily"),
                        org.assertj.core.groups.Tuple.tuple("science.example.org-news-feed.atom-x-1",
                                Duration.ofMinutes(5), "api", null));
        assertThat(Files.readString(stateDir.resolve("feeds.json"))).doesNotContain("ledger");
        try (var files = Files.list(stateDir)) {
            assertThat(files).as("no temporary file is left behind").containsExactly(stateDir.resolve("feeds.json"));
        }
    }

    @Test
    void unsubscribingForgetsTheFeedForGood() {
        FeedSubscriptions subscriptions = subscriptions(List.of());
        subscriptions.subscribe("metro", "https://metro.example.com/feed.json", null, null);

        subscriptions.unsubscribe("metro");

        assertThat(subscriptions.statuses()).isEmpty();
        assertThat(subscriptions(List.of()).statuses()).isEmpty();
        assertThat(meters.find("newswire.ingest.feed.items.seen").meters()).isEmpty();
    }

    @Test
    void registersMetersTaggedByFeed() {
        subscriptions(CONFIGURED);

        assertThat(meters.get("newswire.ingest.feed.items.published").tag("feed", "ledger").functionCounter().count())
                .isZero();
        assertThat(meters.get("newswire.ingest.feed.polls").tag("feed", "ledger").tag("outcome", "failed").counter())
                .isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL   | NULL                          | NULL  | 422 | url: is required",
            "NULL   | ftp://example.com/feed        | NULL  | 422 | url: not an absolute http(s) URL: 'ftp://example.com/feed'",
            "NULL   | /relative/feed.xml            | NULL  | 422 | url: not an absolute http(s) URL: '/relative/feed.xml'",
            "NULL   | http://exa mple.com/          | NULL  | 422 | url: not an absolute http(s) URL: 'http://exa mple.com/'",
            "NULL   | https://example.com/feed      | 10s   | 422 | interval: must be at least PT1M (newswire.ingest.poll.min-interval), was PT10S",
            "NULL   | https://example.com/feed      | often | 422 | interval: not a duration such as '5m', '90s' or 'PT5M': 'often'",
            "a b    | https://example.com/feed      | NULL  | 422 | id: must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit, was 'a b'",
            "ledger | https://example.com/feed      | NULL  | 409 | id: a feed with id 'ledger' already exists"})
    void refusesInvalidSubscriptionsNamingTheField(String id, String url, String interval, int status, String message) {
        FeedSubscriptions subscriptions = subscriptions(CONFIGURED);

        assertThatThrownBy(() -> subscriptions.subscribe(id, url, interval, null))
                .isInstanceOfSatisfying(FeedSubscriptionException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.valueOf(status)))
                .hasMessage(message);
        assertThat(stateDir.resolve("feeds.json")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1:9/feed.xml | 127.0.0.1 resolves to 127.0.0.1, a loopback address",
            "http://[::1]/feed.xml       | [::1] resolves to 0:0:0:0:0:0:0:1, a loopback address",
            "https://10.1.2.3/rss        | 10.1.2.3 resolves to 10.1.2.3, a private address",
            "http://169.254.169.254/feed | 169.254.169.254 resolves to 169.254.169.254, a link-local address"})
    void refusesAFeedOnANonPublicAddressWhenItIsAdded(String url, String reason) {
        FeedSubscriptions subscriptions = new FeedSubscriptions(properties(List.of()), poller(), fetcher(false));

        assertThatThrownBy(() -> subscriptions.subscribe(null, url, null, null))
                .isInstanceOfSatisfying(FeedSubscriptionException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT))
                .hasMessage("url: refused: " + reason
                        + " (set newswire.ingest.fetch.allow-private-addresses=true to allow)");
        assertThat(stateDir.resolve("feeds.json")).as("nothing stored").doesNotExist();
    }

    @Test
    void refusesToDeleteAConfiguredFeedOrAnUnknownOne() {
        FeedSubscriptions subscriptions = subscriptions(CONFIGURED);

        assertThatThrownBy(() -> subscriptions.unsubscribe("ledger"))
                .isInstanceOfSatisfying(FeedSubscriptionException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT))
                .hasMessageContaining("configured in newswire.ingest.feeds");
        assertThatThrownBy(() -> subscriptions.unsubscribe("nope"))
                .isInstanceOfSatisfying(FeedSubscriptionException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND))
                .hasMessage("no feed with id 'nope'");
    }

    @Test
    void numbersDerivedIdsThatAreTaken() {
        FeedSubscriptions subscriptions = subscriptions(List.of());

        FeedStatus first = subscriptions.subscribe(null, "https://example.com/feed", null, null);
        FeedStatus second = subscriptions.subscribe(null, "https://example.com/feed", null, null);

        assertThat(first.id()).isEqualTo("example.com-feed");
        assertThat(second.id()).isEqualTo("example.com-feed-2");
    }

    @ParameterizedTest
    @CsvSource({"0, PT1M", "1, PT2M", "2, PT4M", "5, PT32M", "6, PT1H", "40, PT1H"})
    void backsOffExponentiallyUpToTheCap(int failures, Duration expected) {
        FeedPoller poller = poller();

        assertThat(poller.delay(Duration.ofMinutes(1), failures)).isEqualTo(expected);
    }

    private FeedSubscriptions subscriptions(List<FeedProperties.ConfiguredFeed> configured) {
        // private addresses allowed: no host is looked up, these tests never touch the network
        return new FeedSubscriptions(properties(configured), poller(), fetcher(true));
    }

    private static SafeHttpFetcher fetcher(boolean allowPrivate) {
        return new SafeHttpFetcher(new FetchProperties(Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 100_000, 1_000_000, 3, allowPrivate, "NewswireTest/1"));
    }

    private FeedPoller poller() {
        // never started: these tests are about the subscriptions, not about fetching
        return new FeedPoller(null, null, null, null, meters, properties(List.of()));
    }

    private FeedProperties properties(List<FeedProperties.ConfiguredFeed> configured) {
        return new FeedProperties(configured, stateDir,
                new FeedProperties.Poll(Duration.ofMinutes(1), Duration.ofHours(1), 2));
    }
}
