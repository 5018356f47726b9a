package dev.fivenines.api.persistence.embedded;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * JDBC coordinates of a PostgreSQL server, published as the two connection-details types Flyway
 * looks for. They must be two objects: one object implementing both would be two candidate beans
 * of the Flyway type.
 */
public record JdbcDetails(String jdbcUrl, String username, String password) {

    public JdbcConnectionDetails forJdbc() {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return username;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return jdbcUrl;
            }
        };
    }

    public FlywayConnectionDetails forFlyway() {
        JdbcConnectionDetails jdbc = forJdbc();
        return new FlywayConnectionDetails() {
            @Override
            public String getUsername() {
                return jdbc.getUsername();
            }

            @Override
            public String getPassword() {
                return jdbc.getPassword();
            }

            @Override
            public String getJdbcUrl() {
                return jdbc.getJdbcUrl();
            }
        };
    }
}
