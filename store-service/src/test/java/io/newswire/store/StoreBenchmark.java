package io.newswire.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.Enrichment;
import io.newswire.events.Entity;
import io.newswire.events.Mention;
import io.newswire.events.PubStatus;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.events.Span;
import io.newswire.events.Speaker;
import io.newswire.events.SpeakerKind;
import io.newswire.events.Statement;
import io.newswire.events.StatementType;
import io.newswire.events.TextField;
import io.newswire.events.Topics;
import io.newswire.testsupport.TestInfrastructure;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Store throughput and query latency on synthetic enriched articles: a main program, not a test. Arguments: the number
 * of articles (default 100000) and of timed requests per query (default 200, after a fifth as many warm-up ones).
 */
public final class StoreBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] FIRST = {"Anna", "David", "Maria", "James", "Priya", "Kenji", "Sarah", "Omar",
            "Elena", "Thomas", "Fatima", "Lucas", "Ingrid", "Chen", "Amara", "Pierre", "Sofia", "Daniel", "Aisha",
            "Mikhail", "Laura", "Rafael", "Hannah", "Yusuf", "Claire", "Ivan", "Nadia", "Felix", "Grace", "Tariq"};
    private static final String[] LAST = {"Thornton", "Okafor", "Marchetti", "Lindqvist", "Raman", "Beaulieu",
            "Whitfield", "Nakamura", "Kowalski", "Haddad", "Fernandes", "Schneider", "O'Brien", "Petrov", "Ng",
            "Mensah", "Dubois", "Larsen", "Castillo", "Abdi", "Novak", "Brennan", "Yilmaz", "Ferreira", "Moreau",
            "Sato", "Jensen", "Rossi", "Mbeki", "Walsh", "Kaur", "Tanaka", "Gallagher", "Santos", "Weber",
            "Eriksen", "Costa", "Ibrahim", "Murphy", "Lefebvre"};
    private static final String[] ORGS = {"Ministry of Finance", "Northern Rail", "City Council", "Health Agency",
            "Central Bank", "Port Authority", "Teachers Union", "Energy Board", "Supreme Court", "Red Cross"};
    private static final String[] PLACES = {"Ottawa", "Toronto", "Berlin", "Paris", "Madrid", "Nairobi", "Tokyo",
            "Lagos", "Lisbon", "Oslo", "Halifax", "Winnipeg", "Sydney", "Mumbai", "Cairo", "Lima"};
    private static final String[] SOURCES = {"cbc-politics", "reuters-world", "dpa-news", "afp-fr", "efe-es",
            "guardian-uk", "globe-mail", "nhk-world", "ap-top", "bbc-news", "lemonde", "elpais"};
    private static final String[] SECTIONS = {"Politics", "Business", "World", "Health", "Sport", "Science",
            "Culture"};
    private static final String[] LANGUAGES = {"en", "en", "en", "en", "fr", "de", "es"};
    private static final String[] CUES = {"said", "told reporters", "argued", "warned", "added"};
    private static final String FILLER = "Officials said the measure would be reviewed by a committee before the "
            + "end of the session, and several members asked for more detail on how it would be funded. ";
    private static final int POOL = 3000;
    private static int warmUp = 30;
    private static int requests = 200;

    private StoreBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        }
        catch (Exception | AssertionError e) {
            // The embedded broker's threads would keep the JVM (and exec:java) alive: report and leave.
            System.err.println("StoreBenchmark failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        if (args.length > 1) {
            requests = Integer.parseInt(args[1]);
            warmUp = Math.max(1, requests / 5);
        }
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        String database = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String mongoUri = TestInfrastructure.mongoUri(database);
        String[] pool = entityPool();
        Instant epoch = Instant.parse("2026-09-01T00:00:00Z");
        IntFunction<ArticleEnriched> events = i -> event(i, new Random(i * 7919L + 1), pool, epoch);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Topics.ARTICLES_ENRICHED, 6, (short) 1),
                    new NewTopic(Topics.ARTICLES_INGESTED, 6, (short) 1))).all().get();
        }
        long publishStart = System.nanoTime();
        long bytes = 0;
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        producerProps.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        producerProps.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (var producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < n; i++) {
                ArticleEnriched event = events.apply(i);
                String json = JSON.writeValueAsString(event);
                bytes += json.length();
                producer.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, event.article().id(), json));
            }
            producer.flush();
        }
        double publishSeconds = seconds(publishStart);
        System.out.printf("published %d events (%.1f KB average) in %.1f s%n", n, bytes / 1024.0 / n, publishSeconds);

        long appStart = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(StoreApplication.class)
                .run("--spring.kafka.bootstrap-servers=" + bootstrap, "--spring.mongodb.uri=" + mongoUri,
                        "--server.port=0", "--logging.level.root=WARN");
        double startupSeconds = seconds(appStart);
        long storeStart = System.nanoTime();
        long stored;
        try (MongoClient mongo = MongoClients.create(TestInfrastructure.mongoUri(""))) {
            var articles = mongo.getDatabase(database).getCollection("articles");
            long lastReport = System.nanoTime();
            while ((stored = articles.countDocuments()) < n) {
                Thread.sleep(500);
                if (System.nanoTime() - lastReport > 30_000_000_000L) {
                    System.out.printf("  ... %d stored after %.0f s%n", stored, seconds(storeStart));
                    lastReport = System.nanoTime();
                }
            }
            double storeSeconds = seconds(storeStart);
            var db = mongo.getDatabase(database);
            long statements = db.getCollection("statements").countDocuments();
            long entities = db.getCollection("entities").countDocuments();
            long mentions = db.getCollection("entityContributions").countDocuments();
            Runtime runtime = Runtime.getRuntime();
            long usedHeap = runtime.totalMemory() - runtime.freeMemory();

            double bareSeconds = bareInsert(mongo.getDatabase(database + "-bare"), n, events);
            long bareStatements = mongo.getDatabase(database + "-bare").getCollection("statements").countDocuments();

            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            List<String> rows = latencies(port, n, events, pool);

            System.out.println();
            System.out.printf("StoreBenchmark: N=%d articles, %d statements, %d entities, %d entity-day buckets%n", n,
                    statements, entities, mentions);
            System.out.printf("heap: max %d MB, used after ingestion %d MB, %d processors%n",
                    runtime.maxMemory() >> 20, usedHeap >> 20, runtime.availableProcessors());
            System.out.printf("%-52s %12s%n", "ingestion", "value");
            System.out.printf("%-52s %10.1f s%n", "publish to articles-enriched", publishSeconds);
            System.out.printf("%-52s %10.1f s%n", "store-service start-up", startupSeconds);
            System.out.printf("%-52s %10.1f s%n", "store-service catch-up (after start-up)", storeSeconds);
            System.out.printf("%-52s %8.0f a/s%n", "store-service articles/s", n / storeSeconds);
            System.out.printf("%-52s %8.0f d/s%n", "store-service documents/s (articles+statements)",
                    (n + statements) / storeSeconds);
            System.out.printf("%-52s %10.1f s%n", "bare insertMany (unordered, 1000/batch)", bareSeconds);
            System.out.printf("%-52s %8.0f d/s%n", "bare documents/s (articles+statements)",
                    (n + bareStatements) / bareSeconds);
            System.out.printf("%n%-52s %8s %8s%n", "query (" + requests + " requests after " + warmUp + " warm-up)",
                    "p50 ms", "p95 ms");
            rows.forEach(System.out::println);
        } finally {
            app.close();
        }
    }

    private static double bareInsert(com.mongodb.client.MongoDatabase db, int n, IntFunction<ArticleEnriched> events) {
        MongoCollection<Document> articles = db.getCollection("articles");
        MongoCollection<Document> statements = db.getCollection("statements");
        var unordered = new InsertManyOptions().ordered(false);
        List<Document> articleBatch = new ArrayList<>();
        List<Document> statementBatch = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ArticleEnriched event = events.apply(i);
            Document article = Document.parse(JSON.writeValueAsString(event));
            article.put("_id", event.article().id());
            articleBatch.add(article);
            for (Statement statement : event.enrichment().statements()) {
                Document document = Document.parse(JSON.writeValueAsString(statement));
                document.put("_id", event.article().id() + ":" + statement.id());
                document.put("articleId", event.article().id());
                document.put("publishedAt", java.util.Date.from(event.article().publishedAt()));
                statementBatch.add(document);
            }
            if (articleBatch.size() == 1000 || i == n - 1) {
                articles.insertMany(articleBatch, unordered);
                articleBatch.clear();
            }
            if (statementBatch.size() >= 1000 || i == n - 1) {
                if (!statementBatch.isEmpty()) {
                    statements.insertMany(statementBatch, unordered);
                }
                statementBatch.clear();
            }
        }
        return seconds(start);
    }

    private static List<String> latencies(int port, int n, IntFunction<ArticleEnriched> events, String[] pool)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(42);
        List<String> rows = new ArrayList<>();
        String base = "http://127.0.0.1:" + port;
        IntFunction<String> byId = k -> "/api/articles/" + events.apply(random.nextInt(n)).article().id();
        IntFunction<String> popular = k -> pool[zipf(random)];
        rows.add(measure(http, base, "GET /api/articles/{id}", byId));
        rows.add(measure(http, base, "GET /api/articles?entity=", k -> "/api/articles?entity=" + enc(popular.apply(k))));
        rows.add(measure(http, base, "GET /api/articles?entity=&from=&to= (7 days)", k -> {
            Instant from = Instant.parse("2026-09-01T00:00:00Z").plus(Duration.ofDays(random.nextInt(53)));
            return "/api/articles?entity=" + enc(popular.apply(k)) + "&from=" + from + "&to="
                    + from.plus(Duration.ofDays(7));
        }));
        rows.add(measure(http, base, "GET /api/articles?source=&language=", k -> "/api/articles?source="
                + SOURCES[random.nextInt(SOURCES.length)] + "&language=en"));
        rows.add(measure(http, base, "GET /api/statements?speaker=", k -> "/api/statements?speaker="
                + enc(pool[zipf(random) / 3 * 3])));
        rows.add(measure(http, base, "GET /api/articles?q=", k -> "/api/articles?q="
                + enc(LAST[random.nextInt(LAST.length)])));
        rows.add(measure(http, base, "GET /api/statements?q=", k -> "/api/statements?q="
                + enc(PLACES[random.nextInt(PLACES.length)])));
        rows.add(measure(http, base, "GET /api/entities?q=", k -> "/api/entities?q="
                + enc(LAST[random.nextInt(LAST.length)])));
        rows.add(measure(http, base, "GET /api/entities/{key} (top 100 entities)", k -> {
            int rank = zipf(random) % 100;
            return "/api/entities/" + enc(key(pool[rank], rank));
        }));
        return rows;
    }

    private static String measure(HttpClient http, String base, String name, IntFunction<String> paths)
            throws Exception {
        long[] nanos = new long[requests];
        for (int k = 0; k < warmUp + requests; k++) {
            var request = HttpRequest.newBuilder(URI.create(base + paths.apply(k)))
                    .header("Accept", "application/json").build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() == 404 && k == 0) {
                return String.format("%-52s %s", name, "skipped: 404 (" + abbreviate(response.body()) + ")");
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + " answered " + response.statusCode() + ": "
                        + abbreviate(response.body()));
            }
            if (k >= warmUp) {
                nanos[k - warmUp] = took;
            }
        }
        Arrays.sort(nanos);
        return String.format("%-52s %8.1f %8.1f", name, nanos[requests / 2] / 1e6, nanos[requests * 95 / 100] / 1e6);
    }

    private static String abbreviate(String body) {
        return body.length() > 80 ? body.substring(0, 80) + "..." : body;
    }

    /** Names: every third a person, then an organisation, then a place-qualified organisation. */
    private static String[] entityPool() {
        String[] pool = new String[POOL];
        Random random = new Random(7);
        for (int i = 0; i < POOL; i++) {
            pool[i] = switch (i % 3) {
                case 0 -> FIRST[random.nextInt(FIRST.length)] + " " + LAST[(i / 3) % LAST.length]
                        + (i / 3 >= LAST.length ? "-" + LAST[(i / 3 / LAST.length) % LAST.length] : "");
                case 1 -> ORGS[random.nextInt(ORGS.length)] + " of " + PLACES[random.nextInt(PLACES.length)]
                        + " " + (i / 3);
                default -> PLACES[random.nextInt(PLACES.length)] + " " + LAST[random.nextInt(LAST.length)]
                        + " District " + (i / 3);
            };
        }
        return pool;
    }

    /** A rank from 0 to {@code POOL - 1}, rank r about 1/(r+1) as likely as rank 0. */
    private static int zipf(Random random) {
        return Math.min(POOL - 1, (int) Math.floor(Math.exp(random.nextDouble() * Math.log(POOL + 1.0))) - 1);
    }

    private static String type(int rank) {
        return switch (rank % 3) {
            case 0 -> "PERSON";
            case 1 -> "ORGANIZATION";
            default -> "LOCATION";
        };
    }

    private static String key(String name, int rank) {
        return type(rank).toLowerCase() + ":" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static ArticleEnriched event(int i, Random random, String[] pool, Instant epoch) {
        int entityCount = 5 + random.nextInt(11);
        List<Integer> ranks = new ArrayList<>();
        while (ranks.size() < entityCount) {
            int rank = zipf(random);
            if (!ranks.contains(rank)) {
                ranks.add(rank);
            }
        }
        List<Integer> people = ranks.stream().filter(r -> r % 3 == 0).toList();
        if (people.isEmpty()) {
            ranks.set(0, ranks.get(0) / 3 * 3);
            people = List.of(ranks.get(0));
        }
        StringBuilder body = new StringBuilder();
        List<List<Mention>> mentions = new ArrayList<>();
        for (int rank : ranks) {
            List<Mention> of = new ArrayList<>();
            String name = pool[rank];
            of.add(new Mention(TextField.BODY, body.length(), body.length() + name.length(), name));
            body.append(name).append(" was named in the report published on Tuesday. ").append(FILLER);
            mentions.add(of);
        }
        int statementCount = 2 + random.nextInt(7);
        List<Statement> statements = new ArrayList<>();
        for (int s = 0; s < statementCount; s++) {
            int speakerRank = people.get(random.nextInt(people.size()));
            String place = PLACES[random.nextInt(PLACES.length)];
            String quote = "We will not accept a plan for " + place + " that leaves families paying more for less";
            String cue = CUES[random.nextInt(CUES.length)];
            body.append('"');
            int start = body.length();
            body.append(quote);
            int end = body.length();
            body.append(",\" ").append(pool[speakerRank]).append(' ').append(cue).append(". ");
            statements.add(new Statement("s" + (s + 1), new Speaker(pool[speakerRank],
                    "e" + (ranks.indexOf(speakerRank) + 1), null, SpeakerKind.PERSON), quote, StatementType.DIRECT, cue,
                    new Span(TextField.BODY, start, end), 0.8 + random.nextDouble() / 5));
        }
        while (body.length() < 3000) {
            body.append(FILLER);
        }
        List<Entity> entities = new ArrayList<>();
        for (int e = 0; e < ranks.size(); e++) {
            int rank = ranks.get(e);
            entities.add(new Entity("e" + (e + 1), pool[rank], type(rank), List.of(), List.of(), mentions.get(e),
                    Math.round((1.0 - e / (double) ranks.size()) * 100) / 100.0, key(pool[rank], rank)));
        }
        String source = SOURCES[i % SOURCES.length];
        Instant published = epoch.plusSeconds(random.nextInt(60 * 24 * 3600));
        String id = UUID.nameUUIDFromBytes(("bench-" + i).getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "");
        Article article = new Article(id, "https://" + source + ".example/" + i, "https://" + source + ".example/" + i,
                new Source(source, source, SourceKind.RSS, null),
                pool[ranks.get(0)] + " at the centre of dispute over " + PLACES[i % PLACES.length] + " plan",
                null, List.of(FIRST[i % FIRST.length] + " " + LAST[i % LAST.length]),
                SECTIONS[random.nextInt(SECTIONS.length)], LANGUAGES[random.nextInt(LANGUAGES.length)], published, null,
                published.plusSeconds(120), body.toString(), UUID.nameUUIDFromBytes(body.toString().getBytes(StandardCharsets.UTF_8)).toString().replace("-", ""), List.of(), List.of(), null,
                PubStatus.USABLE, null);
        Enrichment enrichment = new Enrichment("benchmark", "1", published.plusSeconds(121), entities, statements);
        return new ArticleEnriched(UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)),
                published.plusSeconds(121), ArticleEnriched.SCHEMA_VERSION, article, enrichment);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
