package dev.fivenines.api.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code postmaster.pid} names a PID, and PIDs are reused: only a process that is provably this
 * data directory's PostgreSQL may be stopped. The stand-in "postgres" is a copy of {@code sleep}
 * so that its command line looks like PostgreSQL's; its working directory says whose it is, as
 * a real postmaster's does (it changes into its data directory).
 */
class LeftoverPostmasterTest {

    @TempDir
    Path dir;

    private Path dataDirectory;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void linuxOnly() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc (Linux)");
        dataDirectory = Files.createDirectories(dir.resolve("pgdata"));
    }

    @AfterEach
    void stopStandIns() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void stopIfOrphanedWhenPidReusedByAPostgresOfAnotherDirectoryThenNotKilled() throws Exception {
        Process other = standInPostgres(Files.createDirectories(dir.resolve("someone-elses-pgdata")));
        writePidFile(other.pid());

        assertThatThrownBy(this::stopIfOrphaned).isInstanceOf(IllegalStateException.class);

        assertThat(other.waitFor(1, TimeUnit.SECONDS)).as("the other directory's postgres was stopped").isFalse();
    }

    @Test
    void stopIfOrphanedWhenPidReusedByAnUnrelatedProcessThenNotKilledAndStartRefused() throws Exception {
        Process unrelated = new ProcessBuilder(sleep().toString(), "60").directory(dataDirectory.toFile()).start();
        started.add(unrelated);
        writePidFile(unrelated.pid());

        // PostgreSQL would refuse this directory too ("is another postmaster running?"), after a timeout.
        assertThatThrownBy(this::stopIfOrphaned).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("names pid " + unrelated.pid())
                .hasMessageContaining("not this directory's PostgreSQL");
        assertThat(unrelated.waitFor(1, TimeUnit.SECONDS)).as("the unrelated process was stopped").isFalse();
    }

    @Test
    void stopIfOrphanedWhenThisDirectorysPostmasterOutlivedItsOwnerThenStopped() throws Exception {
        Process orphan = standInPostgres(dataDirectory);
        writePidFile(orphan.pid());

        stopIfOrphaned();

        assertThat(orphan.waitFor(5, TimeUnit.SECONDS)).as("the orphaned postmaster was stopped").isTrue();
    }

    private void stopIfOrphaned() throws IOException {
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory)) {
            LeftoverPostmaster.stopIfOrphaned(lock);
        }
    }

    private Process standInPostgres(Path workingDirectory) throws IOException {
        Path postgres = Files.createDirectories(dir.resolve("bin")).resolve("postgres");
        if (!Files.exists(postgres)) {
            Files.copy(sleep(), postgres, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Process process = new ProcessBuilder(postgres.toString(), "60").directory(workingDirectory.toFile()).start();
        started.add(process);
        return process;
    }

    private void writePidFile(long pid) throws IOException {
        Files.writeString(dataDirectory.resolve("postmaster.pid"), pid + "\n" + dataDirectory + "\n");
    }

    private static Path sleep() {
        return Files.isExecutable(Path.of("/usr/bin/sleep")) ? Path.of("/usr/bin/sleep") : Path.of("/bin/sleep");
    }
}
