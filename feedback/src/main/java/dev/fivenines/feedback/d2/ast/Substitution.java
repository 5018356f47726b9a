package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/** {@code ${path}} inside a string or as a value, or {@code ...${path}} (spread) in a map/array. */
public record Substitution(Span span, boolean spread, KeyPath path) implements MapNode, Value, StringPart {
}
