package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/**
 * {@code |tag ... |}: {@code quote} is the run of quote characters after the first {@code |}
 * (empty for {@code |...|}), {@code tag} defaults to {@code md}, {@code value} is the body after
 * D2's indent removal.
 */
public record BlockString(Span span, String quote, String tag, String value) implements StringValue {
}
