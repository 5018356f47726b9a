package dev.fivenines.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where tutorial files come from: the classpath (bundled content) or a directory (authors
 * validating a checkout). Paths are relative to the content root and use {@code /}.
 */
public sealed interface ContentSource {

    /** The file's text, or empty when it does not exist. */
    Optional<String> read(String path);

    static ContentSource bundled() {
        return new Classpath(ContentSource.class.getClassLoader(), "tutorials/");
    }

    static ContentSource directory(Path root) {
        return new Directory(root);
    }

    record Classpath(ClassLoader loader, String prefix) implements ContentSource {
        @Override
        public Optional<String> read(String path) {
            try (InputStream in = loader.getResourceAsStream(prefix + path)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    record Directory(Path root) implements ContentSource {
        @Override
        public Optional<String> read(String path) {
            Path file = root.resolve(path);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
