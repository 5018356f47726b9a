package dev.fivenines.feedback.d2.lint;

import dev.fivenines.feedback.d2.ast.D2Map;
import dev.fivenines.feedback.d2.ast.Edge;
import dev.fivenines.feedback.d2.ast.MapKey;
import dev.fivenines.feedback.d2.ast.MapNode;
import dev.fivenines.feedback.d2.ast.StringValue;
import dev.fivenines.feedback.d2.parser.ParseResult;
import dev.fivenines.feedback.d2.source.Diagnostic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code shap: circle}, {@code lable: x}, {@code stlye.fill}: a misspelt keyword is just a child
 * object to d2, so the diagram silently gains a box instead of the intended attribute.
 */
final class KeywordTypoLint {

    static final String CODE = "d2.lint.keyword_typo";
    /**
     * In the order suggestions are tried: a name one edit from two keywords ({@code classe}) gets
     * the first, the same in every run (a {@code Set.of} iterates in a per-JVM order).
     */
    private static final List<String> SUGGESTIONS = List.of("label", "shape", "style", "icon", "tooltip", "link",
            "near", "width", "height", "direction", "constraint", "class", "classes", "vars", "layers",
            "scenarios", "steps", "fill", "stroke", "opacity", "font-size", "font-color", "stroke-width",
            "stroke-dash", "border-radius", "shadow", "multiple", "animated", "source-arrowhead", "target-arrowhead");
    /** A HashSet: most names are not keywords, and it rejects those by hash (Set.of probes with equals). */
    private static final Set<String> KEYWORDS = Collections.unmodifiableSet(new HashSet<>(SUGGESTIONS));

    /** A name longer than this is more than one edit from every keyword: no need to lower-case it. */
    private static final int MAX_NEAR_LENGTH = KEYWORDS.stream().mapToInt(String::length).max().orElse(0) + 1;

    /**
     * For each name length, the keywords whose length is within one of it (oneEditApart's own first
     * test), in suggestion order, with the {@link #charMask} of each at the same index: a name is
     * compared with a few keywords instead of all, and the masks are read from a flat array.
     */
    private static final String[][] KEYWORDS_BY_LENGTH = new String[MAX_NEAR_LENGTH + 1][];
    private static final long[][] MASKS_BY_LENGTH = new long[MAX_NEAR_LENGTH + 1][];

    static {
        for (int length = 0; length <= MAX_NEAR_LENGTH; length++) {
            int nameLength = length;
            String[] near = SUGGESTIONS.stream().filter(k -> Math.abs(k.length() - nameLength) <= 1)
                    .toArray(String[]::new);
            KEYWORDS_BY_LENGTH[length] = near;
            MASKS_BY_LENGTH[length] = Arrays.stream(near).mapToLong(KeywordTypoLint::charMask).toArray();
        }
    }

    private KeywordTypoLint() {
    }

    static List<Diagnostic> check(ParseResult parsed) {
        List<Diagnostic> out = new ArrayList<>();
        walk(parsed.document(), parsed, out);
        return out;
    }

    /** Indexed loops: this visits every entry, and iterators of immutable lists showed in allocation profiles. */
    private static void walk(D2Map map, ParseResult parsed, List<Diagnostic> out) {
        if (map == null) {
            return;
        }
        List<MapNode> nodes = map.nodes();
        for (int n = 0; n < nodes.size(); n++) {
            if (!(nodes.get(n) instanceof MapKey key)) {
                continue;
            }
            if (key.key() != null && !key.isEdge()) {
                checkAll(key.key().path(), parsed, out);
            }
            List<Edge> edges = key.edges();
            for (int e = 0; e < edges.size(); e++) {
                Edge edge = edges.get(e);
                // a broken edge may lack either end
                if (edge.src() != null) {
                    checkAll(edge.src().path(), parsed, out);
                }
                if (edge.dst() != null) {
                    checkAll(edge.dst().path(), parsed, out);
                }
            }
            if (key.value() instanceof D2Map child) {
                walk(child, parsed, out);
            }
        }
    }

    /** Indexed: this runs for every key path, and iterators of immutable lists showed in allocation profiles. */
    private static void checkAll(List<StringValue> path, ParseResult parsed, List<Diagnostic> out) {
        for (int i = 0; i < path.size(); i++) {
            check(path.get(i), parsed, out);
        }
    }

    /** The characters that occur in {@code s}, each folded onto one of 64 bits (the shift takes c % 64). */
    private static long charMask(String s) {
        long mask = 0;
        for (int i = 0; i < s.length(); i++) {
            mask |= 1L << s.charAt(i);
        }
        return mask;
    }

    /** No keyword has a digit: {@code step1} or {@code icon2} is a numbered name, not a typo of steps or icon. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static void check(StringValue element, ParseResult parsed, List<Diagnostic> out) {
        if (!element.unquoted()) {
            return;
        }
        String value = element.value();
        if (value.length() > MAX_NEAR_LENGTH) {
            return; // lower-casing never shortens a name, so it cannot come nearer to a keyword
        }
        // the common case in one pass: lower-case ASCII letters and punctuation, no digit
        long nameMask = 0;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch >= '0' && ch <= '9') {
                return; // no keyword has a digit: see hasDigit
            }
            if (ch >= 0x80 || (ch >= 'A' && ch <= 'Z')) {
                checkLowerCased(element, value, parsed, out);
                return;
            }
            nameMask |= 1L << ch;
        }
        if (value.length() >= 4) {
            suggest(element, value, nameMask, parsed, out);
        }
    }

    /** Names with capitals or non-ASCII chars: compared in lower case, as d2 matches keywords. */
    private static void checkLowerCased(StringValue element, String value, ParseResult parsed, List<Diagnostic> out) {
        if (value.length() < 4 && isAscii(value)) {
            return; // too short to be a typo (below); lower-casing keeps the length of ASCII text
        }
        if (hasDigit(value)) {
            return;
        }
        String name = value.toLowerCase(Locale.ROOT);
        if (name.length() < 4 || name.length() > MAX_NEAR_LENGTH) {
            return; // too short to be a typo, or lengthened by lower-casing (a dotted capital I): too far
        }
        suggest(element, name, charMask(name), parsed, out);
    }

    /** Warns when {@code name} (lower case, 4+ chars, not too long) is one edit from a keyword. */
    private static void suggest(StringValue element, String name, long nameMask, ParseResult parsed,
                                List<Diagnostic> out) {
        String[] keywords = KEYWORDS_BY_LENGTH[name.length()];
        long[] masks = MASKS_BY_LENGTH[name.length()];
        for (int k = 0; k < keywords.length; k++) {
            // a cheap necessary condition first: an edit adds at most one character and removes at
            // most one, so the sets of characters (and their folded masks) differ in at most two places
            if (Long.bitCount(nameMask ^ masks[k]) <= 2 && Similarity.oneEditApart(name, keywords[k])) {
                if (KEYWORDS.contains(name)) {
                    return; // a keyword itself, one edit from another keyword
                }
                out.add(Diagnostic.warning(CODE, "\"" + element.value() + "\" is not a keyword, so d2 made it a shape;"
                        + " did you mean \"" + keywords[k] + "\"?", parsed.source(), element.span()));
                return;
            }
        }
    }
}
