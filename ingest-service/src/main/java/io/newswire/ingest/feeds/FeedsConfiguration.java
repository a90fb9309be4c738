package io.newswire.ingest.feeds;

import io.newswire.formats.feeds.FeedParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The feed parser and the HTTP fetcher the poller uses. */
@Configuration(proxyBeanMethods = false)
class FeedsConfiguration {

    @Bean
    FeedParser feedParser() {
        return new FeedParser();
    }

    @Bean
    SafeHttpFetcher safeHttpFetcher(FetchProperties properties) {
        return new SafeHttpFetcher(properties);
    }
}
