package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.ArticleIngested;
import io.newswire.events.Entity;
import io.newswire.events.PubStatus;
import io.newswire.store.entities.EntityEvents;
import io.newswire.store.entities.EntityStatistics;
import io.newswire.testsupport.TestInfrastructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Many writers applying every version of a set of articles in random orders at once, as several store instances
 * replaying the topics would, leave exactly the entities of one clean pass in version order.
 */
class EntityStatisticsConcurrencyTests {

    private static final int WRITERS = 6;
    private static final int ROUNDS = 4;

    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.mongoUri("entity-concurrency-tests"));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void concurrentWritersInAnyOrderConvergeOnTheCleanPass() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<Object> history = history(run);

            ArticleProjection clean = projection("entity-clean-" + run);
            history.forEach(event -> apply(clean, event));
            Map<String, Document> expected = entities("entity-clean-" + run);
            assertThat(expected).isNotEmpty();

            ArticleProjection shared = projection("entity-raced-" + run);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    List<Object> order = new ArrayList<>(history);
                    Collections.shuffle(order, new Random(31L * round + writer));
                    done.add(pool.submit(() -> order.forEach(event -> apply(shared, event))));
                }
                for (Future<?> each : done) {
                    each.get();
                }
            }
            finally {
                pool.shutdown();
            }
            assertThat(entities("entity-raced-" + run)).as("round %d", round).isEqualTo(expected);
            assertThat(statementIds("entity-raced-" + run)).as("round %d", round)
                    .isEqualTo(statementIds("entity-clean-" + run)).isNotEmpty();
        }
    }

    @Test
    void aWriterOfAnOlderVersionThatComesLateNeitherOverwritesNorRemovesTheNewerContribution() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        MongoTemplate mongo = new MongoTemplate(client, "entity-late-" + run);
        EntityStatistics statistics = new EntityStatistics(mongo);
        Instant at = Instant.parse("2021-05-01T08:00:00Z");
        ArticleEnriched older = EntityEvents.enriched("late-" + run, "h1", at, at, PubStatus.USABLE, List.of(
                EntityEvents.entity("person:ann", "Ann Lee", "PERSON", 5, List.of(), List.of()),
                EntityEvents.entity("person:ben", "Ben Ode", "PERSON", 1, List.of(), List.of())));
        ArticleEnriched newer = EntityEvents.enriched("late-" + run, "h2", at, at.plusSeconds(1), PubStatus.USABLE,
                List.of(EntityEvents.entity("person:ann", "Ann Lee", "PERSON", 2, List.of(), List.of())));

        // The older version's article write succeeded first; the newer one's write and statistics then overtook it.
        ArticleWriter writer = new ArticleWriter(mongo);
        ArticleProjection projection = new ArticleProjection(writer, mongo, statistics);
        ArticleDocument olderDocument = DocumentMapper.articleOf(older);
        assertThat(writer.write(olderDocument)).isPresent();
        projection.apply(newer);
        projection.complete(olderDocument);

        Map<String, Document> entities = entities("entity-late-" + run);
        assertThat(entities).containsOnlyKeys("person:ann");
        assertThat(entities.get("person:ann").get("mentions", Number.class).longValue()).isEqualTo(2);
        assertThat(contributionEntries(mongo)).isEqualTo(1);
        assertThat(statementIds("entity-late-" + run)).allMatch(id -> id.contains(":h2"));
    }

    @Test
    void aCrashAfterTheArticleWriteIsRepairedByTheRedeliveryOrByTheNextVersion() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.parse("2021-05-01T08:00:00Z");
        Entity ann = EntityEvents.entity("person:ann", "Ann Lee", "PERSON", 5, List.of(), List.of());
        Entity ben = EntityEvents.entity("person:ben", "Ben Ode", "PERSON", 1, List.of(), List.of());
        Entity cat = EntityEvents.entity("person:cat", "Cat Roy", "PERSON", 1, List.of(), List.of());
        ArticleEnriched first = EntityEvents.enriched("crash-" + run, "h1", at, at, PubStatus.USABLE,
                List.of(ann, ben));
        ArticleEnriched second = EntityEvents.enriched("crash-" + run, "h2", at.plusSeconds(86_400),
                at.plusSeconds(1), PubStatus.USABLE, List.of(ann, cat));
        ArticleEnriched third = EntityEvents.enriched("crash-" + run, "h3", at, at.plusSeconds(2), PubStatus.USABLE,
                List.of(cat));

        ArticleProjection clean = projection("crash-clean-" + run);
        clean.apply(first);
        clean.apply(second);
        Map<String, Document> afterSecond = entities("crash-clean-" + run);
        clean.apply(third);
        Map<String, Document> afterThird = entities("crash-clean-" + run);

        MongoTemplate mongo = new MongoTemplate(client, "crash-redelivered-" + run);
        ArticleProjection redelivered = new ArticleProjection(new ArticleWriter(mongo), mongo,
                new EntityStatistics(mongo));
        redelivered.apply(first);
        new ArticleWriter(mongo).write(DocumentMapper.articleOf(second));
        redelivered.apply(second);
        assertThat(entities("crash-redelivered-" + run)).isEqualTo(afterSecond).containsOnlyKeys("person:ann",
                "person:cat");

        mongo = new MongoTemplate(client, "crash-next-" + run);
        ArticleProjection next = new ArticleProjection(new ArticleWriter(mongo), mongo, new EntityStatistics(mongo));
        next.apply(first);
        new ArticleWriter(mongo).write(DocumentMapper.articleOf(second));
        next.apply(third);
        assertThat(entities("crash-next-" + run)).isEqualTo(afterThird).containsOnlyKeys("person:cat");
        assertThat(contributionEntries(mongo)).isEqualTo(1);
        assertThat(statementIds("crash-next-" + run)).isEqualTo(statementIds("crash-clean-" + run));
    }

    @Test
    void aMergeNeverReplacesADaysCountsByOlderOnes() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        MongoTemplate mongo = new MongoTemplate(client, "entity-revision-" + run);
        Document day = new Document("revision", 1_000L).append("articles", 7L).append("mentions", 70L);
        Document later = new Document("_id", "person:ann").append("articles", 7).append("mentions", 70L)
                .append("revision", 3L).append("dayCounts", new Document("2021-05-01", day));
        mongo.getCollection("entities").insertOne(later);
        Instant at = Instant.parse("2021-05-01T08:00:00Z");

        new ArticleProjection(new ArticleWriter(mongo), mongo, new EntityStatistics(mongo)).apply(
                EntityEvents.enriched("rev-" + run, "h1", at, at, PubStatus.USABLE, List.of(EntityEvents.entity(
                        "person:ann", "Ann Lee", "PERSON", 1, List.of(), List.of()))));

        Document stored = mongo.getCollection("entities").find(new Document("_id", "person:ann")).first();
        assertThat(stored).isEqualTo(later);
        assertThat(mongo.getCollection("entityContributions").find().first().get("revision", Number.class)
                .longValue()).isEqualTo(1L);
    }

    @Test
    void anEntityThatCannotBeWrittenBacksOffIsReportedAndGoesOnOnceRepaired() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        MongoTemplate mongo = new MongoTemplate(client, "entity-stalled-" + run);
        // a revision no compare-and-set query matches, as a crash of the embedded store can leave one
        mongo.getCollection("entities").insertOne(new Document("_id", "person:ann").append("articles", 0)
                .append("mentions", 0L).append("revision", 2.5).append("dayCounts", new Document()));
        EntityStatistics statistics = new EntityStatistics(mongo);
        Instant at = Instant.parse("2021-05-01T08:00:00Z");
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> applied = writer.submit(() -> new ArticleProjection(new ArticleWriter(mongo), mongo, statistics)
                    .apply(EntityEvents.enriched("stall-" + run, "h1", at, at, PubStatus.USABLE, List.of(
                            EntityEvents.entity("person:ann", "Ann Lee", "PERSON", 1, List.of(), List.of())))));

            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> "person:ann".equals(statistics.stalledEntity()));
            var health = new EntityStatisticsHealth(statistics).health(true);
            assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
            assertThat(health.getDetails()).containsEntry("stalledEntity", "person:ann");
            long attempts = statistics.conflicts();
            Thread.sleep(1_000);
            assertThat(statistics.conflicts() - attempts).as("backing off, not spinning a core").isLessThan(5);

            mongo.getCollection("entities").updateOne(new Document("_id", "person:ann"),
                    new Document("$set", new Document("revision", 2L)));
            applied.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(statistics.stalledEntity()).isNull();
            assertThat(new EntityStatisticsHealth(statistics).health(true).getStatus().getCode()).isEqualTo("UP");
            assertThat(mongo.getCollection("entities").find(new Document("_id", "person:ann")).first()
                    .getInteger("articles")).isEqualTo(1);
        }
        finally {
            writer.shutdownNow();
        }
    }

    /** Three articles sharing entities; the first has four versions that add, drop, hide and restore them. */
    private static List<Object> history(String run) {
        Instant at = Instant.parse("2021-05-01T08:00:00Z");
        Entity ann = EntityEvents.entity("person:ann", "Ann Lee", "PERSON", 2, List.of("Lee"), List.of("Mayor"));
        Entity ben = EntityEvents.entity("person:ben", "Ben Ode", "PERSON", 1, List.of(), List.of());
        Entity city = EntityEvents.entity("location:city", "City", "LOCATION", 3, List.of(), List.of());
        Entity club = EntityEvents.entity("organization:club", "The Club", "ORGANIZATION", 1, List.of(), List.of());
        String first = "x-" + run;
        List<ArticleEnriched> versions = List.of(
                EntityEvents.enriched(first, "h1", at, at, PubStatus.USABLE, List.of(ann, ben)),
                EntityEvents.enriched(first, "h2", at, at.plusSeconds(1), PubStatus.USABLE, List.of(ann, city)),
                EntityEvents.enriched(first, "h3", at, at.plusSeconds(2), PubStatus.WITHHELD, List.of(ann, city)),
                EntityEvents.enriched(first, "h4", at, at.plusSeconds(3), PubStatus.USABLE, List.of(club, city)),
                EntityEvents.enriched("y-" + run, "h1", at.plusSeconds(86_400), at, PubStatus.USABLE,
                        List.of(ann, ben, city)),
                EntityEvents.enriched("z-" + run, "h1", null, at.plusSeconds(3_600), PubStatus.USABLE,
                        List.of(ann, club)),
                EntityEvents.enriched("z-" + run, "h2", null, at.plusSeconds(7_200), PubStatus.USABLE,
                        List.of(ben)));
        List<Object> history = new ArrayList<>();
        for (ArticleEnriched version : versions) {
            history.add(new ArticleIngested(UUID.randomUUID(), version.occurredAt(), ArticleIngested.SCHEMA_VERSION,
                    version.article()));
            history.add(version);
        }
        return history;
    }

    private static void apply(ArticleProjection projection, Object event) {
        if (event instanceof ArticleEnriched enriched) {
            projection.apply(enriched);
        }
        else {
            projection.apply((ArticleIngested) event);
        }
    }

    private static ArticleProjection projection(String database) {
        MongoTemplate mongo = new MongoTemplate(client, database);
        return new ArticleProjection(new ArticleWriter(mongo), mongo, new EntityStatistics(mongo));
    }

    /** How many article entries the entityContributions documents hold, by their counts. */
    private static long contributionEntries(MongoTemplate mongo) {
        long entries = 0;
        for (Document bucket : mongo.getCollection("entityContributions").find()) {
            assertThat(bucket.get("entries", Document.class)).hasSize(bucket.get("articles", Number.class).intValue());
            entries += bucket.get("articles", Number.class).longValue();
        }
        return entries;
    }

    private static List<String> statementIds(String database) {
        List<String> ids = new ArrayList<>();
        client.getDatabase(database).getCollection("statements").find().forEach(s -> ids.add(s.getString("_id")));
        Collections.sort(ids);
        return ids;
    }

    /** The visible entities, without what counts writes (change counter, revision) or lists buckets, not facts. */
    private static Map<String, Document> entities(String database) {
        Map<String, Document> entities = new TreeMap<>();
        client.getDatabase(database).getCollection("entities").find(new Document("articles", new Document("$gt", 0)))
                .forEach(document -> {
                    document.remove("changes");
                    document.remove("revision");
                    document.remove("dayCounts");
                    entities.put(document.getString("_id"), document);
                });
        return entities;
    }
}
