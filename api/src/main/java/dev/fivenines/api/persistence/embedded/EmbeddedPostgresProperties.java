package dev.fivenines.api.persistence.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded default database.
 *
 * @param enabled       false turns the embedded default off (then a database must be configured)
 * @param dataDirectory where PostgreSQL keeps its files; defaults to {@code <fivenines.data-dir>/pgdata}
 *                      (the default is set in application.yaml because {@code ${user.home}} in a
 *                      {@code @DefaultValue} is not resolved: STACK-NOTES gotcha 5)
 */
@ConfigurationProperties("fivenines.embedded-postgres")
public record EmbeddedPostgresProperties(boolean enabled, Path dataDirectory) {
}
