package dev.fivenines.feedback.d2.lint;

import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.source.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shape mentioned once whose name is a near miss of another shape's (same parent): most likely a
 * typo that silently created a second box ({@code Cleint -> server} next to {@code client}).
 */
final class NearMissIdLint {

    static final String CODE = "d2.lint.near_miss_id";
    /** Longer names are rarely typed twice by hand; skipping them bounds the variant count. */
    private static final int MAX_LENGTH = 40;
    /** Up to this many siblings all pairs are compared; beyond, a deletion-variant index keeps it linear. */
    private static final int DIRECT_LIMIT = 64;

    private NearMissIdLint() {
    }

    static List<Diagnostic> check(Board board) {
        List<Diagnostic> out = new ArrayList<>();
        if (anyMentionedTwice(board.shapes())) {
            checkBoard(board, out);
        }
        for (Board child : board.boards()) {
            out.addAll(check(child));
        }
        return out;
    }

    /**
     * Only a name mentioned more than once can be the intended spelling: without one (most small
     * files) the board cannot have a warning, and grouping its shapes by parent would be wasted.
     */
    private static boolean anyMentionedTwice(List<Shape> shapes) {
        for (Shape shape : shapes) {
            if (shape.references().size() > 1) {
                return true;
            }
        }
        return false;
    }

    private static void checkBoard(Board board, List<Diagnostic> out) {
        Map<String, List<Shape>> byParent = new HashMap<>();
        for (Shape shape : board.shapes()) {
            byParent.computeIfAbsent(String.valueOf(shape.parent()), k -> new ArrayList<>()).add(shape);
        }
        for (List<Shape> siblings : byParent.values()) {
            checkSiblings(siblings, out);
        }
    }

    /**
     * Only names mentioned more than once can be the intended spelling. They are indexed by their
     * deletion variants (symmetric-delete), so each once-mentioned name meets only the few
     * candidates within reach instead of every sibling: linear in the number of shapes.
     */
    private static void checkSiblings(List<Shape> siblings, List<Diagnostic> out) {
        if (siblings.size() <= DIRECT_LIMIT) {
            checkDirectly(siblings, out);
            return;
        }
        Map<String, List<Shape>> byVariant = new HashMap<>();
        for (Shape shape : siblings) {
            String normalized = Similarity.normalize(name(shape));
            if (shape.references().size() > 1 && normalized.length() >= 4 && normalized.length() <= MAX_LENGTH) {
                for (String variant : Similarity.deletionVariants(normalized, reach(normalized))) {
                    byVariant.computeIfAbsent(variant, k -> new ArrayList<>()).add(shape);
                }
            }
        }
        for (Shape once : siblings) {
            String onceName = Similarity.normalize(name(once));
            if (once.references().size() != 1 || onceName.length() < 4 || onceName.length() > MAX_LENGTH) {
                continue;
            }
            Shape match = closest(onceName, byVariant);
            if (match != null) {
                report(once, match, out);
            }
        }
    }

    /** Few siblings (every hand-written diagram): comparing all pairs is cheaper than an index. */
    private static void checkDirectly(List<Shape> siblings, List<Diagnostic> out) {
        // each name is normalized once, not once per pair, and only when a pair needs it: most
        // groups have no name mentioned once, and then none is
        String[] normalized = new String[siblings.size()];
        for (int i = 0; i < normalized.length; i++) {
            Shape once = siblings.get(i);
            if (once.references().size() != 1) {
                continue;
            }
            String onceName = normalized(siblings, normalized, i);
            if (onceName.length() < 4) {
                continue;
            }
            for (int j = 0; j < normalized.length; j++) {
                Shape other = siblings.get(j);
                if (other.references().size() > 1
                        && Similarity.nearMissNormalized(onceName, normalized(siblings, normalized, j))) {
                    report(once, other, out);
                    break;
                }
            }
        }
    }

    private static String normalized(List<Shape> siblings, String[] normalized, int i) {
        if (normalized[i] == null) {
            normalized[i] = Similarity.normalize(name(siblings.get(i)));
        }
        return normalized[i];
    }

    private static void report(Shape once, Shape match, List<Diagnostic> out) {
        var ref = once.references().getFirst();
        out.add(Diagnostic.warning(CODE, "\"" + name(once) + "\" appears only here and looks like a typo"
                + " of \"" + name(match) + "\"; d2 created a separate shape for it", ref.source(), ref.span()));
    }

    private static Shape closest(String onceName, Map<String, List<Shape>> byVariant) {
        for (String variant : Similarity.deletionVariants(onceName, reach(onceName))) {
            for (Shape candidate : byVariant.getOrDefault(variant, List.of())) {
                if (Similarity.nearMissNormalized(onceName, Similarity.normalize(name(candidate)))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static int reach(String normalized) {
        return normalized.length() >= 8 ? 2 : 1;
    }

    private static String name(Shape shape) {
        String id = shape.id();
        return shape.parent() == null ? id : id.substring(shape.parent().length() + 1);
    }
}
