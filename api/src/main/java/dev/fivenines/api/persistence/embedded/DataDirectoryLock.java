package dev.fivenines.api.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One owner per embedded data directory: an OS file lock on {@code <dir>.lock} beside it, held
 * until {@link #close()} and released by the OS when the owning process dies, however it dies.
 * So a process that holds it knows that any earlier owner is gone. The owner writes its PID into
 * the file, so a refused second instance can say who holds the directory.
 *
 * <p>The lock file sits beside the data directory, not in it, because {@code initdb} refuses a
 * directory that is not empty and the lock must come before {@code initdb}. In the default layout
 * that is {@code ~/.fivenines/pgdata.lock}, inside the fivenines data directory.
 *
 * <p>File locks belong to the whole JVM, and closing any channel on the file releases them, so
 * this JVM's own holders are also kept in a set: a second holder in the same JVM is refused from
 * the set without ever opening the file.
 */
public final class DataDirectoryLock implements AutoCloseable {

    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code dataDirectory} at once, or throws {@link DataDirectoryInUseException}
     * naming the holder's PID; never waits.
     */
    public static DataDirectoryLock acquire(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (!HELD_IN_THIS_JVM.add(directory)) {
            throw new DataDirectoryInUseException(directory, OptionalLong.of(ProcessHandle.current().pid()));
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile(directory),
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirectoryInUseException(directory, holderPid(channel));
            }
            writeOwnPid(channel);
            return new DataDirectoryLock(directory, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            HELD_IN_THIS_JVM.remove(directory);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not lock " + lockFile(directory), io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Refuses, without taking the lock, when another process holds it: a cheap check a starting
     * server makes before its slow start-up, so a second instance is turned away in about a
     * second. {@link #acquire} stays the real guard (two instances starting together both pass here).
     */
    public static void refuseIfHeldElsewhere(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (HELD_IN_THIS_JVM.contains(directory)) {
            return; // ours: opening the file here would release our own lock
        }
        try (FileChannel channel = FileChannel.open(lockFile(directory), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                throw new DataDirectoryInUseException(directory, holderPid(channel));
            }
            probe.release();
        } catch (NoSuchFileException e) {
            // never locked: nobody holds it
        } catch (IOException e) {
            throw new UncheckedIOException("could not check " + lockFile(directory), e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
        HELD_IN_THIS_JVM.remove(directory);
    }

    static Path lockFile(Path directory) {
        return directory.resolveSibling(directory.getFileName() + ".lock");
    }

    private static void writeOwnPid(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
    }

    /** The PID the holder wrote; empty in the instant between its lock and its write. */
    private static OptionalLong holderPid(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing held is lost: the OS drops the lock with the descriptor
            }
        }
    }
}
