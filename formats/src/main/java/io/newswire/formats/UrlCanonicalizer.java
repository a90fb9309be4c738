package io.newswire.formats;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of an article URL, so that every way of linking to one article yields one id: scheme and
 * host lower-cased, default port, user info, fragment and tracking parameters removed, the remaining query
 * parameters sorted.
 */
final class UrlCanonicalizer {

    /** Click and campaign trackers that never select content; {@code utm_*} is matched by prefix. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "gclsrc", "dclid", "gbraid",
            "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url",
            "referrer", "_ga", "_gl", "mkt_tok", "cmpid", "ocid", "smid", "s_cid", "sr_share", "at_medium",
            "at_campaign", "__twitter_impression");

    private UrlCanonicalizer() {
    }

    /** The canonical form of an absolute http(s) URL; rejects anything else, naming the field {@code url}. */
    static String canonicalize(String url) {
        URI uri;
        try {
            // Spaces are the one illegal character commonly pasted into URLs; everything else must be encoded.
            uri = new URI(url.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw InvalidArticleException.invalid("url", "not a valid URL: '" + url + "' (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw InvalidArticleException.invalid("url", "not an absolute http(s) URL: '" + url + "'");
        }
        StringBuilder canonical = new StringBuilder(url.length()).append(scheme).append("://")
                .append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
            canonical.append(':').append(port);
        }
        String path = uri.normalize().getRawPath();
        canonical.append(path == null || path.isEmpty() ? "/" : path);
        String query = canonicalQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return canonical.toString();
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? null : parameter.substring(equals + 1);
            if (!isTracking(name)) {
                kept.add(new String[] {name, value});
            }
        }
        kept.sort(Comparator.<String[], String>comparing(p -> p[0])
                .thenComparing(p -> p[1], Comparator.nullsFirst(Comparator.naturalOrder())));
        StringBuilder query = new StringBuilder();
        for (String[] parameter : kept) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(parameter[0]);
            if (parameter[1] != null) {
                query.append('=').append(parameter[1]);
            }
        }
        return query.toString();
    }

    private static boolean isTracking(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("utm_") || TRACKING_PARAMETERS.contains(lower);
    }

    /** The lower-cased host of a canonical URL. */
    static String host(String canonicalUrl) {
        return URI.create(canonicalUrl).getHost();
    }
}
