package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/**
 * {@code @path} as a value, or {@code ...@path} (spread) in a map/array. {@code prefix} keeps
 * leading {@code ./} or {@code ../} characters; {@code path} is the rest, without a trailing
 * {@code .d2}; it is empty (never null) when the source had no path, e.g. {@code x: @}.
 */
public record Import(Span span, boolean spread, String prefix, KeyPath path) implements MapNode, Value {
}
