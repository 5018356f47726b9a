package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;
import java.util.List;

/**
 * An unquoted string. In keys it may be a glob ({@code pattern} true when it contains an unescaped
 * {@code *}); in values it may hold substitutions.
 */
public record UnquotedString(Span span, List<StringPart> parts, boolean pattern) implements StringValue {
    public UnquotedString {
        parts = List.copyOf(parts);
    }

    @Override
    public String value() {
        return StringParts.join(parts);
    }
}
