package io.newswire.ingest.feeds;

import java.time.Duration;
import java.time.Instant;

/**
 * A subscription and how its polling goes, as {@code GET /api/feeds} shows it.
 *
 * @param id the feed id
 * @param url the feed URL
 * @param name display name, or {@code null}
 * @param interval time between polls when all is well
 * @param origin {@code configuration} or {@code api}
 * @param lastPolledAt when the last poll ended, or {@code null}
 * @param lastSuccessAt when a poll last succeeded (fetched or not modified), or {@code null}
 * @param lastErrorAt when a poll last failed, or {@code null}
 * @param lastError what went wrong the last time a poll failed, or {@code null}
 * @param itemsSeen items read from the feed, summed over every poll
 * @param itemsPublished articles published from the feed (new or changed ones)
 * @param itemsRejected items that were not valid articles (no title and no body, bad URL)
 * @param fullText summary-only items completed from their article page
 * @param fullTextFailures summary-only items whose page could not be fetched or read (published with the summary)
 * @param lastFullTextError what went wrong the last time a page could not be fetched or read, or {@code null}
 * @param consecutiveFailures failed polls since the last success; the wait grows with it
 * @param nextPollAt when the feed is polled next, or {@code null} while it is being polled
 */
record FeedStatus(String id, String url, String name, Duration interval, String origin, Instant lastPolledAt,
        Instant lastSuccessAt, Instant lastErrorAt, String lastError, long itemsSeen, long itemsPublished,
        long itemsRejected, long fullText, long fullTextFailures, String lastFullTextError, int consecutiveFailures, Instant nextPollAt) {
}
