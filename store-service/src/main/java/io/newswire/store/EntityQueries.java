package io.newswire.store;

import io.newswire.store.entities.EntityLookup;
import io.newswire.store.entities.EntityStatistics;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/entities}: search the cross-article entities by name or alias, or read one entity's profile. */
@RestController
@RequestMapping("/api/entities")
class EntityQueries {

    /** How many of an entity's most recent articles the profile's co-mentions and statements about it consider. */
    static final int RECENT_ARTICLE_BOUND = 500;
    private static final int ARTICLES_PER_READ = 20;

    /** How many co-mentioned entities and statements of each kind a profile lists. */
    static final int PROFILE_LIST_SIZE = 10;

    /** The entity types enrich-service gives, in any case. */
    private static final String TYPE_PATTERN = "(?i)PERSON|ORGANIZATION|LOCATION|COUNTRY|STATE_OR_PROVINCE|CITY";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("sortAt"), Sort.Order.asc("id"));

    private final MongoTemplate mongo;

    EntityQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Entities mentioned by at least one visible article, most articles first, then by key. {@code q} is compared
     * with the lookup forms (lower-cased, whitespace collapsed) of the name and aliases: when some entity has
     * exactly that form, only exact matches are listed, else those with a form starting with it (an anchored,
     * quoted pattern). Without {@code q} every entity is listed.
     */
    @GetMapping
    Items<EntityViews.Summary> entities(
            @Parameter(description = "A name or alias, or its beginning, ignoring case and whitespace")
            @RequestParam(required = false) @Pattern(regexp = ArticleQueries.NOT_BLANK,
                    message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters")
            String q,
            @Parameter(description = "The entity type, e.g. PERSON, ORGANIZATION or LOCATION, ignoring case")
            @RequestParam(required = false) @Pattern(regexp = TYPE_PATTERN,
                    message = "must be one of PERSON, ORGANIZATION, LOCATION, COUNTRY, STATE_OR_PROVINCE, CITY") String type,
            @Parameter(description = "The next cursor of the previous page")
            @RequestParam(required = false) String cursor,
            @Parameter(description = "Page size, 1 to 100")
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        EntityCursor after = cursor == null ? null : EntityCursor.parse(cursor);
        List<Criteria> criteria = new ArrayList<>();
        criteria.add(Criteria.where("articles").gt(0));
        if (type != null) {
            criteria.add(Criteria.where("type").is(type.toUpperCase(Locale.ROOT)));
        }
        if (q != null) {
            String form = EntityLookup.of(q);
            Criteria exact = Criteria.where(EntityLookup.FIELD).is(form);
            List<Criteria> exactOnly = new ArrayList<>(criteria);
            exactOnly.add(exact);
            boolean anyExact = mongo.exists(new Query(new Criteria().andOperator(exactOnly)), "entities");
            criteria.add(anyExact ? exact
                    : Criteria.where(EntityLookup.FIELD).regex("^" + java.util.regex.Pattern.quote(form)));
        }
        if (after != null) {
            criteria.add(new Criteria().orOperator(Criteria.where("articles").lt(after.articles()),
                    new Criteria().andOperator(Criteria.where("articles").is(after.articles()),
                            Criteria.where("_id").gt(after.key()))));
        }
        Query query = new Query(new Criteria().andOperator(criteria))
                .with(Sort.by(Sort.Order.desc("articles"), Sort.Order.asc("_id"))).limit(limit + 1);
        query.fields().exclude(EntityStatistics.DAY_COUNTS);
        List<Document> found = mongo.find(query, Document.class, "entities");
        List<Document> page = found.size() > limit ? found.subList(0, limit) : found;
        String next = null;
        if (found.size() > limit) {
            Document last = page.get(page.size() - 1);
            next = new EntityCursor(last.get("articles", Number.class).intValue(), last.getString("_id")).encode();
        }
        return new Items<>(page.stream().map(EntityViews.Summary::of).toList(), next);
    }

    /**
     * The entity's profile; 404 when no visible article mentions it. {@code perDay} lists the days between the
     * optional {@code from} and {@code to} days. Bounded work: {@code coMentioned} (the other entities sharing most
     * articles, then by key) and {@code statementsAbout} consider only the entity's {@value #RECENT_ARTICLE_BOUND}
     * most recent visible articles; {@code statementsBy} lists the latest statements whose speaker has the
     * entity's key or canonical name. Each list holds at most {@value #PROFILE_LIST_SIZE} items.
     */
    @GetMapping("/{key}")
    EntityViews.Profile entity(
            @Parameter(description = "The entity key, e.g. person:jagmeet-singh") @PathVariable String key,
            @Parameter(description = "Earliest day of perDay, yyyy-MM-dd, inclusive")
            @RequestParam(required = false) String from,
            @Parameter(description = "Latest day of perDay, yyyy-MM-dd, inclusive")
            @RequestParam(required = false) String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new BadParameterException("from", "'from' must not be after 'to'");
        }
        Query byKey = Query.query(Criteria.where("_id").is(key).and("articles").gt(0));
        byKey.fields().exclude(EntityStatistics.DAY_COUNTS);
        Document entity = mongo.findOne(byKey, Document.class, "entities");
        if (entity == null) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND,
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No entity " + key), null);
        }
        EntityViews.Summary summary = EntityViews.Summary.of(entity);
        List<EntityViews.Day> perDay = new ArrayList<>();
        Document days = entity.get("days", new Document());
        days.forEach((day, articles) -> {
            LocalDate date = LocalDate.parse(day);
            if ((first == null || !date.isBefore(first)) && (last == null || !date.isAfter(last))) {
                perDay.add(new EntityViews.Day(day, ((Number) articles).intValue()));
            }
        });
        perDay.sort(Comparator.comparing(EntityViews.Day::day));
        Map<String, Set<String>> recent = recentArticles(key);
        List<String> speakerForms = List.of(key, EntityLookup.of(summary.name()));
        return new EntityViews.Profile(summary.key(), summary.name(), summary.type(), summary.aliases(),
                summary.roles(), new EntityViews.Counts(summary.articles(), summary.mentions(), summary.firstSeen(),
                        summary.lastSeen()), perDay, coMentioned(key, recent),
                statements(Criteria.where("speakerNames").in(speakerForms)),
                statementsAbout(List.copyOf(recent.keySet()), speakerForms));
    }

    /**
     * The latest statements in the given articles (newest first) that the entity did not make: read from the
     * articles themselves, a few at a time by id, until the list is full.
     */
    private List<StatementView> statementsAbout(List<String> articleIds, List<String> speakerForms) {
        List<StatementView> found = new ArrayList<>();
        for (int from = 0; from < articleIds.size() && found.size() < PROFILE_LIST_SIZE; from += ARTICLES_PER_READ) {
            List<String> ids = articleIds.subList(from, Math.min(articleIds.size(), from + ARTICLES_PER_READ));
            Map<String, ArticleDocument> byId = new HashMap<>();
            mongo.find(Query.query(Criteria.where("_id").in(ids)), ArticleDocument.class)
                    .forEach(article -> byId.put(article.id(), article));
            for (String id : ids) {
                ArticleDocument article = byId.get(id);
                if (article == null) {
                    continue;
                }
                DocumentMapper.statementsOf(article).stream()
                        .filter(statement -> statement.speakerNames().stream().noneMatch(speakerForms::contains))
                        .sorted(Comparator.comparing(StatementDocument::id))
                        .limit(PROFILE_LIST_SIZE - found.size())
                        .forEach(statement -> found.add(StatementView.of(statement)));
            }
        }
        return found;
    }

    /**
     * The entity's most recent visible articles, at most {@value #RECENT_ARTICLE_BOUND}, with the keys of the
     * entities each mentions, newest first.
     */
    private Map<String, Set<String>> recentArticles(String key) {
        Query recent = Query.query(Criteria.where("entityNames").is(EntityLookup.of(key)).and("hidden").ne(true))
                .with(Sort.by(Sort.Order.desc("sortAt"), Sort.Order.asc("_id"))).limit(RECENT_ARTICLE_BOUND);
        recent.fields().include("_id", "enrichment.entities.key");
        Map<String, Set<String>> keysByArticle = new LinkedHashMap<>();
        for (Document article : mongo.find(recent, Document.class, "articles")) {
            Set<String> keys = new HashSet<>();
            Document enrichment = article.get("enrichment", Document.class);
            if (enrichment != null) {
                enrichment.getList("entities", Document.class, List.of()).stream()
                        .map(entity -> entity.getString("key")).filter(other -> other != null && !other.isBlank())
                        .forEach(keys::add);
            }
            keysByArticle.put(article.getString("_id"), keys);
        }
        return keysByArticle;
    }

    /** The other entities sharing most of the given articles, then by key. */
    private List<EntityViews.CoMention> coMentioned(String key, Map<String, Set<String>> recent) {
        Map<String, Integer> shared = new HashMap<>();
        recent.values().forEach(keys -> keys.stream().filter(other -> !other.equals(key))
                .forEach(other -> shared.merge(other, 1, Integer::sum)));
        List<Map.Entry<String, Integer>> top = shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(PROFILE_LIST_SIZE).toList();
        Map<String, Document> entities = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(top.stream().map(Map.Entry::getKey).toList())),
                Document.class, "entities").forEach(entity -> entities.put(entity.getString("_id"), entity));
        return top.stream().map(count -> {
            Document entity = entities.getOrDefault(count.getKey(), new Document());
            return new EntityViews.CoMention(count.getKey(), entity.getString("name"), entity.getString("type"),
                    count.getValue());
        }).toList();
    }

    private List<StatementView> statements(Criteria criteria) {
        Query query = new Query(new Criteria().andOperator(criteria, Criteria.where("hidden").ne(true)))
                .with(NEWEST_FIRST).limit(PROFILE_LIST_SIZE);
        return mongo.find(query, StatementDocument.class).stream().map(StatementView::of).toList();
    }

    private static LocalDate day(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException e) {
            throw new BadParameterException(parameter, "'" + parameter + "' must be a day such as 2024-03-05");
        }
    }
}
