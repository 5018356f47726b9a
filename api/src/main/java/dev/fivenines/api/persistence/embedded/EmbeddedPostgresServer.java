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
    private final DataDirectoryLock lock;
    private final Optional<ProcessHandle> postmaster;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, DataDirectoryLock lock,
                                   Optional<ProcessHandle> postmaster) {
        this.postgres = postgres;
        this.lock = lock;
        this.postmaster = postmaster;
    }

    /**
     * Starts a server whose data lives in {@code dataDirectory} (created when missing) and makes
     * sure the {@value #DATABASE} database exists. The directory's lock comes first and is held
     * until {@link #close()}: a second server on the same directory is refused with
     * {@link DataDirectoryInUseException} before it touches anything, and a postmaster left behind
     * by a dead owner is stopped only while we hold it.
     *
     * @param durable             fsync and synchronous commit on (for data we keep)
     * @param registerShutdownHook true for JVM-wide test singletons; false when Spring owns shutdown
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable, boolean registerShutdownHook) {
        DataDirectoryLock lock = lockCreating(dataDirectory);
        EmbeddedPostgresServer server = null;
        try {
            LeftoverPostmaster.stopIfOrphaned(lock);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(registerShutdownHook)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (durable) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            // The postmaster we start writes its PID; a ProcessHandle also keeps its start time, so
            // isAlive() turns false once it died even if the PID is reused.
            server = new EmbeddedPostgresServer(builder.start(), lock, Postmasters.recordedIn(dataDirectory));
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL on 127.0.0.1:{} (pid {}), data in {}", server.port(),
                    server.postmasterPid().map(String::valueOf).orElse("unknown"), dataDirectory);
            return server;
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close(); // stops PostgreSQL, then releases the lock
            } else {
                lock.close();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not start embedded PostgreSQL in " + dataDirectory, io);
            }
            throw (RuntimeException) e;
        }
    }

    private static DataDirectoryLock lockCreating(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dataDirectory, e);
        }
        return DataDirectoryLock.acquire(dataDirectory);
    }

    /**
     * Whether the postmaster this server started is still running; true while its PID is unknown,
     * since nothing then says it died.
     */
    public boolean postmasterAlive() {
        return postmaster.map(ProcessHandle::isAlive).orElse(true);
    }

    public Optional<Long> postmasterPid() {
        return postmaster.map(ProcessHandle::pid);
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
        } finally {
            lock.close(); // only once PostgreSQL is down: the next owner must not find it running
        }
    }
}
