package dev.fivenines.api.catalog;

import dev.fivenines.domain.publishing.TutorialPublishing;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads the active published versions once the application is ready, then every 30 s, so an
 * instance picks up what an admin published through another instance. Until the first load (or
 * while the database is down) the catalog serves what it had.
 */
@Component
class CatalogRefresher implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CatalogRefresher.class);
    private static final Duration EVERY = Duration.ofSeconds(30);

    private final TutorialPublishing publishing;
    private volatile Disposable schedule;

    CatalogRefresher(TutorialPublishing publishing) {
        this.publishing = publishing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // A refresh slower than EVERY must skip ticks, not end the schedule with an OverflowException.
        schedule = Flux.interval(Duration.ZERO, EVERY)
                .onBackpressureDrop()
                .concatMap(tick -> publishing.refresh()
                        .onErrorResume(e -> {
                            log.warn("Could not refresh published tutorial versions: {}", e.toString());
                            return Mono.empty();
                        }))
                .subscribe();
    }

    @Override
    public void destroy() {
        if (schedule != null) {
            schedule.dispose();
        }
    }
}
