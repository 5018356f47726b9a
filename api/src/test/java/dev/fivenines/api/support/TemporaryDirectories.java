package dev.fivenines.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/**
 * Temporary directories that live as long as the test JVM and are deleted when it exits, after
 * whatever must stop first (a PostgreSQL writing into one): an embedded database leaves about 48 MB.
 */
final class TemporaryDirectories {

    private TemporaryDirectories() {
    }

    /**
     * @param beforeDeleting run at JVM exit just before the directory goes, e.g. stopping a server that uses it
     */
    static Path create(String prefix, Runnable beforeDeleting) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                beforeDeleting.run();
                try {
                    FileSystemUtils.deleteRecursively(directory);
                } catch (IOException e) {
                    System.err.println("could not delete " + directory + ": " + e);
                }
            }, "delete-" + prefix));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
