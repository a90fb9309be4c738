package io.newswire.ingest.feeds;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The feed subscriptions configured at start-up and how feeds are polled ({@code newswire.ingest.feeds},
 * {@code newswire.ingest.state-dir}, {@code newswire.ingest.poll.*}), validated at start-up.
 *
 * @param feeds subscriptions from configuration; they cannot be deleted through the API
 * @param stateDir directory holding {@code feeds.json}, the subscriptions added through the API
 * @param poll polling settings
 */
@ConfigurationProperties("newswire.ingest")
@Validated
record FeedProperties(
        @DefaultValue @Valid List<ConfiguredFeed> feeds,
        @DefaultValue("./data/ingest") @NotNull Path stateDir,
        @DefaultValue @Valid @NotNull Poll poll) {

    /**
     * One configured subscription.
     *
     * @param id unique id, used as the article source id
     * @param url the feed's http(s) URL
     * @param interval time between polls
     * @param name display name, used as the article source name
     */
    record ConfiguredFeed(@NotBlank String id, @NotBlank String url, @DefaultValue("5m") @NotNull Duration interval,
            String name) {
    }

    /**
     * How feeds are polled.
     *
     * @param minInterval the shortest interval a subscription may have (a shorter one is refused)
     * @param maxBackoff the longest wait after repeated failures of a feed
     * @param threads timer threads that start polls; each poll then runs on a thread of its own, so that a slow or
     *        hanging feed holds up no other
     */
    record Poll(@DefaultValue("1m") @NotNull Duration minInterval, @DefaultValue("1h") @NotNull Duration maxBackoff,
            @DefaultValue("4") @Positive int threads) {
    }
}
