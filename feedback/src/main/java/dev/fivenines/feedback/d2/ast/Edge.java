package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/**
 * One hop of an edge statement.
 *
 * @param srcArrow {@code "<"}, {@code "*"} or {@code ""} (the first character of the operator)
 * @param dstArrow {@code ">"}, {@code "*"} or {@code ""} (how the operator ends)
 */
public record Edge(Span span, KeyPath src, String srcArrow, KeyPath dst, String dstArrow) implements Node {
}
