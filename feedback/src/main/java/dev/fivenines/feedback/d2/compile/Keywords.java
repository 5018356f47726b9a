package dev.fivenines.feedback.d2.compile;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** D2's reserved words (d2ast/keywords.go), matched case-insensitively and only when unquoted. */
final class Keywords {

    static final Set<String> SIMPLE = lookupSet("label", "shape", "icon", "constraint", "tooltip", "link",
            "near", "width", "height", "direction", "top", "left", "grid-rows", "grid-columns", "grid-gap",
            "vertical-gap", "horizontal-gap", "class", "vars");
    static final Set<String> HOLDERS = lookupSet("style");
    static final Set<String> COMPOSITE = lookupSet("source-arrowhead", "target-arrowhead", "classes",
            "constraint", "label", "icon", "tooltip");
    static final Set<String> STYLE = lookupSet("opacity", "stroke", "fill", "fill-pattern", "stroke-width",
            "stroke-dash", "border-radius", "font", "font-size", "font-color", "bold", "italic", "underline",
            "text-transform", "shadow", "multiple", "double-border", "3d", "animated", "filled");
    static final Set<String> BOARDS = lookupSet("layers", "scenarios", "steps");
    static final List<String> NEAR_CONSTANTS = List.of("top-left", "top-center", "top-right", "center-left",
            "center-right", "bottom-left", "bottom-center", "bottom-right");
    static final Set<String> SHAPES = lookupSet("rectangle", "square", "page", "parallelogram", "document",
            "cylinder", "queue", "package", "step", "callout", "stored_data", "person", "c4-person", "diamond",
            "oval", "circle", "hexagon", "cloud", "text", "code", "class", "sql_table", "image",
            "sequence_diagram", "hierarchy");
    static final Set<String> ARROWHEADS = lookupSet("none", "arrow", "triangle", "diamond", "circle", "box",
            "cross", "cf-one", "cf-many", "cf-one-required", "cf-many-required");

    /** Every reserved word in one hash set: this check runs for every key element. */
    private static final Set<String> ALL = lookupSet(java.util.stream.Stream.of(SIMPLE, HOLDERS, COMPOSITE, STYLE,
            BOARDS).flatMap(Set::stream).toArray(String[]::new));

    private Keywords() {
    }

    /**
     * An unmodifiable {@link HashSet}: these sets are asked about every key element, mostly for
     * names that are not keywords, and a HashSet rejects those by their cached hash where
     * {@code Set.of} probes with {@code equals} (about 4 vs 8 ns a look-up, measured).
     */
    static Set<String> lookupSet(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    private static final int FILTER_BITS = 1024;

    /**
     * A 1,024-bit filter of {@link #ALL} by length, first and last char: most names (no keyword has
     * their length, first and last char) are rejected with no string hash or set probe. This runs
     * for every key element, and a name is seldom a keyword.
     */
    private static final long[] ALL_FILTER = filterOf(ALL);

    private static long[] filterOf(Set<String> words) {
        long[] filter = new long[FILTER_BITS / 64];
        for (String word : words) {
            int bit = filterBit(word);
            filter[bit >>> 6] |= 1L << bit;
        }
        return filter;
    }

    private static int filterBit(String word) {
        int length = word.length();
        return ((length * 31 + word.charAt(0)) * 31 + word.charAt(length - 1)) & (FILTER_BITS - 1);
    }

    /** Any reserved word (simple, holder, composite, style or board keyword), for a name in lower case. */
    static boolean isReservedLower(String lower) {
        if (lower.isEmpty()) {
            return false;
        }
        int bit = filterBit(lower);
        return (ALL_FILTER[bit >>> 6] & (1L << bit)) != 0 && ALL.contains(lower);
    }

    /** Reserved words that may hold a map and so may be followed by more path elements ({@code lower}: lower case). */
    static boolean mayHaveChildrenLower(String lower) {
        return HOLDERS.contains(lower) || COMPOSITE.contains(lower) || BOARDS.contains(lower)
                || lower.equals("vars");
    }
}
