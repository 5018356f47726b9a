package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/** An unquoted number as Go's {@code big.Rat.SetString} accepts it; keeps its raw spelling. */
public record NumberValue(Span span, String raw) implements Scalar {
    @Override
    public String text() {
        return raw;
    }
}
