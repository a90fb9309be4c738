package io.newswire.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A news article as the pipeline carries it: cleaned, normalised and identified.
 *
 * @param id deterministic article id (from the canonical URL, else source + guid, else content hash)
 * @param url the URL the article was found at, if any
 * @param canonicalUrl the canonical URL (tracking parameters and fragment removed), if any
 * @param source where the article came from
 * @param title headline
 * @param standfirst the summary line under the headline, if any
 * @param byline authors' names
 * @param section section or desk label, if any
 * @param language BCP 47 language tag, if known
 * @param publishedAt first publication time (UTC), if known
 * @param updatedAt last update time (UTC), if known
 * @param ingestedAt when ingest accepted the article
 * @param body clean plain text, paragraphs separated by a blank line
 * @param contentHash hash of the normalised title and body; identifies a version
 * @param media images and other media attached to the article
 * @param tags keywords or subjects given by the source
 * @param urgency wire urgency (1 = most urgent), if the source has it
 * @param pubStatus wire publication status, if the source has it
 * @param embargoedUntil the embargo time, if the source has one
 * @param duplicateOf the id of the earliest-seen article this one is a near-duplicate of (the same story re-run
 *        with small edits under another URL), if any; ingest detects it per instance, within a bounded window
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
        String id,
        String url,
        String canonicalUrl,
        Source source,
        String title,
        String standfirst,
        List<String> byline,
        String section,
        String language,
        Instant publishedAt,
        Instant updatedAt,
        Instant ingestedAt,
        String body,
        String contentHash,
        List<Media> media,
        List<String> tags,
        Integer urgency,
        PubStatus pubStatus,
        Instant embargoedUntil,
        String duplicateOf) {

    public Article {
        byline = byline == null ? List.of() : List.copyOf(byline);
        media = media == null ? List.of() : List.copyOf(media);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** An article that is no near-duplicate of another, as before {@code duplicateOf} existed. */
    public Article(String id, String url, String canonicalUrl, Source source, String title, String standfirst,
            List<String> byline, String section, String language, Instant publishedAt, Instant updatedAt,
            Instant ingestedAt, String body, String contentHash, List<Media> media, List<String> tags,
            Integer urgency, PubStatus pubStatus, Instant embargoedUntil) {
        this(id, url, canonicalUrl, source, title, standfirst, byline, section, language, publishedAt, updatedAt,
                ingestedAt, body, contentHash, media, tags, urgency, pubStatus, embargoedUntil, null);
    }

    /** This article marked as a near-duplicate of the article with the given id ({@code null}: of none). */
    public Article withDuplicateOf(String originalId) {
        return new Article(id, url, canonicalUrl, source, title, standfirst, byline, section, language, publishedAt,
                updatedAt, ingestedAt, body, contentHash, media, tags, urgency, pubStatus, embargoedUntil, originalId);
    }
}
