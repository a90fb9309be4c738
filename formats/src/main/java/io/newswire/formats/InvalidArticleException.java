package io.newswire.formats;

/**
 * Submitted article input that cannot be read or breaks a rule; the message names where and what.
 *
 * <p>The location is a field name or path ({@code publishedAt}, {@code [2].media[0].caption}), a line
 * ({@code line 3}) or empty when the problem concerns the whole input; the message is
 * {@code "<location>: <problem>"}.
 */
public final class InvalidArticleException extends RuntimeException {

    /** Whether the input could not be read at all or was read and breaks a rule. */
    public enum Reason {
        /** Not readable: empty, not well-formed JSON, not an object where one is needed. */
        MALFORMED,
        /** Readable but not a valid article: wrong type, unparseable value, no title and no body. */
        INVALID
    }

    private final Reason reason;
    private final String location;
    private final String problem;

    /** A problem at a location (field path or line; empty for the input as a whole). */
    public InvalidArticleException(Reason reason, String location, String problem) {
        super(location == null || location.isEmpty() ? problem : location + ": " + problem);
        this.reason = reason;
        this.location = location == null ? "" : location;
        this.problem = problem;
    }

    /** Whether the input was unreadable or invalid. */
    public Reason reason() {
        return reason;
    }

    /** Field path or line the problem is at; empty when it concerns the input as a whole. */
    public String location() {
        return location;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    public static InvalidArticleException invalid(String location, String problem) {
        return new InvalidArticleException(Reason.INVALID, location, problem);
    }

    public static InvalidArticleException malformed(String location, String problem) {
        return new InvalidArticleException(Reason.MALFORMED, location, problem);
    }

    /** The same problem seen from an enclosing JSON path: {@code [2]} + {@code publishedAt} = {@code [2].publishedAt}. */
    public InvalidArticleException under(String path) {
        String joined;
        if (location.isEmpty()) {
            joined = path;
        } else if (path.isEmpty()) {
            joined = location;
        } else {
            joined = location.startsWith("[") ? path + location : path + "." + location;
        }
        return new InvalidArticleException(reason, joined, problem);
    }

    /** The same problem seen from a line of a line-delimited input: {@code line 3: publishedAt: ...}. */
    public InvalidArticleException onLine(int line) {
        return new InvalidArticleException(reason, "line " + line, getMessage());
    }
}
