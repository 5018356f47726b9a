package dev.fivenines.api.support;

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
        var db = TestPostgres.get();
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return db.username();
            }

            @Override
            public String getPassword() {
                return db.password();
            }

            @Override
            public String getJdbcUrl() {
                return db.jdbcUrl();
            }
        };
    }

    @Bean
    FlywayConnectionDetails testFlywayConnectionDetails() {
        var db = TestPostgres.get();
        return new FlywayConnectionDetails() {
            @Override
            public String getUsername() {
                return db.username();
            }

            @Override
            public String getPassword() {
                return db.password();
            }

            @Override
            public String getJdbcUrl() {
                return db.jdbcUrl();
            }
        };
    }
}
