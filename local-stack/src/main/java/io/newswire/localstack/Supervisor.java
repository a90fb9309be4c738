package io.newswire.localstack;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Restarts a service that died, so that the rest of the stack keeps serving: after 1 s, then twice as long after
 * each further death up to a minute; a service that stayed up for a minute starts again from 1 s. Each step is
 * reported on the console and noted in the service's log.
 */
final class Supervisor {

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    static final Duration STABLE = Duration.ofMinutes(1);

    private final List<ServiceProcess> services;
    private final Consumer<String> console;
    private final Map<ServiceProcess, Watch> watches = new HashMap<>();

    /** What the supervisor knows of one service. */
    private static final class Watch {
        Duration delay = FIRST_DELAY;
        Instant startedAt;
        Instant restartAt;
        int exitStatus;
        int restarts;
        boolean awaitingHealth;
    }

    Supervisor(List<ServiceProcess> services, Consumer<String> console, Instant now) {
        this.services = services;
        this.console = console;
        for (ServiceProcess service : services) {
            Watch watch = new Watch();
            watch.startedAt = now;
            watches.put(service, watch);
        }
    }

    /** Looks at every service once: notes a death, restarts when its delay is over, reports it back when healthy. */
    void check(Instant now) throws InterruptedException {
        for (ServiceProcess service : services) {
            Watch watch = watches.get(service);
            if (service.isAlive()) {
                if (watch.awaitingHealth && service.isHealthy()) {
                    watch.awaitingHealth = false;
                    console.accept(service.name() + " is back on " + service.url());
                }
                if (Duration.between(watch.startedAt, now).compareTo(STABLE) >= 0) {
                    watch.delay = FIRST_DELAY;
                }
                continue;
            }
            if (watch.restartAt == null) {
                watch.exitStatus = service.exitValue();
                watch.restartAt = now.plus(watch.delay);
                console.accept(service.name() + " exited with status " + watch.exitStatus + "; restarting in "
                        + watch.delay.toSeconds() + " s (see " + service.log() + ")");
            } else if (!now.isBefore(watch.restartAt)) {
                restart(service, watch, now);
            }
        }
    }

    private void restart(ServiceProcess service, Watch watch, Instant now) {
        watch.restartAt = null;
        watch.startedAt = now;
        watch.restarts++;
        Duration doubled = watch.delay.multipliedBy(2);
        watch.delay = doubled.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : doubled;
        try {
            service.restart("exit status " + watch.exitStatus);
            watch.awaitingHealth = true;
            console.accept(service.name() + " restarted (restart " + watch.restarts + ")");
        } catch (IOException e) {
            // tried again after the next delay, like a death
            console.accept(service.name() + " could not be restarted: " + e.getMessage());
        }
    }
}
