package dev.fivenines.api.persistence.embedded;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts the embedded default PostgreSQL when no database is configured: no {@code spring.r2dbc.url}
 * and no {@link R2dbcConnectionDetails} from elsewhere (a test's database or a Testcontainers
 * service connection). It publishes connection details, the mechanism Boot's own service
 * connections use, so R2DBC and Flyway configure themselves as for any other server.
 */
@AutoConfiguration(
        before = {R2dbcAutoConfiguration.class, FlywayAutoConfiguration.class},
        beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@Conditional(NoR2dbcUrlCondition.class)
@ConditionalOnBooleanProperty(name = "fivenines.embedded-postgres.enabled", matchIfMissing = true)
@ConditionalOnMissingBean(R2dbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public final class EmbeddedPostgresAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedPostgresProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDirectory(), true, false);
    }

    @Bean
    R2dbcConnectionDetails embeddedR2dbcConnectionDetails(EmbeddedPostgresServer server) {
        return server::r2dbcOptions;
    }

    /** Flyway only switches itself on when JDBC details exist (STACK-NOTES gotcha 4). */
    @Bean
    JdbcConnectionDetails embeddedJdbcConnectionDetails(EmbeddedPostgresServer server) {
        return details(server).forJdbc();
    }

    @Bean
    FlywayConnectionDetails embeddedFlywayConnectionDetails(EmbeddedPostgresServer server) {
        return details(server).forFlyway();
    }

    private static JdbcDetails details(EmbeddedPostgresServer server) {
        return new JdbcDetails(server.jdbcUrl(), EmbeddedPostgresServer.USER, "");
    }
}
