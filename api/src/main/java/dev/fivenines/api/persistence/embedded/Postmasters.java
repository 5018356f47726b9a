package dev.fivenines.api.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds a data directory's postmaster: the PID {@code postmaster.pid} records, and whether a live
 * process really is the PostgreSQL of a given directory (PIDs are reused).
 */
final class Postmasters {
    private Postmasters() {
    }

    static Optional<ProcessHandle> recordedIn(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * True when the process runs a {@code postgres} binary on {@code dataDirectory}: its working
     * directory is it (a postmaster changes into its data directory; Linux shows it in /proc),
     * or, where /proc is absent, its {@code -D} argument names it.
     */
    static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        boolean postgres = process.info().command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        return postgres && (workingDirectoryIs(process, dataDirectory) || dashDNames(process, dataDirectory));
    }

    private static boolean workingDirectoryIs(ProcessHandle process, Path dataDirectory) {
        return sameFile(Path.of("/proc", Long.toString(process.pid()), "cwd"), dataDirectory);
    }

    private static boolean dashDNames(ProcessHandle process, Path dataDirectory) {
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && sameFile(Path.of(arguments[i + 1]), dataDirectory)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
