package dev.fivenines.domain.submission;

import java.util.Map;

/**
 * The elements of a compiled diagram by absolute id, with their labels: enough to tell two
 * revisions apart. Empty maps for a source that does not compile.
 */
public record DiagramOutline(Map<String, String> shapes, Map<String, String> connections) {
    public DiagramOutline {
        shapes = Map.copyOf(shapes);
        connections = Map.copyOf(connections);
    }
}
