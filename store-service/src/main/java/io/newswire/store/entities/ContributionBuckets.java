package io.newswire.store.entities;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@code entityContributions} collection: one document per entity key and UTC day, holding the contribution
 * of every article of that day as an entry under the article's id, and running counts over those entries (articles,
 * mentions, names, types, forms, roles, first and last seen).
 *
 * <p>Every change is a compare-and-set on the document's {@code revision}: read the document (by id), decide, write
 * with the filter {@code {_id, revision}}, and read again when another writer got there first. An entry and the
 * counts it affects change in one single-document update, so the counts are exactly those of the entries whatever
 * the interleaving of writers; an entry is replaced only by a newer version of its article. Only the entry being
 * changed is read, except when a removed or moved entry held the day's first or last time: then the whole document
 * is read and its counts recomputed.
 */
final class ContributionBuckets {

    static final String COLLECTION = "entityContributions";

    private static final String ENTRIES = "entries";
    private static final String REVISION = "revision";
    private static final String FIRST_SEEN = "firstSeen";
    private static final String LAST_SEEN = "lastSeen";

    private final MongoTemplate mongo;

    ContributionBuckets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores the contribution unless its bucket holds one from a newer version of the article. */
    void put(Contribution contribution) {
        String field = FieldKeys.encode(contribution.articleId());
        Document entry = entryOf(contribution);
        while (true) {
            Document bucket = entryOf(contribution.bucketId(), field);
            if (bucket == null) {
                if (insert(contribution, field, entry)) {
                    return;
                }
                continue;
            }
            Document old = bucket.get(ENTRIES, new Document()).get(field, Document.class);
            if (old != null && (contribution.version().isOlderThan(versionOf(old)) || old.equals(entry))) {
                return;
            }
            if (change(contribution.bucketId(), bucket, field, old, entry)) {
                return;
            }
        }
    }

    /** Removes the article's entry from the bucket if the entry's version passes the test. */
    void withdraw(String bucketId, String articleId, Predicate<ArticleVersion> when) {
        String field = FieldKeys.encode(articleId);
        while (true) {
            Document bucket = entryOf(bucketId, field);
            Document old = bucket == null ? null : bucket.get(ENTRIES, new Document()).get(field, Document.class);
            if (old == null || !when.test(versionOf(old))) {
                return;
            }
            if (change(bucketId, bucket, field, old, null)) {
                return;
            }
        }
    }

    /** The buckets' counts, without their entries; absent buckets are left out. */
    List<Document> counts(List<String> bucketIds) {
        List<Document> found = new ArrayList<>();
        collection().find(Filters.in("_id", bucketIds)).projection(Projections.exclude(ENTRIES)).into(found);
        return found;
    }

    private Document entryOf(String bucketId, String field) {
        return collection().find(Filters.eq("_id", bucketId))
                .projection(Projections.include(REVISION, ENTRIES + "." + field, FIRST_SEEN, LAST_SEEN)).first();
    }

    private boolean insert(Contribution contribution, String field, Document entry) {
        Document bucket = new Document("_id", contribution.bucketId()).append("key", contribution.key())
                .append("day", Contribution.dayOf(contribution.seenAt())).append(REVISION, 1L)
                .append(ENTRIES, new Document(field, entry));
        bucket.putAll(countsOf(List.of(entry)));
        try {
            mongo.insert(bucket, COLLECTION);
            return true;
        }
        catch (DuplicateKeyException createdMeanwhile) {
            return false;
        }
    }

    /** Replaces {@code old} by {@code entry} ({@code null}: removes it) if the bucket is still at its revision. */
    private boolean change(String bucketId, Document bucket, String field, Document old, Document entry) {
        long revision = bucket.get(REVISION, Number.class).longValue();
        if (old != null && losesExtreme(bucket, old, entry)) {
            return rewrite(bucketId, revision, field, entry);
        }
        Map<String, Long> increments = new LinkedHashMap<>();
        if (old != null) {
            count(increments, old, -1);
        }
        Document set = new Document(REVISION, revision + 1);
        Document update = new Document("$set", set);
        if (entry != null) {
            count(increments, entry, 1);
            set.append(ENTRIES + "." + field, entry);
            update.append("$min", new Document(FIRST_SEEN, entry.getDate("seenAt")))
                    .append("$max", new Document(LAST_SEEN, entry.getDate("seenAt")));
        }
        else {
            update.append("$unset", new Document(ENTRIES + "." + field, ""));
        }
        Document inc = new Document();
        increments.forEach((path, delta) -> {
            if (delta != 0) {
                inc.append(path, delta);
            }
        });
        if (!inc.isEmpty()) {
            update.append("$inc", inc);
        }
        return collection().updateOne(new Document("_id", bucketId).append(REVISION, revision),
                update).getMatchedCount() == 1;
    }

