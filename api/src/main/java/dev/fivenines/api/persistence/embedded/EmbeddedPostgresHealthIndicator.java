package dev.fivenines.api.persistence.embedded;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Part of liveness: DOWN once the embedded PostgreSQL this process started has died. Nothing in
 * the process brings it back (restarting it here would need a new port wired into a live R2DBC
 * pool, and would hide why it died), so the honest answer is "this process is broken": a
 * supervisor (systemd, Kubernetes) restarts the whole process, whose start then finds and clears
 * what is left. An external database that is down is readiness's business, not liveness's: it
 * recovers on its own and a restart would not help, so without an embedded server this is UP.
 */
final class EmbeddedPostgresHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresHealthIndicator.class);

    private final ObjectProvider<EmbeddedPostgresServer> server;
    private final AtomicBoolean deathReported = new AtomicBoolean();

    EmbeddedPostgresHealthIndicator(ObjectProvider<EmbeddedPostgresServer> server) {
        this.server = server;
    }

    @Override
    public Health health() {
        EmbeddedPostgresServer embedded = server.getIfAvailable();
        if (embedded == null) {
            return Health.up().withDetail("embedded", false).build();
        }
        Health.Builder health = embedded.postmasterAlive() ? Health.up() : down(embedded);
        embedded.postmasterPid().ifPresent(pid -> health.withDetail("pid", pid));
        return health.withDetail("embedded", true).build();
    }

    private Health.Builder down(EmbeddedPostgresServer embedded) {
        if (deathReported.compareAndSet(false, true)) {
            log.error("The embedded PostgreSQL (pid {}) has stopped; liveness is DOWN until fivenines is restarted",
                    embedded.postmasterPid().map(String::valueOf).orElse("unknown"));
        }
        return Health.down().withDetail("reason", "the embedded PostgreSQL of this process has stopped");
    }
}
