package dev.fivenines.api.persistence.embedded;

import java.nio.file.Path;
import java.util.OptionalLong;

/** Another process (or another server in this JVM) owns the embedded data directory. */
public final class DataDirectoryInUseException extends IllegalStateException {

    private final Path directory;

    DataDirectoryInUseException(Path directory, OptionalLong holderPid) {
        super("fivenines is already running on " + directory
                + (holderPid.isPresent() ? " (pid " + holderPid.getAsLong() + ")" : ""));
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
