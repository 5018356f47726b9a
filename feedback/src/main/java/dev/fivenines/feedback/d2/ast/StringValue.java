package dev.fivenines.feedback.d2.ast;

/** The four string forms. {@link #value()} is the decoded text (escapes applied). */
public sealed interface StringValue extends Scalar
        permits UnquotedString, DoubleQuotedString, SingleQuotedString, BlockString {

    /** Decoded text; substitutions appear as their raw {@code ${...}} source. */
    String value();

    @Override
    default String text() {
        return value();
    }

    /** True for unquoted strings only: quoting turns keywords, globs and {@code null} into text. */
    default boolean unquoted() {
        return this instanceof UnquotedString;
    }
}
