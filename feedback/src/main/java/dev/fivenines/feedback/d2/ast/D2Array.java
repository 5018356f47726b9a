package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;
import java.util.List;

/** {@code [ a; b; ... ]}. */
public record D2Array(Span span, List<ArrayNode> nodes) implements Value {
    public D2Array {
        nodes = List.copyOf(nodes);
    }
}
