package dev.fivenines.api.support;

import dev.fivenines.api.persistence.embedded.JdbcDetails;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points the application at the test JVM's one database. Because an {@link R2dbcConnectionDetails}
 * bean exists, the application's persistent embedded default backs off and tests never touch
 * {@code ~/.fivenines}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    R2dbcConnectionDetails testR2dbcConnectionDetails() {
        return () -> TestPostgres.get().r2dbc();
    }

    @Bean
    JdbcConnectionDetails testJdbcConnectionDetails() {
        return details().forJdbc();
    }

    @Bean
    FlywayConnectionDetails testFlywayConnectionDetails() {
        return details().forFlyway();
    }

    private static JdbcDetails details() {
        var db = TestPostgres.get();
        return new JdbcDetails(db.jdbcUrl(), db.username(), db.password());
    }
}
