package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/** {@code [n]} (index set, glob false) or {@code [*]} (index null, glob true). */
public record EdgeIndex(Span span, Integer index, boolean glob) implements Node {
}
