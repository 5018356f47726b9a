package dev.fivenines.api.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One owner per data directory within a JVM; across processes {@code SecondInstanceIT} shows it. */
class DataDirectoryLockTest {

    @TempDir
    Path dir;

    @Test
    void acquireWhenAlreadyHeldThenRefusedNamingTheHolder() {
        Path pgdata = dir.resolve("pgdata");
        try (DataDirectoryLock held = DataDirectoryLock.acquire(pgdata)) {
            assertThatThrownBy(() -> DataDirectoryLock.acquire(pgdata))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessage("fivenines is already running on " + pgdata + " (pid " + ProcessHandle.current().pid() + ")");
        }
    }

    @Test
    void acquireWhenReleasedThenAvailableAgain() {
        Path pgdata = dir.resolve("pgdata");
        DataDirectoryLock.acquire(pgdata).close();
        try (DataDirectoryLock again = DataDirectoryLock.acquire(pgdata)) {
            assertThat(again.directory()).isEqualTo(pgdata);
        }
    }

    @Test
    void acquireThenLockFileBesideTheDirectoryHoldsOwnPid() throws Exception {
        Path pgdata = dir.resolve("pgdata");
        try (DataDirectoryLock held = DataDirectoryLock.acquire(pgdata)) {
            assertThat(Files.readString(dir.resolve("pgdata.lock")).strip())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
            DataDirectoryLock.refuseIfHeldElsewhere(pgdata); // our own: no refusal, and our lock survives the check
            assertThatThrownBy(() -> DataDirectoryLock.acquire(pgdata)).isInstanceOf(DataDirectoryInUseException.class);
        }
    }
}
