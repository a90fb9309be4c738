package io.newswire.ingest;

import io.newswire.events.Article;
import io.newswire.events.ArticleIngested;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** A dry run's answer: 200 with the {@code ArticleIngested} events that would have been published, one per line. */
public final class DryRunEvents {

    static final String NDJSON = "application/x-ndjson";

    /** Writes events as the Kafka serializer writes them: wire names, ISO-8601 instants, no type info. */
    private static final JsonMapper EVENTS = JsonMapper.builder().build();

    private DryRunEvents() {
    }

    /** The NDJSON answer for articles as {@code ArticlePublisher.preview} returned them. */
    public static ResponseEntity<String> response(List<Article> previews) {
        StringBuilder lines = new StringBuilder();
        for (Article article : previews) {
            lines.append(EVENTS.writeValueAsString(ArticleIngested.of(article))).append('\n');
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(lines.toString());
    }
}
