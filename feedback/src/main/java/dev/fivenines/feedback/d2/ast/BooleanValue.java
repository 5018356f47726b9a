package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/** Unquoted {@code true}/{@code false} (any case); prints canonically in lower case. */
public record BooleanValue(Span span, boolean value) implements Scalar {
    @Override
    public String text() {
        return Boolean.toString(value);
    }
}
