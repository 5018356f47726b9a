package dev.fivenines.api.support;

import dev.fivenines.api.persistence.embedded.EmbeddedPostgresServer;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL per test JVM, chosen once: a Testcontainers container when a Docker engine
 * answers, otherwise the same embedded PostgreSQL the application uses, in a throw-away directory.
 * {@code -Dtests.postgres=embedded|docker} forces a side and skips the Docker probe.
 */
public final class TestPostgres {

    private static volatile Connection instance;

    private TestPostgres() {
    }

    /** How to reach the test database. */
    public record Connection(String jdbcUrl, String username, String password, ConnectionFactoryOptions r2dbc) {
    }

    public static Connection get() {
        Connection current = instance;
        if (current == null) {
            synchronized (TestPostgres.class) {
                if (instance == null) {
                    instance = start();
                }
                current = instance;
            }
        }
        return current;
    }

    private static Connection start() {
        String forced = System.getProperty("tests.postgres", "");
        boolean docker = switch (forced) {
            case "docker" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        return docker ? startContainer() : startEmbedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // Ryuk removes the container when the JVM exits
    private static Connection startContainer() {
        var container = new PostgreSQLContainer("postgres:18-alpine");
        container.start();
        var r2dbc = ConnectionFactoryOptions.builder()
                .option(ConnectionFactoryOptions.DRIVER, "postgresql")
                .option(ConnectionFactoryOptions.HOST, container.getHost())
                .option(ConnectionFactoryOptions.PORT, container.getFirstMappedPort())
                .option(ConnectionFactoryOptions.DATABASE, container.getDatabaseName())
                .option(ConnectionFactoryOptions.USER, container.getUsername())
                .option(ConnectionFactoryOptions.PASSWORD, container.getPassword())
                .build();
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(), r2dbc);
    }

    private static Connection startEmbedded() {
        try {
            // pgdata inside a directory of its own, so its lock file (beside it) goes where it goes
            var directory = Files.createTempDirectory("fivenines-test-pg").resolve("pgdata");
            // Not durable (speed), stopped by zonky's JVM shutdown hook since no context owns it.
            var server = EmbeddedPostgresServer.start(directory, false, true);
            return new Connection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "", server.r2dbcOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