    /** The slow path: the whole bucket, its counts recomputed from its entries. */
    private boolean rewrite(String bucketId, long revision, String field, Document entry) {
        Document bucket = collection().find(Filters.eq("_id", bucketId)).first();
        if (bucket == null || bucket.get(REVISION, Number.class).longValue() != revision) {
            return false;
        }
        Document entries = bucket.get(ENTRIES, new Document());
        if (entry == null) {
            entries.remove(field);
        }
        else {
            entries.put(field, entry);
        }
        List<Document> all = new ArrayList<>();
        entries.values().forEach(value -> all.add((Document) value));
        bucket.remove(FIRST_SEEN);
        bucket.remove(LAST_SEEN);
        bucket.putAll(countsOf(all));
        bucket.put(REVISION, revision + 1);
        return collection().replaceOne(new Document("_id", bucketId).append(REVISION, revision),
                bucket).getMatchedCount() == 1;
    }

    /** Whether removing or moving the entry can change the day's first or last time, which counts cannot undo. */
    private static boolean losesExtreme(Document bucket, Document old, Document entry) {
        Date seenAt = old.getDate("seenAt");
        if (entry != null && seenAt.equals(entry.getDate("seenAt"))) {
            return false;
        }
        return seenAt.equals(bucket.getDate(FIRST_SEEN)) || seenAt.equals(bucket.getDate(LAST_SEEN));
    }

    /** The counts of a set of entries, as stored beside them. */
    static Document countsOf(List<Document> entries) {
        Map<String, Long> increments = new LinkedHashMap<>();
        Date first = null;
        Date last = null;
        for (Document entry : entries) {
            count(increments, entry, 1);
            Date seenAt = entry.getDate("seenAt");
            first = first == null || seenAt.before(first) ? seenAt : first;
            last = last == null || seenAt.after(last) ? seenAt : last;
        }
        Document counts = new Document("articles", 0L).append("mentions", 0L).append("names", new Document())
                .append("types", new Document()).append("forms", new Document()).append("roles", new Document());
        increments.forEach((path, value) -> {
            int dot = path.indexOf('.');
            if (dot < 0) {
                counts.put(path, value);
            }
            else {
                counts.get(path.substring(0, dot), Document.class).put(path.substring(dot + 1), value);
            }
        });
        if (first != null) {
            counts.append(FIRST_SEEN, first).append(LAST_SEEN, last);
        }
        return counts;
    }

    /** Adds (sign 1) or takes away (sign -1) what one entry counts for. */
    private static void count(Map<String, Long> increments, Document entry, int sign) {
        increments.merge("articles", (long) sign, Long::sum);
        increments.merge("mentions", (long) sign * entry.get("mentions", Number.class).longValue(), Long::sum);
        String name = entry.getString("name");
        if (name != null) {
            increments.merge("names." + FieldKeys.encode(name), (long) sign, Long::sum);
        }
        String type = entry.getString("type");
        if (type != null) {
            increments.merge("types." + FieldKeys.encode(type), (long) sign, Long::sum);
        }
        Set<String> forms = new LinkedHashSet<>();
        if (name != null) {
            forms.add(name);
        }
        forms.addAll(entry.getList("aliases", String.class));
        forms.forEach(form -> increments.merge("forms." + FieldKeys.encode(form), (long) sign, Long::sum));
        entry.getList("roles", String.class)
                .forEach(role -> increments.merge("roles." + FieldKeys.encode(role), (long) sign, Long::sum));
    }

    static Document entryOf(Contribution contribution) {
        return new Document("version", contribution.version().version())
                .append("enrichmentVersion", contribution.version().enrichmentVersion())
                .append("name", contribution.name()).append("type", contribution.type())
                .append("aliases", contribution.aliases()).append("roles", contribution.roles())
                .append("mentions", contribution.mentions()).append("seenAt", Date.from(contribution.seenAt()));
    }

    private static ArticleVersion versionOf(Document entry) {
        return new ArticleVersion(entry.getString("version"), entry.getString("enrichmentVersion"));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

}
