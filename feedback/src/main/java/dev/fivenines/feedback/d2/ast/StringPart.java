package dev.fivenines.feedback.d2.ast;

/** A piece of an interpolated string: literal text or a {@code ${...}} substitution. */
public sealed interface StringPart extends Node permits StringPart.Literal, Substitution {

    /** Decoded literal text. */
    record Literal(dev.fivenines.feedback.d2.source.Span span, String text) implements StringPart {
    }
}
