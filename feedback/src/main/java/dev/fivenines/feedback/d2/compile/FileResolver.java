package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.source.SourceText;
import java.util.Optional;

/**
 * Finds the files that {@code @imports} name. Paths are normalized, '/'-separated and relative to
 * the entry file's directory (e.g. {@code x.d2}, {@code dir/y.d2}); a path that climbs above that
 * directory starts with {@code ../}. Implementations never throw for a missing file.
 */
public interface FileResolver {

    /** The file at {@code path}, named {@code path}, or empty when it does not exist or cannot be read. */
    Optional<SourceText> resolve(String path);

    /** A resolver that finds nothing: for single-file compiles. */
    static FileResolver none() {
        return path -> Optional.empty();
    }
}
