package io.newswire.formats.feeds;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds carry: RFC 822 with the variants found in the wild (no weekday, full names, two-digit
 * years, no seconds, zone names, {@code +05:30}) and ISO 8601 (with or without offset or time); unreadable dates are
 * {@code null} because a bad date must not cost the item.
 */
final class FeedDates {

    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[A-Za-z]+,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})"
                    + "(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
                    + "\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?\\s*(?:\\(.*\\))?");

    private static final Pattern ISO_8601 = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
            Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6),
            Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8),
            Map.entry("PDT", -7), Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2),
            Map.entry("EET", 2), Map.entry("EEST", 3));

    private FeedDates() {
    }

    /** The instant a feed date names, or {@code null} when it is missing or unreadable. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String date = text.strip().replaceAll("\\s+", " ");
        try {
            Matcher iso = ISO_8601.matcher(date);
            if (iso.matches()) {
                return iso(iso);
            }
            Matcher rfc = RFC_822.matcher(date);
            if (rfc.matches()) {
                return rfc822(rfc);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Instant iso(Matcher m) {
        LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        if (m.group(4) == null) {
            return day.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
        LocalDateTime time = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
        return time.toInstant(offset(m.group(8)));
    }

    private static Instant rfc822(Matcher m) {
        String monthName = m.group(2).toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(monthName.substring(0, 3));
        if (month == null) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        } else if (m.group(3).length() == 3) {
            return null;
        }
        LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(1)));
        if (m.group(4) == null) {
            return day.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        LocalDateTime time = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        return time.toInstant(offset(m.group(7)));
    }

    /** A numeric offset or a zone abbreviation; an unknown abbreviation or none at all is taken as UTC. */
    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
            int sign = zone.startsWith("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        return ZoneOffset.ofHours(ZONE_HOURS.getOrDefault(zone.toUpperCase(Locale.ROOT), 0));
    }
}
