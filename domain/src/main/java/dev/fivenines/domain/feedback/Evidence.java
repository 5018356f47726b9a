package dev.fivenines.domain.feedback;

import java.util.List;

/** A source range (1-based lines and columns, end inclusive of its last column) and the element ids there. */
public record Evidence(int startLine, int startColumn, int endLine, int endColumn, List<String> elementIds) {
    public Evidence {
        elementIds = List.copyOf(elementIds);
    }
}
