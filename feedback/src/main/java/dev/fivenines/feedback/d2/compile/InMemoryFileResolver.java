package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.source.SourceText;
import java.util.Map;
import java.util.Optional;

/** Imports from a map of path to text: for tests and for sources submitted through the API. */
public record InMemoryFileResolver(Map<String, String> files) implements FileResolver {

    public InMemoryFileResolver {
        files = Map.copyOf(files);
    }

    @Override
    public Optional<SourceText> resolve(String path) {
        String text = files.get(path);
        return text == null ? Optional.empty() : Optional.of(new SourceText(path, text));
    }
}
