package dev.fivenines.api.support;

import dev.fivenines.api.persistence.embedded.EmbeddedPostgresServer;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
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
        // pgdata inside a directory of its own, so its lock file (beside it) goes where it goes;
        // at exit PostgreSQL stops before the directory is deleted, so no JVM-wide zonky hook
        var server = new AtomicReference<EmbeddedPostgresServer>();
        Path directory = TemporaryDirectories.create("fivenines-test-pg", () -> {
            if (server.get() != null) {
                server.get().close();
            }
        }).resolve("pgdata");
        server.set(EmbeddedPostgresServer.start(directory, false, false)); // not durable: speed
        return new Connection(server.get().jdbcUrl(), EmbeddedPostgresServer.USER, "", server.get().r2dbcOptions());
    }
}
