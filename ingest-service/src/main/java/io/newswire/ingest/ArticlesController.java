package io.newswire.ingest;

import io.newswire.events.Article;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.formats.ArticleNormalizer;
import io.newswire.formats.ArticleSubmission;
import io.newswire.formats.InvalidArticleException;
import io.newswire.formats.JsonArticleReader;
import io.newswire.formats.PlainTextArticleReader;
import io.newswire.formats.TextDecoding;
import io.newswire.formats.html.HtmlArticleExtractor;
import io.newswire.formats.ninjs.NinjsReader;
import io.newswire.ingest.feeds.FeedImport;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The push API, {@code POST /api/articles}: one JSON article or a JSON array, NDJSON, IPTC ninjs, one plain-text
 * article or one HTML page. With {@code dryRun=true} any of them is read and normalised but not published: the answer
 * (200, {@code application/x-ndjson}) holds the {@code ArticleIngested} events that would have been published.
 * Every article of a request is read and validated before any is published; the answer (202) comes once Kafka has
 * acknowledged them all.
 */
@RestController
class ArticlesController {

    static final String NDJSON = DryRunEvents.NDJSON;
    static final String NINJS = "application/ninjs+json";
    static final String IPTC_NINJS = "application/vnd.iptc.ninjs+json";
    static final String RSS = "application/rss+xml";
    static final String ATOM = "application/atom+xml";
    static final String RDF = "application/rdf+xml";
    static final String JSON_FEED = "application/feed+json";
    static final List<MediaType> ACCEPTED_TYPES = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType(NDJSON),
            MediaType.TEXT_PLAIN, MediaType.parseMediaType(NINJS), MediaType.parseMediaType(IPTC_NINJS),
            MediaType.TEXT_HTML, MediaType.parseMediaType(RSS), MediaType.parseMediaType(ATOM),
            MediaType.parseMediaType(RDF), MediaType.parseMediaType(JSON_FEED), MediaType.APPLICATION_XML,
            MediaType.TEXT_XML);

    private static final Source HTTP = new Source(null, null, SourceKind.HTTP, null);

    private final JsonArticleReader jsonReader;
    private final PlainTextArticleReader textReader;
    private final NinjsReader ninjsReader;
    private final HtmlArticleExtractor htmlExtractor;
    private final ArticleNormalizer normalizer;
    private final ArticlePublisher publisher;
    private final FeedImport feedImport;
    private final IngestProperties properties;

    ArticlesController(JsonArticleReader jsonReader, PlainTextArticleReader textReader, NinjsReader ninjsReader,
            HtmlArticleExtractor htmlExtractor, ArticleNormalizer normalizer, ArticlePublisher publisher,
            FeedImport feedImport, IngestProperties properties) {
        this.feedImport = feedImport;
        this.jsonReader = jsonReader;
        this.textReader = textReader;
        this.ninjsReader = ninjsReader;
        this.htmlExtractor = htmlExtractor;
        this.normalizer = normalizer;
        this.publisher = publisher;
        this.properties = properties;
    }

    /** One article object, or a batch as an array of them. */
    @PostMapping(path = "/api/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> postJson(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        return publish(jsonReader.readBatch(body(request), HTTP), dryRun);
    }

    /** A batch with one article object per line. */
    @PostMapping(path = "/api/articles", consumes = NDJSON)
    ResponseEntity<?> postNdjson(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        String body = body(request);
        checkBatchSize(JsonArticleReader.countLines(body));
        return publish(jsonReader.readLines(body, HTTP), dryRun);
    }

    /** One IPTC ninjs document (1.x, 2.x or 3.x) or an array of them; {@code source} overrides the copyright holder. */
    @PostMapping(path = "/api/articles", consumes = {NINJS, IPTC_NINJS})
    ResponseEntity<?> postNinjs(HttpServletRequest request,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        return publish(ninjsReader.readBatch(body(request), new Source(source, null, SourceKind.NINJS, null)), dryRun);
    }

    /** One article as plain text, read as a person would; what text cannot say comes as query parameters. */
    @PostMapping(path = "/api/articles", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<?> postText(HttpServletRequest request,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        ArticleSubmission read = textReader.submission(TextDecoding.requireText(body(request), "body"),
                new Source(source, null, SourceKind.HTTP, null));
        ArticleSubmission.Builder submission = read.toBuilder().url(url).language(language);
        if (section != null && !section.isBlank()) {
            submission.section(section);
        }
        return publish(List.of(normalizer.normalize(submission.build())), dryRun);
    }

    /**
     * One web page; its main text and metadata are extracted. {@code url} is where the page is from (base for its
     * links, and the article URL when the page names no canonical one). Without a charset in the Content-Type, the
     * page's own declaration ({@code <meta charset>}, byte order mark) decides, else UTF-8.
     */
    @PostMapping(path = "/api/articles", consumes = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<?> postHtml(HttpServletRequest request,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (url != null && !url.isBlank()) {
            normalizer.canonicalUrl(url);
        }
        byte[] page = bytes(request);
        Charset declared = declaredCharset(request);
        String html = TextDecoding.requireText(TextDecoding.decode(page,
                declared != null ? declared : HtmlArticleExtractor.charset(page, null)), "body");
        ArticleSubmission.Builder submission = htmlExtractor.extract(html, blankToNull(url),
                new Source(source, null, SourceKind.HTTP, null)).toBuilder();
        if (section != null && !section.isBlank()) {
            submission.section(section);
        }
        if (language != null && !language.isBlank()) {
            submission.language(language);
        }
        return publish(List.of(normalizer.normalize(submission.build())), dryRun);
    }

    /**
     * A feed as a body (a saved feed, an export): RSS 0.9x/1.0/2.0, RDF, Atom 0.3/1.0 or JSON Feed, each valid item
     * an article, read as a polled feed's items are. {@code url} is where the feed is from (base for relative
     * links); {@code source} the source id (default: each article's host). A body that is not a readable feed is
     * 422 naming why.
     */
    @PostMapping(path = "/api/articles", consumes = {RSS, ATOM, RDF, JSON_FEED, MediaType.APPLICATION_XML_VALUE,
            MediaType.TEXT_XML_VALUE})
    ResponseEntity<?> postFeed(HttpServletRequest request,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (url != null && !url.isBlank()) {
            normalizer.canonicalUrl(url);
        }
        byte[] feed = bytes(request);
        List<Article> articles = feedImport.articles(feed, request.getContentType(), url, source);
        if (articles.isEmpty()) {
            throw InvalidArticleException.invalid("", "the feed holds no item that is an article (no item with a "
                    + "title or text)");
        }
        return publish(articles, dryRun);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * Publishes the articles and answers 202 with their ids and versions; or, for a dry run, publishes nothing and
     * answers 200 with the {@code ArticleIngested} events that would have been published, one JSON per line.
     */
    private ResponseEntity<?> publish(List<Article> articles, boolean dryRun) {
        checkBatchSize(articles.size());
        if (dryRun) {
            return DryRunEvents.response(publisher.preview(articles));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new IngestResponse(publisher.publish(articles)));
    }

    private void checkBatchSize(int size) {
        if (size > properties.maxBatchSize()) {
            throw new RequestTooLargeException("the batch holds " + size + " articles, more than the limit of "
                    + properties.maxBatchSize() + " (newswire.ingest.max-batch-size)");
        }
    }

    /**
     * The request body as text, read no further than the size limit and decoded as every reader decodes
     * ({@link TextDecoding}: byte order mark, declared charset, UTF-8, else windows-1252).
     */
    private String body(HttpServletRequest request) throws IOException {
        return TextDecoding.decode(bytes(request), declaredCharset(request));
    }

    /** The request body as bytes, read no further than the size limit. */
    private byte[] bytes(HttpServletRequest request) throws IOException {
        long limit = properties.maxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(request.getContentLengthLong() + " bytes");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        }
        if (bytes.length > limit) {
            throw tooLarge("more than " + limit + " bytes");
        }
        if (bytes.length == 0) {
            throw InvalidArticleException.malformed("", "the request body is empty");
        }
        return bytes;
    }

    private RequestTooLargeException tooLarge(String size) {
        return new RequestTooLargeException("the request body of " + size + " exceeds the limit of "
                + properties.maxBodyBytes() + " bytes (newswire.ingest.max-body-bytes)");
    }

    /** The charset the client declared in the Content-Type, or {@code null}. */
    private static Charset declaredCharset(HttpServletRequest request) {
        String contentType = request.getHeader("Content-Type");
        try {
            return contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
        } catch (RuntimeException e) {
            throw InvalidArticleException.malformed("Content-Type", "unknown charset in '" + contentType + "'");
        }
    }

    /** The answer to an accepted request: each article's id, version and whether it was published now. */
    record IngestResponse(List<PublishedArticle> articles) {
    }
}
