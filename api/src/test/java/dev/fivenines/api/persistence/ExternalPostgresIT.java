package dev.fivenines.api.persistence;

import static org.assertj.core.api.Assumptions.assumeThat;

import dev.fivenines.api.support.RunningApp;
import dev.fivenines.api.support.TestTokens;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * With SPRING_R2DBC_URL (and Flyway's JDBC URL) set, the application uses that PostgreSQL instead
 * of the embedded one. Runs against the server at {@code FIVENINES_IT_PG_HOST:PORT} (default
 * 127.0.0.1:5432, user postgres, trust auth, as on our CI machines); skipped where none answers.
 */
class ExternalPostgresIT {

    private static final String HOST = System.getenv().getOrDefault("FIVENINES_IT_PG_HOST", "127.0.0.1");
    private static final String PORT = System.getenv().getOrDefault("FIVENINES_IT_PG_PORT", "5432");
    private static final String USER = System.getenv().getOrDefault("FIVENINES_IT_PG_USER", "postgres");
    /** One database per run, so two builds on one machine never drop each other's. */
    private static final String DATABASE = "fivenines_it_" + ProcessHandle.current().pid() + "_"
            + Long.toString(System.nanoTime(), 36);

    @Test
    void startWhenExternalDatabaseConfiguredThenMigratesAndServesFromIt() throws SQLException {
        assumeThat(recreateDatabase()).as("a PostgreSQL server at " + HOST + ":" + PORT).isTrue();
        String jdbc = "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE;
        try (RunningApp app = RunningApp.start(
                "fivenines.data-dir=" + dev.fivenines.api.support.TestDataDirectory.PATH,
                "fivenines.embedded-postgres.enabled=true",
                "spring.r2dbc.url=r2dbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE,
                "spring.r2dbc.username=" + USER,
                "spring.flyway.url=" + jdbc,
                "spring.flyway.user=" + USER)) {
            String database = app.bean(DatabaseClient.class).sql("select current_database()")
                    .map(r -> r.get(0, String.class)).one().block(Duration.ofSeconds(10));
            org.assertj.core.api.Assertions.assertThat(database).isEqualTo(DATABASE);
            app.http().get().uri("/api/v1/submissions").headers(h -> h.setBearerAuth(TestTokens.learner("bob")))
                    .exchange().expectStatus().isOk();
        }
        try (Connection c = DriverManager.getConnection(jdbc, USER, "");
             var rows = c.createStatement().executeQuery("select count(*) from flyway_schema_history where success")) {
            rows.next();
            org.assertj.core.api.Assertions.assertThat(rows.getInt(1)).isPositive();
        } finally {
            dropDatabase();
        }
    }

    private static void dropDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres?connectTimeout=3", USER, "");
             var s = admin.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    private static boolean recreateDatabase() {
        try (Connection admin = DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres?connectTimeout=3", USER, "")) {
            try (var s = admin.createStatement()) {
                s.execute("create database " + DATABASE);
            }
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
