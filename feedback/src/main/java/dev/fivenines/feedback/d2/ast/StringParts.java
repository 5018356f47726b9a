package dev.fivenines.feedback.d2.ast;

import java.util.List;
import java.util.stream.Collectors;

final class StringParts {
    private StringParts() {
    }

    static String join(List<StringPart> parts) {
        if (parts.size() == 1 && parts.getFirst() instanceof StringPart.Literal literal) {
            return literal.text();
        }
        return parts.stream().map(StringParts::text).collect(Collectors.joining());
    }

    private static String text(StringPart part) {
        return switch (part) {
            case StringPart.Literal literal -> literal.text();
            case Substitution substitution -> "${" + substitution.path().path().stream()
                    .map(StringValue::value).collect(Collectors.joining(".")) + "}";
        };
    }
}
