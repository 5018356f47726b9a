package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/** {@code # ...}; consecutive comment lines form one node; {@code text} excludes the {@code #}s. */
public record Comment(Span span, String text) implements MapNode, ArrayNode {
}
