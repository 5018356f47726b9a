package dev.fivenines.api.persistence.embedded;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from zonky's bundled binaries, with its data directory kept where
 * we say (so data survives restarts) and with durable settings: zonky turns fsync and synchronous
 * commit off by default, which is fine for throw-away test databases but not for a learner's work.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "fivenines";
    public static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server whose data lives in {@code dataDirectory} (created when missing) and makes
     * sure the {@value #DATABASE} database exists.
     *
     * @param durable             fsync and synchronous commit on (for data we keep)
     * @param registerShutdownHook true for JVM-wide test singletons; false when Spring owns shutdown
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable, boolean registerShutdownHook) {
        try {
            Files.createDirectories(dataDirectory);
            OrphanedPostmaster.stopIfRunning(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(registerShutdownHook)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (durable) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL on 127.0.0.1:{}, data in {}", server.port(), dataDirectory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public ConnectionFactoryOptions r2dbcOptions() {
        return ConnectionFactoryOptions.builder()
                .option(ConnectionFactoryOptions.DRIVER, "postgresql")
                .option(ConnectionFactoryOptions.HOST, "127.0.0.1")
                .option(ConnectionFactoryOptions.PORT, port())
                .option(ConnectionFactoryOptions.DATABASE, DATABASE)
                .option(ConnectionFactoryOptions.USER, USER)
                .build();
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /**
     * After a {@code kill -9} of the JVM the postmaster keeps running and holds the data directory;
     * the next start would wait for its full timeout and fail. Stop such a leftover first.
     */
    static final class OrphanedPostmaster {
        private OrphanedPostmaster() {
        }

        static void stopIfRunning(Path dataDirectory) throws IOException {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.isRegularFile(pidFile)) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                    : parsePid(lines.getFirst()).flatMap(ProcessHandle::of);
            postmaster.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .ifPresent(OrphanedPostmaster::stop);
        }

        private static Optional<Long> parsePid(String line) {
            try {
                return Optional.of(Long.parseLong(line.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        private static void stop(ProcessHandle postmaster) {
            log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run", postmaster.pid());
            postmaster.destroy();
            try {
                postmaster.onExit().get(java.util.concurrent.TimeUnit.SECONDS.toMillis(30),
                        java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                postmaster.destroyForcibly();
            }
        }
    }
}
