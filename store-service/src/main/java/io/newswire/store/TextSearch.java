package io.newswire.store;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.TextIndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.CriteriaDefinition;
import org.springframework.data.mongodb.core.query.TextCriteria;
import org.springframework.stereotype.Component;

/**
 * The {@code q} parameter of the list endpoints. At start-up it creates text indexes (article title, standfirst and
 * body; statement quote) and tries a {@code $text} query: on MongoDB that works and {@code q} is a {@code $text}
 * search (stemmed words, any of them). Where it fails, as on the embedded test server, {@code q} matches documents
 * containing every word of it, ignoring case, in any of those fields; each word is quoted with
 * {@link Pattern#quote} so user input is never a pattern. The log says which mode runs.
 */
@Component
class TextSearch {

    static final List<String> ARTICLE_FIELDS = List.of("article.title", "article.standfirst", "article.body");
    static final List<String> STATEMENT_FIELDS = List.of("quote");

    private static final Logger log = LoggerFactory.getLogger(TextSearch.class);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final boolean textIndexes;

    TextSearch(MongoTemplate mongo) {
        this.textIndexes = createTextIndexes(mongo);
        log.info(textIndexes ? "Text search runs on MongoDB text indexes ($text)"
                : "MongoDB has no $text here: text search matches quoted words ignoring case");
    }

    /** {@code true} when {@code q} runs as {@code $text}. */
    boolean usesTextIndexes() {
        return textIndexes;
    }

    /** The criterion selecting documents matching {@code q} in the given fields. */
    CriteriaDefinition matching(String q, List<String> fields) {
        if (textIndexes) {
            return TextCriteria.forDefaultLanguage().matching(q);
        }
        List<Criteria> everyWord = WHITESPACE.splitAsStream(q.strip())
                .map(word -> new Criteria().orOperator(fields.stream()
                        .map(field -> Criteria.where(field).regex(Pattern.quote(word), "i")).toList()))
                .toList();
        return new Criteria().andOperator(everyWord);
    }

    private static boolean createTextIndexes(MongoTemplate mongo) {
        try {
            mongo.indexOps(ArticleDocument.class).createIndex(textIndex("articles_text", ARTICLE_FIELDS));
            mongo.indexOps(StatementDocument.class).createIndex(textIndex("statements_text", STATEMENT_FIELDS));
            return textQueryRuns(mongo);
        }
        catch (RuntimeException e) {
            log.info("Text indexes unavailable ({}); using the word-match fallback", e.getMessage());
            return false;
        }
    }

    /** A server may accept a text index and reject $text only once a document is matched, so one is. */
    private static boolean textQueryRuns(MongoTemplate mongo) {
        String probe = "textSearchProbe-" + UUID.randomUUID();
        try {
            mongo.indexOps(probe).createIndex(textIndex("probe_text", List.of("text")));
            mongo.getCollection(probe).insertOne(new Document("text", "probe"));
            return mongo.getCollection(probe).find(new Document("$text", new Document("$search", "probe")))
                    .first() != null;
        }
        catch (RuntimeException e) {
            log.info("$text is unavailable ({}); using the word-match fallback", e.getMessage());
            return false;
        }
        finally {
            mongo.dropCollection(probe);
        }
    }

    private static TextIndexDefinition textIndex(String name, List<String> fields) {
        var builder = new TextIndexDefinition.TextIndexDefinitionBuilder().named(name);
        fields.forEach(builder::onField);
        return builder.build();
    }
}
