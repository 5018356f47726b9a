package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;
import java.util.List;

/** {@code { ... }}, or the whole file (whose span is the whole text). */
public record D2Map(Span span, List<MapNode> nodes) implements Value {
    public D2Map {
        nodes = List.copyOf(nodes);
    }
}
