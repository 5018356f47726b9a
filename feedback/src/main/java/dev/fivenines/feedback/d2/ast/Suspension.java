package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/** Unquoted {@code suspend} (suspend = true) or {@code unsuspend} (false). */
public record Suspension(Span span, boolean suspend) implements Scalar {
    @Override
    public String text() {
        return suspend ? "suspend" : "unsuspend";
    }
}
