package dev.fivenines.feedback.d2.compile;

import java.util.List;
import java.util.Set;

/** Checks of style values (d2graph Style.Apply): ranges and enumerations, d2's messages. */
final class StyleValues {

    private static final Set<String> BOOLEANS = Set.of("shadow", "3d", "multiple", "animated", "bold",
            "italic", "underline", "filled", "double-border");

    /**
     * Lists, in d2's order: the message names the allowed values, and a {@code Set.of} iterates in
     * an order that changes from one JVM start to the next.
     */
    private static final List<String> FILL_PATTERNS = List.of("none", "dots", "lines", "grain", "paper");
    private static final List<String> TEXT_TRANSFORMS = List.of("none", "uppercase", "lowercase", "capitalize");

    private StyleValues() {
    }

    /** The error message for {@code key: value}, or null when the value is acceptable. */
    static String check(String key, String value) {
        return switch (key) {
            case "opacity" -> range(key, value, 0, 1, "a number between 0.0 and 1.0");
            case "stroke-width" -> range(key, value, 0, 15, "a number between 0 and 15");
            case "stroke-dash" -> range(key, value, 0, 10, "a number between 0 and 10");
            case "border-radius" -> range(key, value, 0, Double.MAX_VALUE, "a number greater or equal to 0");
            case "font-size" -> range(key, value, 8, 100, "a number between 8 and 100");
            case "fill-pattern" -> oneOf(key, value, FILL_PATTERNS);
            case "text-transform" -> oneOf(key, value, TEXT_TRANSFORMS);
            default -> BOOLEANS.contains(key) && !value.equals("true") && !value.equals("false")
                    ? "expected \"" + key + "\" to be true or false" : null;
        };
    }

    private static String range(String key, String value, double min, double max, String what) {
        try {
            double number = Double.parseDouble(value);
            if (number >= min && number <= max) {
                return null;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        return "expected \"" + key + "\" to be " + what;
    }

    private static String oneOf(String key, String value, List<String> allowed) {
        if (allowed.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return "expected \"" + key + "\" to be one of: " + String.join(", ", allowed);
    }
}
