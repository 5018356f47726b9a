package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/** {@code """ ... """}; {@code text} is the body. */
public record BlockComment(Span span, String text) implements MapNode, ArrayNode {
}
