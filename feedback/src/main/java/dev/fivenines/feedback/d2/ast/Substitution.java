package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/**
 * {@code ${path}} inside a string, or {@code ...${path}} (spread) in a map/array. As in d2, a value
 * written {@code x: ${a}} is an {@link UnquotedString} whose only part is this substitution.
 * {@code path} is empty (never null) when the source had none, e.g. {@code ${}}.
 */
public record Substitution(Span span, boolean spread, KeyPath path) implements MapNode, Value, StringPart {
}
