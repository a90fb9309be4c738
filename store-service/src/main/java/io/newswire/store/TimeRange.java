package io.newswire.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The {@code from} and {@code to} parameters: inclusive bounds on the publication time ({@code sortAt}, which is
 * {@code publishedAt}, else the ingestion time), either may be absent.
 *
 * @param from the earliest time, or {@code null}
 * @param to the latest time, or {@code null}
 */
record TimeRange(Instant from, Instant to) {

    /** The range of the two parameters; 400 naming the parameter when one is no ISO-8601 instant or from > to. */
    static TimeRange of(String from, String to) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw new BadParameterException("from", "'from' must not be after 'to'");
        }
        return new TimeRange(start, end);
    }

    private static Instant instant(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        }
        catch (DateTimeParseException e) {
            throw new BadParameterException(parameter,
                    "'" + parameter + "' must be an ISO-8601 instant such as 2024-03-05T15:42:00Z");
        }
    }
}
