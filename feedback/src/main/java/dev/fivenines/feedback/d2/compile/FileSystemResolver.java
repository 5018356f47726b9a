package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Imports from the directory of the entry file on disk. */
public record FileSystemResolver(Path baseDirectory) implements FileResolver {

    @Override
    public Optional<SourceText> resolve(String path) {
        Path file = baseDirectory.resolve(path).normalize();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SourceText(path, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // unreadable or not UTF-8: d2 reports it as a failed import, so do we
            return Optional.empty();
        }
    }
}
