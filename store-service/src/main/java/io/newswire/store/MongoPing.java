package io.newswire.store;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code mongo} health component: pings the store's database. It replaces Boot's indicator, whose
 * {@code hello} command the embedded MongoDB-compatible server of the local stack does not know; {@code ping}
 * works on that server and on MongoDB alike.
 */
@Component("mongoHealthIndicator")
class MongoPing extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoTemplate mongo;

    MongoPing(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.executeCommand(PING);
        builder.up().withDetail("database", mongo.getDb().getName());
    }
}
