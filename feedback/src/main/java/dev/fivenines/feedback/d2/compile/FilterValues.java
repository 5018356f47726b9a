package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.StringValue;
import java.util.List;

/** What a glob filter ({@code &shape: circle}) compares against, with d2's defaults for unset keys. */
final class FilterValues {

    private FilterValues() {
    }

    static String of(IrField target, List<StringValue> path) {
        String first = path.getFirst().value();
        if (path.size() == 1) {
            switch (first) {
                case "leaf" -> {
                    return Boolean.toString(!hasChildren(target));
                }
                case "level" -> {
                    return Integer.toString(target.owner.depth());
                }
                case "label" -> {
                    IrField label = child(target, "label");
                    if (label != null && label.primary != null) {
                        return label.primary.text();
                    }
                    return target.primary != null ? target.primary.text() : target.name;
                }
                default -> { }
            }
        }
        IrField field = target;
        for (StringValue element : path) {
            field = child(field, element.value());
            if (field == null) {
                return defaultOf(path);
            }
        }
        if (field.primary == null && field.array != null) {
            // an array matches when any element does: joined with a separator no glob crosses
            return String.join("\u0000", field.array.nodes().stream()
                    .filter(dev.fivenines.feedback.d2.ast.Scalar.class::isInstance)
                    .map(n -> ((dev.fivenines.feedback.d2.ast.Scalar) n).text()).toList());
        }
        return field.primary == null ? null : field.primary.text();
    }

    private static String defaultOf(List<StringValue> path) {
        String joined = String.join(".", path.stream().map(StringValue::value).toList());
        return switch (joined) {
            case "shape" -> "rectangle";
            case "style.opacity" -> "1";
            case "style.stroke-width" -> "2";
            case "style.border-radius", "style.stroke-dash" -> "0";
            case "style.shadow", "style.3d", "style.multiple", "style.animated", "style.bold",
                 "style.italic", "style.underline", "style.double-border" -> "false";
            default -> null;
        };
    }

    private static IrField child(IrField field, String name) {
        return field.map == null ? null : field.map.get(name);
    }

    private static boolean hasChildren(IrField field) {
        if (field.map == null) {
            return false;
        }
        return field.map.fields.stream().anyMatch(f -> !f.reservedKeyword);
    }
}
