package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/** {@code '...'}: {@code ''} is a literal quote; no escapes, no substitutions. */
public record SingleQuotedString(Span span, String value) implements StringValue {
}
