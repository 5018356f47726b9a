package dev.fivenines.feedback.d2.graph;

import dev.fivenines.feedback.d2.source.Position;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.d2.source.Span;

/** A place in a source file that mentions a graph element: evidence for findings. */
public record SourceRef(SourceText source, Span span) {

    public Position start() {
        return source.position(span.start());
    }

    public Position end() {
        return source.position(span.end());
    }
}
