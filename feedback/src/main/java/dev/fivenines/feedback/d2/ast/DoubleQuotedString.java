package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;
import java.util.List;

/** {@code "..."}: escapes decoded; may hold substitutions (in values). */
public record DoubleQuotedString(Span span, List<StringPart> parts) implements StringValue {
    public DoubleQuotedString {
        parts = List.copyOf(parts);
    }

    @Override
    public String value() {
        return StringParts.join(parts);
    }
}
