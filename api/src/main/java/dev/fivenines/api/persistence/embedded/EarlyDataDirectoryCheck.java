package dev.fivenines.api.persistence.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Turns a second instance away about a second after its JVM starts, instead of after the context
 * has been built up to the database (10 s and more on a busy machine): once the configuration is
 * final and before the context refreshes, it checks whether another process holds the embedded
 * data directory. It only looks; {@link EmbeddedPostgresServer#start} takes the lock. It runs
 * where the embedded server would (no database URL, not turned off); when a test supplies its own
 * database the check finds the directory free and does nothing.
 */
public final class EarlyDataDirectoryCheck implements ApplicationListener<ApplicationPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        boolean embedded = environment.getProperty("fivenines.embedded-postgres.enabled", Boolean.class, true)
                && !StringUtils.hasText(environment.getProperty("spring.r2dbc.url"));
        String dataDirectory = environment.getProperty("fivenines.embedded-postgres.data-directory");
        if (embedded && StringUtils.hasText(dataDirectory)) {
            DataDirectoryLock.refuseIfHeldElsewhere(Path.of(dataDirectory));
        }
    }
}
