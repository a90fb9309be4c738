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
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

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
        new ArticleWriter(mongo).writeEnriched(DocumentMapper.articleOf(older));
        record(statistics, new ArticleWriter(mongo), newer);
        statistics.articleStored(older.article().id(), DocumentMapper.articleOf(older).version(),
                DocumentMapper.articleOf(older).enrichmentVersion(), false, older.article(), older.enrichment());

        Map<String, Document> entities = entities("entity-late-" + run);
        assertThat(entities).containsOnlyKeys("person:ann");
        assertThat(entities.get("person:ann").get("mentions", Number.class).longValue()).isEqualTo(2);
        assertThat(mongo.getCollection("entityMentions").countDocuments()).isEqualTo(1);
    }

    @Test
    void aComputationNeverOverwritesOneMadeAtALaterChange() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        MongoTemplate mongo = new MongoTemplate(client, "entity-revision-" + run);
        Document later = new Document("_id", "person:ann").append("changes", 0L).append("articles", 7)
                .append("mentions", 70L).append("revision", 1_000L);
        mongo.getCollection("entities").insertOne(later);
        Instant at = Instant.parse("2021-05-01T08:00:00Z");

        record(new EntityStatistics(mongo), new ArticleWriter(mongo), EntityEvents.enriched("rev-" + run, "h1", at,
                at, PubStatus.USABLE, List.of(EntityEvents.entity("person:ann", "Ann Lee", "PERSON", 1, List.of(),
                        List.of()))));

        Document stored = mongo.getCollection("entities").find(new Document("_id", "person:ann")).first();
        assertThat(stored).isEqualTo(later.append("changes", 1L));
    }

    private static void record(EntityStatistics statistics, ArticleWriter writer, ArticleEnriched event) {
        ArticleDocument document = DocumentMapper.articleOf(event);
        assertThat(writer.writeEnriched(document)).isEqualTo(ArticleWriter.Outcome.CURRENT);
        statistics.articleStored(document.id(), document.version(), document.enrichmentVersion(), false,
                event.article(), event.enrichment());
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
        StatementRepository statements = new MongoRepositoryFactory(mongo).getRepository(StatementRepository.class);
        return new ArticleProjection(new ArticleWriter(mongo), statements, new EntityStatistics(mongo));
    }

    /** The visible entities, without the change counter and revision that count writes, not facts. */
    private static Map<String, Document> entities(String database) {
        Map<String, Document> entities = new TreeMap<>();
        client.getDatabase(database).getCollection("entities").find(new Document("articles", new Document("$gt", 0)))
                .forEach(document -> {
                    document.remove("changes");
                    document.remove("revision");
                    entities.put(document.getString("_id"), document);
                });
        return entities;
    }
}
