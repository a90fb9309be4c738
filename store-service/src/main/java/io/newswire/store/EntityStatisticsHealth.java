package io.newswire.store;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.newswire.store.entities.EntityStatistics;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health DOWN, naming the entity, while an entity's statistics cannot be written (see
 * {@link EntityStatistics#stalledEntity()}); and the count of lost compare-and-set writes as
 * {@code newswire.store.entity.conflicts}.
 */
@Component("entityStatisticsHealthIndicator")
class EntityStatisticsHealth extends AbstractHealthIndicator implements MeterBinder {

    private final EntityStatistics statistics;

    EntityStatisticsHealth(EntityStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String stalled = statistics.stalledEntity();
        if (stalled == null) {
            builder.up();
        } else {
            builder.down().withDetail("stalledEntity", stalled)
                    .withDetail("reason", "its statistics could not be written after repeated attempts");
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("newswire.store.entity.conflicts", statistics, EntityStatistics::conflicts)
                .description("Entity statistics writes that found another revision than they read").register(registry);
    }
}
