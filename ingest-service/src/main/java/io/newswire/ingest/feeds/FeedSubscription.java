package io.newswire.ingest.feeds;

import java.time.Duration;

/**
 * A feed the service polls.
 *
 * @param id unique id, also the source id of its articles
 * @param url the feed's absolute http(s) URL
 * @param interval time between polls when all is well
 * @param name display name, also the source name of its articles, or {@code null}
 * @param origin whether it comes from configuration or was added through the API
 */
record FeedSubscription(String id, String url, Duration interval, String name, Origin origin) {

    enum Origin {
        /** From {@code newswire.ingest.feeds}; lives as long as the configuration says so. */
        CONFIGURATION,
        /** Added with {@code POST /api/feeds}; kept in the state directory until deleted. */
        API
    }
}
