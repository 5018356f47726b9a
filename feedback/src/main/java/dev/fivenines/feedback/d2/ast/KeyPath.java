package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;
import java.util.List;

/** {@code a.b."c.d"}: one or more string elements joined by dots. */
public record KeyPath(Span span, List<StringValue> path) implements Node {
    public KeyPath {
        path = List.copyOf(path);
    }

    public StringValue last() {
        return path.getLast();
    }
}
