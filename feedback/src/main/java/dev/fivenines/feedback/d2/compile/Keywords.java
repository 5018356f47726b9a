package dev.fivenines.feedback.d2.compile;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** D2's reserved words (d2ast/keywords.go), matched case-insensitively and only when unquoted. */
final class Keywords {

    static final Set<String> SIMPLE = Set.of("label", "shape", "icon", "constraint", "tooltip", "link",
            "near", "width", "height", "direction", "top", "left", "grid-rows", "grid-columns", "grid-gap",
            "vertical-gap", "horizontal-gap", "class", "vars");
    static final Set<String> HOLDERS = Set.of("style");
    static final Set<String> COMPOSITE = Set.of("source-arrowhead", "target-arrowhead", "classes",
            "constraint", "label", "icon", "tooltip");
    static final Set<String> STYLE = Set.of("opacity", "stroke", "fill", "fill-pattern", "stroke-width",
            "stroke-dash", "border-radius", "font", "font-size", "font-color", "bold", "italic", "underline",
            "text-transform", "shadow", "multiple", "double-border", "3d", "animated", "filled");
    static final Set<String> BOARDS = Set.of("layers", "scenarios", "steps");
    static final List<String> NEAR_CONSTANTS = List.of("top-left", "top-center", "top-right", "center-left",
            "center-right", "bottom-left", "bottom-center", "bottom-right");
    static final Set<String> SHAPES = Set.of("rectangle", "square", "page", "parallelogram", "document",
            "cylinder", "queue", "package", "step", "callout", "stored_data", "person", "c4-person", "diamond",
            "oval", "circle", "hexagon", "cloud", "text", "code", "class", "sql_table", "image",
            "sequence_diagram", "hierarchy");
    static final Set<String> ARROWHEADS = Set.of("none", "arrow", "triangle", "diamond", "circle", "box",
            "cross", "cf-one", "cf-many", "cf-one-required", "cf-many-required");

    /** Every reserved word in one hash set: this check runs for every key element. */
    private static final Set<String> ALL = java.util.stream.Stream.of(SIMPLE, HOLDERS, COMPOSITE, STYLE, BOARDS)
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** No reserved word is longer: longer names (most ids) are rejected before lower-casing. */
    private static final int LONGEST = ALL.stream().mapToInt(String::length).max().orElse(0);

    private Keywords() {
    }

    /** Any reserved word: simple, holder, composite, style or board keyword. */
    static boolean isReserved(String name) {
        // lower-casing never shortens a string, so a long name cannot become a keyword
        return name.length() <= LONGEST && isReservedLower(name.toLowerCase(Locale.ROOT));
    }

    /** {@link #isReserved} for a name already in lower case (saves a copy on the hot path). */
    static boolean isReservedLower(String lower) {
        return ALL.contains(lower);
    }

    /** Reserved words that may hold a map and so may be followed by more path elements ({@code lower}: lower case). */
    static boolean mayHaveChildrenLower(String lower) {
        return HOLDERS.contains(lower) || COMPOSITE.contains(lower) || BOARDS.contains(lower)
                || lower.equals("vars");
    }
}
