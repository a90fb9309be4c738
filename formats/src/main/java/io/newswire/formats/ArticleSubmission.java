package io.newswire.formats;

import io.newswire.events.Media;
import io.newswire.events.PubStatus;
import io.newswire.events.Source;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The parts of an article as an adapter found them, before {@link ArticleNormalizer} cleans and identifies them.
 *
 * <p>Every component is optional except {@code source} (with its kind); an article needs a title or a body.
 * Text may still hold HTML, odd whitespace or decomposed Unicode; dates may carry any offset.
 *
 * @param url the URL the article was found at
 * @param guid the source's item id (RSS guid, Atom id, ninjs uri)
 * @param source where the article came from; a blank id is filled from the URL host, else the kind
 * @param title headline
 * @param standfirst summary line under the headline
 * @param byline authors' names
 * @param section section or desk label
 * @param language BCP 47 language tag
 * @param publishedAt first publication time
 * @param updatedAt last update time
 * @param body the text; paragraphs separated by a blank line (or HTML block elements)
 * @param media images and other media
 * @param tags keywords or subjects
 * @param urgency wire urgency, 1 (most urgent) to 9
 * @param pubStatus wire publication status
 * @param embargoedUntil embargo time
 */
public record ArticleSubmission(
        String url,
        String guid,
        Source source,
        String title,
        String standfirst,
        List<String> byline,
        String section,
        String language,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        String body,
        List<Media> media,
        List<String> tags,
        Integer urgency,
        PubStatus pubStatus,
        OffsetDateTime embargoedUntil) {

    public ArticleSubmission {
        byline = withoutNulls(byline);
        media = withoutNulls(media);
        tags = withoutNulls(tags);
    }

    private static <T> List<T> withoutNulls(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    /** A builder with every component empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this submission's components, to change some of them. */
    public Builder toBuilder() {
        return new Builder().url(url).guid(guid).source(source).title(title).standfirst(standfirst)
                .byline(byline).section(section).language(language).publishedAt(publishedAt)
                .updatedAt(updatedAt).body(body).media(media).tags(tags).urgency(urgency)
                .pubStatus(pubStatus).embargoedUntil(embargoedUntil);
    }

    /** Builds an {@link ArticleSubmission} one named component at a time. */
    public static final class Builder {

        private String url;
        private String guid;
        private Source source;
        private String title;
        private String standfirst;
        private List<String> byline;
        private String section;
        private String language;
        private OffsetDateTime publishedAt;
        private OffsetDateTime updatedAt;
        private String body;
        private List<Media> media;
        private List<String> tags;
        private Integer urgency;
        private PubStatus pubStatus;
        private OffsetDateTime embargoedUntil;

        private Builder() {
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder guid(String guid) {
            this.guid = guid;
            return this;
        }

        public Builder source(Source source) {
            this.source = source;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder standfirst(String standfirst) {
            this.standfirst = standfirst;
            return this;
        }

        public Builder byline(List<String> byline) {
            this.byline = byline;
            return this;
        }

        public Builder section(String section) {
            this.section = section;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder publishedAt(OffsetDateTime publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder media(List<Media> media) {
            this.media = media;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder urgency(Integer urgency) {
            this.urgency = urgency;
            return this;
        }

        public Builder pubStatus(PubStatus pubStatus) {
            this.pubStatus = pubStatus;
            return this;
        }

        public Builder embargoedUntil(OffsetDateTime embargoedUntil) {
            this.embargoedUntil = embargoedUntil;
            return this;
        }

        public ArticleSubmission build() {
            return new ArticleSubmission(url, guid, source, title, standfirst, byline, section, language,
                    publishedAt, updatedAt, body, media, tags, urgency, pubStatus, embargoedUntil);
        }
    }
}
