package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/** Unquoted {@code null} (any case): deletes what it is assigned to. */
public record NullValue(Span span) implements Scalar {
    @Override
    public String text() {
        return "null";
    }
}
