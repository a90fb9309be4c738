package io.newswire.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.index.TextIndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.CriteriaDefinition;
import org.springframework.data.mongodb.core.query.Query;
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
    /** How much a word found in each article field counts in relevance, in the text index and the fallback alike. */
    static final List<Integer> ARTICLE_WEIGHTS = List.of(3, 2, 1);
    static final List<String> STATEMENT_FIELDS = List.of("quote");

    private static final Logger log = LoggerFactory.getLogger(TextSearch.class);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final boolean textIndexes;
    private final MongoTemplate mongo;

    TextSearch(MongoTemplate mongo) {
        this.mongo = mongo;
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

    /**
     * One page of the articles matching {@code q} and the filters, most relevant first, then by id. On MongoDB the
     * score is {@code $text}'s, with the index's field weights. Without {@code $text} every matching article is
     * scored here: each occurrence of a word of {@code q}, ignoring case, counts the weight of the field it is in.
     */
    Items<ArticleView> rankedArticles(String q, List<CriteriaDefinition> filters, RelevanceCursor cursor, int limit) {
        List<Criteria> plain = filters.stream().map(Criteria.class::cast).toList();
        List<Scored> page = textIndexes ? rankedByTextScore(q, plain, cursor, limit)
                : rankedHere(q, plain, cursor, limit);
        List<Scored> shown = page.size() > limit ? page.subList(0, limit) : page;
        String next = page.size() > limit
                ? new RelevanceCursor(shown.get(shown.size() - 1).score(), shown.get(shown.size() - 1).id()).encode()
                : null;
        Map<String, ArticleDocument> byId = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(shown.stream().map(Scored::id).toList())),
                ArticleDocument.class).forEach(document -> byId.put(document.id(), document));
        return new Items<>(shown.stream().map(scored -> byId.get(scored.id())).filter(Objects::nonNull)
                .map(ArticleView::of).toList(), next);
    }

    /** An article id with its relevance. */
    private record Scored(String id, double score) {
    }

    private List<Scored> rankedByTextScore(String q, List<Criteria> filters, RelevanceCursor cursor, int limit) {
        List<AggregationOperation> stages = new ArrayList<>();
        stages.add(Aggregation.match(TextCriteria.forDefaultLanguage().matching(q)));
        if (!filters.isEmpty()) {
            stages.add(Aggregation.match(new Criteria().andOperator(filters)));
        }
        stages.add(context -> new Document("$addFields",
                new Document("score", new Document("$meta", "textScore"))));
        if (cursor != null) {
            stages.add(Aggregation.match(new Criteria().orOperator(Criteria.where("score").lt(cursor.score()),
                    new Criteria().andOperator(Criteria.where("score").is(cursor.score()),
                            Criteria.where("_id").gt(cursor.id())))));
        }
        stages.add(Aggregation.sort(Sort.by(Sort.Order.desc("score"), Sort.Order.asc("_id"))));
        stages.add(Aggregation.limit(limit + 1L));
        stages.add(Aggregation.project("_id", "score"));
        return mongo.aggregate(Aggregation.newAggregation(stages), "articles", Document.class).getMappedResults()
                .stream().map(found -> new Scored(found.getString("_id"), found.get("score", Number.class)
                        .doubleValue())).toList();
    }

    private List<Scored> rankedHere(String q, List<Criteria> filters, RelevanceCursor cursor, int limit) {
        List<Criteria> all = new ArrayList<>(filters);
        all.add((Criteria) matching(q, ARTICLE_FIELDS));
        Query query = new Query(new Criteria().andOperator(all));
        query.fields().include("_id", "article.title", "article.standfirst", "article.body");
        List<String> words = WHITESPACE.splitAsStream(q.strip()).map(word -> word.toLowerCase(Locale.ROOT)).toList();
        return mongo.find(query, Document.class, "articles").stream()
                .map(found -> new Scored(found.getString("_id"), scoreOf(found.get("article", Document.class), words)))
                .filter(scored -> cursor == null || cursor.precedes(scored.score(), scored.id()))
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id))
                .limit(limit + 1L).toList();
    }

    /** The weighted number of occurrences of the words in the article's title, standfirst and body. */
    static double scoreOf(Document article, List<String> words) {
        double score = 0;
        List<String> fields = List.of("title", "standfirst", "body");
        for (int i = 0; i < fields.size(); i++) {
            String text = article == null ? null : article.getString(fields.get(i));
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (String word : words) {
                for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length())) {
                    score += ARTICLE_WEIGHTS.get(i);
                }
            }
        }
        return score;
    }

    private static boolean createTextIndexes(MongoTemplate mongo) {
        try {
            mongo.indexOps(ArticleDocument.class).createIndex(
                    textIndex("articles_text", ARTICLE_FIELDS, ARTICLE_WEIGHTS));
            mongo.indexOps(StatementDocument.class).createIndex(
                    textIndex("statements_text", STATEMENT_FIELDS, List.of(1)));
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
            mongo.indexOps(probe).createIndex(textIndex("probe_text", List.of("text"), List.of(1)));
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

    private static TextIndexDefinition textIndex(String name, List<String> fields, List<Integer> weights) {
        var builder = new TextIndexDefinition.TextIndexDefinitionBuilder().named(name);
        for (int i = 0; i < fields.size(); i++) {
            builder.onField(fields.get(i), weights.get(i).floatValue());
        }
        return builder.build();
    }
}
