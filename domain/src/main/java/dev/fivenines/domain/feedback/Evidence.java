package dev.fivenines.domain.feedback;

import java.util.List;

/**
 * A source range and the element ids declared there. Lines and columns are 1-based, columns count
 * UTF-16 code units, and the end is exclusive (the column just after the last character).
 */
public record Evidence(int startLine, int startColumn, int endLine, int endColumn, List<String> elementIds) {
    public Evidence {
        elementIds = List.copyOf(elementIds);
    }
}
