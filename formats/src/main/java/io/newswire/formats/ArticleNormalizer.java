package io.newswire.formats;

import io.newswire.events.Article;
import io.newswire.events.Media;
import io.newswire.events.Source;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns an {@link ArticleSubmission} into a complete {@link Article}: clean NFC text, canonical URL, UTC dates,
 * a deterministic id and the content hash that identifies the version.
 *
 * <p>The id is the first 32 hex digits of SHA-256 over {@code "url:" + canonicalUrl}, else
 * {@code "guid:" + sourceId + ":" + guid}, else {@code "hash:" + contentHash}. The content hash is
 * {@code "sha256:"} + SHA-256 over the normalised title, a blank line and the normalised body.
 * Thread-safe.
 */
public final class ArticleNormalizer {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final Clock clock;

    /** A normalizer stamping {@code ingestedAt} from the system clock (UTC). */
    public ArticleNormalizer() {
        this(Clock.systemUTC());
    }

    /** A normalizer stamping {@code ingestedAt} from the given clock. */
    public ArticleNormalizer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The clean, identified article.
     *
     * @throws InvalidArticleException when the URL, language or urgency is invalid or there is neither title
     *         nor body; the location names the field
     * @throws NullPointerException when the submission has no source or the source no kind
     */
    public Article normalize(ArticleSubmission submission) {
        Source submittedSource = Objects.requireNonNull(submission.source(), "source");
        Objects.requireNonNull(submittedSource.kind(), "source.kind");

        String title = TextCleaner.inline(submission.title());
        String body = TextCleaner.paragraphs(submission.body());
        if (title == null && body.isEmpty()) {
            throw InvalidArticleException.invalid("", "an article needs a non-blank title or body");
        }
        String url = blankToNull(submission.url());
        String canonicalUrl = url == null ? null : UrlCanonicalizer.canonicalize(url);
        Source source = source(submittedSource, canonicalUrl);
        String guid = blankToNull(submission.guid());
        String contentHash = "sha256:" + sha256Hex((title == null ? "" : title) + "\n\n" + body);
        String identity;
        if (canonicalUrl != null) {
            identity = "url:" + canonicalUrl;
        } else if (guid != null) {
            identity = "guid:" + source.id() + ":" + guid;
        } else {
            identity = "hash:" + contentHash;
        }
        return new Article(
                sha256Hex(identity).substring(0, 32),
                url,
                canonicalUrl,
                source,
                title,
                TextCleaner.inline(submission.standfirst()),
                distinctInline(submission.byline()),
                TextCleaner.inline(submission.section()),
                language(submission.language()),
                utc(submission.publishedAt()),
                utc(submission.updatedAt()),
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                body,
                contentHash,
                media(submission.media()),
                distinctInline(submission.tags()),
                urgency(submission.urgency()),
                submission.pubStatus(),
                utc(submission.embargoedUntil()));
    }

    /**
     * The canonical form of an absolute http(s) URL, as used for {@link Article#canonicalUrl()} and the id.
     *
     * @throws InvalidArticleException when it is not an absolute http(s) URL
     */
    public String canonicalUrl(String url) {
        return UrlCanonicalizer.canonicalize(Objects.requireNonNull(url, "url"));
    }

    private static Source source(Source source, String canonicalUrl) {
        String id = TextCleaner.inline(source.id());
        if (id == null) {
            id = canonicalUrl != null ? UrlCanonicalizer.host(canonicalUrl) : source.kind().name().toLowerCase(Locale.ROOT);
        }
        return new Source(id, TextCleaner.inline(source.name()), source.kind(), blankToNull(source.feedUrl()));
    }

    private static String language(String language) {
        String tag = blankToNull(language);
        if (tag == null) {
            return null;
        }
        if (!LANGUAGE_TAG.matcher(tag).matches()) {
            throw InvalidArticleException.invalid("language", "not a BCP 47 language tag: '" + language + "'");
        }
        return Locale.forLanguageTag(tag).toLanguageTag();
    }

    private static Integer urgency(Integer urgency) {
        if (urgency != null && (urgency < 1 || urgency > 9)) {
            throw InvalidArticleException.invalid("urgency", "must be between 1 and 9, was " + urgency);
        }
        return urgency;
    }

    private static List<Media> media(List<Media> media) {
        List<Media> cleaned = new ArrayList<>(media.size());
        for (Media item : media) {
            Media clean = new Media(blankToNull(item.id()), TextCleaner.inline(item.caption()),
                    TextCleaner.inline(item.credit()), blankToNull(item.url()));
            if (clean.id() != null || clean.caption() != null || clean.credit() != null || clean.url() != null) {
                cleaned.add(clean);
            }
        }
        return cleaned;
    }

    private static List<String> distinctInline(List<String> values) {
        LinkedHashSet<String> cleaned = new LinkedHashSet<>();
        for (String value : values) {
            String clean = TextCleaner.inline(value);
            if (clean != null) {
                cleaned.add(clean);
            }
        }
        return List.copyOf(cleaned);
    }

    private static Instant utc(OffsetDateTime dateTime) {
        return dateTime == null ? null : dateTime.toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
