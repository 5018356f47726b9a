package dev.fivenines.api.persistence.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of its JVM the postmaster keeps running and holds the data directory; the
 * next start would wait for its full timeout and fail. Such a leftover is stopped, but only when
 * both are proven: its owner is gone (the caller holds the {@link DataDirectoryLock}, and zonky's
 * own {@code epg-lock} in the directory is free, so no older build owns it either) and the process
 * is this directory's PostgreSQL (a PID in {@code postmaster.pid} may since have been reused).
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final String ZONKY_LOCK = "epg-lock";

    private LeftoverPostmaster() {
    }

    /**
     * Stops the PostgreSQL that an earlier, dead owner left running on the locked directory. A
     * live process named by {@code postmaster.pid} that is not this directory's PostgreSQL is left
     * alone and the start refused at once (PostgreSQL itself would refuse it, after our timeout).
     */
    static void stopIfOrphaned(DataDirectoryLock heldLock) throws IOException {
        Path dataDirectory = heldLock.directory();
        Optional<ProcessHandle> recorded = Postmasters.recordedIn(dataDirectory).filter(ProcessHandle::isAlive);
        if (recorded.isEmpty()) {
            return; // none, or it died: PostgreSQL clears a stale postmaster.pid itself
        }
        ProcessHandle process = recorded.get();
        if (!Postmasters.servesDirectory(process, dataDirectory)) {
            throw new IllegalStateException(("%s/postmaster.pid names pid %d, a live process that is not "
                    + "this directory's PostgreSQL, so it was left alone. If no PostgreSQL uses %s, "
                    + "remove that file.").formatted(dataDirectory, process.pid(), dataDirectory));
        }
        if (zonkyLockHeldElsewhere(dataDirectory)) {
            throw new DataDirectoryInUseException(dataDirectory, OptionalLong.empty());
        }
        stop(process);
    }

    /** An older build, or any zonky user, holds {@code epg-lock} while its postmaster runs. */
    private static boolean zonkyLockHeldElsewhere(Path dataDirectory) throws IOException {
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(ZONKY_LOCK), StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle postmaster) {
        log.warn("Stopping embedded PostgreSQL (pid {}) left running by an earlier run that has ended",
                postmaster.pid());
        postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown; nobody is connected any more
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
    }
}
